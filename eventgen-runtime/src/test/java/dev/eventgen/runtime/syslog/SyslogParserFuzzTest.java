package dev.eventgen.runtime.syslog;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the generated parser with Jazzer. In a normal build this runs the seed
 * corpus ({@code SyslogParserFuzzTestInputs/parse}: the captured datagrams) as a regression test;
 * with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class SyslogParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] line) {
    ParserRobustness.check(line);
  }
}
