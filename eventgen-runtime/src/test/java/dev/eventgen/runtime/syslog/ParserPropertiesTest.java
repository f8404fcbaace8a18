package dev.eventgen.runtime.syslog;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties over arbitrary and mutated input: parse, or fail with the parser's own problem. */
class ParserPropertiesTest {

  @Property(tries = 2000)
  void arbitraryBytes(@ForAll @Size(max = 600) byte[] line) {
    ParserRobustness.check(line);
  }

  @Property(tries = 3000)
  void mutatedRealLines(@ForAll("mutatedRows") byte[] line) {
    ParserRobustness.check(line);
  }

  @Property(tries = 3000)
  void syslogShapedText(@ForAll("syslogShaped") byte[] line) {
    ParserRobustness.check(line);
  }

  @Provide
  Arbitrary<byte[]> mutatedRows() {
    return Combinators.combine(Arbitraries.of(ParserRobustness.ROWS), Arbitraries.longs())
        .as((row, seed) -> ParserRobustness.mutate(row, new Random(seed)));
  }

  /** Lines built from the bytes that matter to the grammar, behind each format's start. */
  @Provide
  Arbitrary<byte[]> syslogShaped() {
    Arbitrary<String> prefix =
        Arbitraries.of("<13>1 ", "<13>1 2024-01-01T00:00:00Z h a - - ", "<13>", "<134>25: h: ", "");
    Arbitrary<String> body =
        Arbitraries.strings()
            .withChars("<>0123456789 -[]=\"\\:.TZ+%@_aJanFebOctUTC\u00e9\u4e2d\n")
            .ofMaxLength(120);
    return Combinators.combine(prefix, body).as((p, b) -> (p + b).getBytes(StandardCharsets.UTF_8));
  }
}
