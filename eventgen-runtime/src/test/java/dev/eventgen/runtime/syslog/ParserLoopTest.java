package dev.eventgen.runtime.syslog;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A seeded sweep of many mutated and random lines. The timeout is far above the expected run time:
 * it only catches a parser that loops, it measures nothing.
 */
class ParserLoopTest {

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyMutatedLinesNeverLoopOrThrowForeignExceptions() {
    Random random = new Random(20261125L);
    for (int i = 0; i < 100_000; i++) {
      byte[] row = ParserRobustness.ROWS.get(random.nextInt(ParserRobustness.ROWS.size()));
      ParserRobustness.check(ParserRobustness.mutate(row, random));
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void linesAtAndAboveTheMaximumLengthAreHandled() {
    Random random = new Random(7L);
    for (int length :
        new int[] {
          ParserRobustness.MAX_LENGTH - 1,
          ParserRobustness.MAX_LENGTH,
          ParserRobustness.MAX_LENGTH + 1,
          1 << 20
        }) {
      byte[] line = new byte[length];
      random.nextBytes(line);
      ParserRobustness.check(line);
      byte[] longSd = ("<13>1 - h a - - [x@1 k=\"" + "\\\\".repeat(length / 2)).getBytes();
      ParserRobustness.check(longSd);
    }
  }
}
