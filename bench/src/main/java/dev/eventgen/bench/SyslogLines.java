package dev.eventgen.bench;

import com.acme.cvp.model.CvpEvent;
import com.acme.cvp.syslog.CvpSyslogFormatter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * Distinct CVP syslog lines as a CVP server sends them: {@link CvpVariants} events written by the
 * generated formatter (RFC 5424, the {@code cvp@9} element, the Cisco mnemonic as MSG), from one
 * of several call servers, each line stamped with its own time.
 */
public final class SyslogLines {

  private static final String[] SERVERS = {"cvp-cs1", "cvp-cs2", "cvp-cs3.example.com", "10.2.10.7"};
  private static final String[] APPS = {"CVP_12_6_SIP", "CVP_12_6_ICM", "CVP_12_6_IVR"};

  private SyslogLines() {}

  /** UTF-8 lines of the events, all distinct (checked). */
  public static byte[][] of(List<CvpEvent> events, long seed) {
    Random random = new Random(seed);
    List<CvpSyslogFormatter> formatters = new ArrayList<>();
    for (String server : SERVERS) {
      for (String app : APPS) {
        formatters.add(new CvpSyslogFormatter(server, app));
      }
    }
    OffsetDateTime time = OffsetDateTime.parse("2025-05-14T15:00:00.000Z");
    byte[][] lines = new byte[events.size()][];
    HashSet<String> seen = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      time = time.plusNanos((1 + random.nextInt(50_000)) * 1_000L);
      String line =
          formatters.get(random.nextInt(formatters.size())).format(events.get(i), time);
      if (!seen.add(line)) {
        throw new IllegalStateException("line " + i + " repeats an earlier one: " + line);
      }
      lines[i] = line.getBytes(StandardCharsets.UTF_8);
    }
    return lines;
  }

  /** The lines as Java strings, for readers that cannot take bytes. */
  public static String[] text(byte[][] lines) {
    String[] text = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      text[i] = new String(lines[i], StandardCharsets.UTF_8);
    }
    return text;
  }
}
