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
<13>1 - h a - - [x@1 k="v]                     | 26 | '"' closing PARAM-VALUE
<13>1 - h a - - [x@1 k="v"                     | 26 | SP or ']' in SD element
<13>1 - h a - - [x@1 k]                        | 22 | '=' after PARAM-NAME
<13>1 - h a - - [ k="v"]                       | 17 | SD-ID
<13>1 - h a - - [x@1 k="v"]x                   | 27 | SP before MSG
<13>1 - h a - - [x@1 k="v"][y@1 ]              | 32 | PARAM-NAME
<13>1 -  a - - -                               | 8  | HOSTNAME
10 <13>1 - h a - - -                           | 0  | octet count equal to the 17 bytes after it
<134>25: host: Feb 13 2007 18:23:21 +0000: txt | 43 | %APP-SEVERITY-MNEMONIC:
<134>25: host: Feb 13 2007 18:23:21 EST: txt   | 36 | time offset ('Z', '+' or '-')
<134>25: host Feb 13 2007 18:23:21 +0000: txt  | 13 | ':' after HOST
<134>25: host: Feb 13 07 18:23:21 +0000: txt   | 22 | 4-digit year
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
