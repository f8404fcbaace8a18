package dev.eventgen.runtime.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad lines are refused with the exact byte offset and what was expected there. */
class ParseErrorTest {

  private final SyslogParser parser =
      new SyslogParser(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), 128);

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
"""
``                                             | 0  | '<' starting PRI
hello                                          | 0  | '<' starting PRI
<                                              | 1  | PRI value 0-191
<192>1 - h a - - -                             | 1  | PRI value 0-191
<13                                            | 3  | '>' closing PRI
`<13>1 `                                       | 6  | 4-digit year
<13>1 2024-13-01T00:00:00Z h a - - -           | 6  | a valid date and time
<13>1 2024-02-30T00:00:00Z h a - - -           | 6  | a valid date and time
<13>1 2024-01-01T24:00:00Z h a - - -           | 17 | hour 00-23
<13>1 2024-01-01 00:00:00Z h a - - -           | 16 | 'T' between date and time
<13>1 2024-01-01T00:00:00.1234567Z h a - - -   | 32 | time offset ('Z', '+' or '-')
<13>1 2024-01-01T00:00:00+0100 h a - - -       | 28 | ':' in time offset
<13>1 2024-01-01T00:00:00. h a - - -           | 26 | digits of a fraction of a second
<13>1 - h a - -                                | 15 | SP after MSGID
<13>1 - h a - - x                              | 16 | '[' or '-' starting STRUCTURED-DATA
<13>1 - h a - - -x                             | 16 | '[' or '-' starting STRUCTURED-DATA
<13>1 - h a - - [x@1 k=v]                      | 23 | '"' opening PARAM-VALUE
<13>1 - h a - - [x@1 k="v]                     | 25 | '\\' before ']' in PARAM-VALUE
<13>1 - h a - - [x@1 k="a]b"]                  | 25 | '\\' before ']' in PARAM-VALUE
<13>1 - h a - - [x@1 k="a\\"]                    | 27 | '\\' before ']' in PARAM-VALUE
<13>1 - h a - - [x@1 k="v                      | 25 | '"' closing PARAM-VALUE
<13>1 - h a - - [x@1 k="v"                     | 26 | SP or ']' in SD element
<13>1 - h a - - [x@1 k]                        | 22 | '=' after PARAM-NAME
<13>1 - h a - - [ k="v"]                       | 17 | SD-ID
<13>1 - h a - - [x@1 k="v"]x                   | 27 | SP before MSG
<13>1 - h a - - [x@1 k="v"][y@1 ]              | 32 | PARAM-NAME
<13>1 -  a - - -                               | 8  | HOSTNAME
10 <13>1 - h a - - -                           | 0  | octet count equal to the 17 bytes after it
<134>25: host: Feb 13 2007 18:23:21 +0000: txt | 43 | %APP-SEVERITY-MNEMONIC:
<134>25: host: Feb 13 2007 18:23:21 EST: txt   | 41 | %APP-SEVERITY-MNEMONIC:
<134>25: host Feb 13 2007 18:23:21 +0000: txt  | 13 | ': ' after HOST
<134>25: host: Feb 13 07 18:23:21 +0000: txt   | 24 | ':' after hour
<134>25: host: Feb 13 2007 18:23:21.408 UTC %A-6-B: x | 43 | ':' after TIMESTAMP
<134>25: host: Feb 13 2007 18:23:21: txt       | 37 | %APP-SEVERITY-MNEMONIC:
<134>25: host: Feb 13 2007 25:00:00 UTC: %A-6-B: x | 27 | hour 00-23
<134>25: host: *Feb 13 2007 18:23:21.: %A-6-B: x | 37 | digits of a fraction of a second
<134>25: host: Feb 13 2007 18:23:21 +2500: %A-6-B: x | 37 | offset hours 00-18
<134>25: host: Feb 29 2026 18:23:21 UTC: %A-6-B: x | 15 | a valid date and time
<134>25: host: Feb 30 18:23:21 UTC: %A-6-B: x  | 15 | a valid date
<134>25: host: Foo: x                          | 15 | TIMESTAMP (Mmm dd hh:mm:ss or uptime) or %APP-SEVERITY-MNEMONIC:
<134>25: %A-9-B: x                             | 9  | %APP-SEVERITY-MNEMONIC:
<134>25: %[k=v]: x                             | 9  | %APP-SEVERITY-MNEMONIC:
<134>25:host: %A-6-B: x                        | 8  | SP after sequence number
<134>25: host: Feb 13 2007 18:23:21 : %A-6-B: x | 36 | time zone name or offset
<13>                                           | 4  | VERSION (RFC 5424) or a message (RFC 3164) after PRI
<13>2 - h a - - -                              | 4  | VERSION 1
<13>0 - h a - - -                              | 4  | VERSION 1
<13>01 - h a - - -                             | 4  | VERSION 1
<13>11 - h a - - -                             | 4  | VERSION 1
<13>999 2024-01-01T00:00:00Z h a - - -         | 4  | VERSION 1
<13>Feb 30 10:00:00 h t: m                     | 4  | a valid date
<13>Feb 10 10:61:00 h t: m                     | 14 | minute 00-59
<13>Feb 10 10:00:00 h t[12: m                  | 27 | ']' closing PID
""")
  void badLinesReportOffsetAndExpectation(String line, int offset, String expected) {
    SyslogParseException error = parseError(line.getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, error.expected(), "expected");
    assertEquals(offset, error.offset(), "offset of " + error);
    assertEquals(false, error.tooLarge());
  }

  @Test
  void aLineCutAfterItsPriIsRefusedWhateverTheRelayAppended() {
    for (String line : new String[] {"<13>", "<13>\n", "<13>\r\n", "5 <165>"}) {
      SyslogParseException error = parseError(line.getBytes(StandardCharsets.UTF_8));
      assertEquals(line.indexOf('>') + 1, error.offset(), line);
      assertEquals("VERSION (RFC 5424) or a message (RFC 3164) after PRI", error.expected());
    }
  }

  @Test
  void headerFieldsAreUsAscii() {
    SyslogParseException error =
        parseError("<13>1 - h\u00e9 a - - -".getBytes(StandardCharsets.UTF_8));
    assertEquals(9, error.offset());
    assertEquals("printable US-ASCII in HOSTNAME", error.expected());
  }

  @Test
  void headerFieldsKeepTheRfcLengthLimits() {
    SyslogParseException error =
        parseError(("<13>1 - h " + "a".repeat(49) + " - - -").getBytes(StandardCharsets.UTF_8));
    assertEquals(10, error.offset());
    assertEquals("APP-NAME of at most 48 characters", error.expected());
  }

  @Test
  void messageNamesOffsetExpectationAndWhatWasFound() {
    SyslogParseException error =
        parseError("<13>1 - h a - - [x@1 k=v]".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "expected '\"' opening PARAM-VALUE at offset 23 but found 'v'", error.getMessage());
  }

  @Test
  void oversizedLinesAreRefusedBeforeReading() {
    SyslogParseException error =
        parseError(("<13>1 - h a - - - " + "x".repeat(200)).getBytes(StandardCharsets.UTF_8));
    assertEquals(true, error.tooLarge());
    assertEquals(128, error.offset());
  }

  private SyslogParseException parseError(byte[] line) {
    return assertThrows(SyslogParseException.class, () -> parser.parse(line));
  }
}
