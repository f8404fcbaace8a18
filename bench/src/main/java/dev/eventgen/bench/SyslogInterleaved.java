package dev.eventgen.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The readers of {@link SyslogTypedBench} and {@link SyslogParserBench} in interleaved rounds: each
 * round times every reader once over all the lines, in turn, so a change of the machine's load
 * falls on all of them alike. On a shared machine JMH's one-benchmark-after-another runs drift
 * apart by more than the differences measured; here each ratio is taken within a round and the
 * median over the rounds is reported. Usage: {@code java -cp bench/target/benchmarks.jar
 * dev.eventgen.bench.SyslogInterleaved [rounds]} ({@code bench/run-interleaved.sh}).
 */
public final class SyslogInterleaved {

  private static final int WARMUP_ROUNDS = 30;

  private interface Reader {
    void read(Blackhole blackhole) throws Exception;
  }

  private SyslogInterleaved() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Blackhole blackhole =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
    SyslogTypedBench typed = new SyslogTypedBench();
    typed.setUp();
    typed.checkSpringTypedAgrees();
    Map<String, Reader> typedReaders = new LinkedHashMap<>();
    typedReaders.put("bytesSum", b -> b.consume(typed.bytesSum()));
    typedReaders.put("spring", typed::spring);
    typedReaders.put("springTyped", typed::springTyped);
    typedReaders.put("eventgenParse", typed::eventgenParse);
    typedReaders.put("eventgenTyped", typed::eventgenTyped);
    typedReaders.put("eventgenTypedGeneric", typed::eventgenTypedGeneric);
    run("call-started lines (SyslogTypedBench)", typedReaders, rounds, blackhole);

    SyslogParserBench all = new SyslogParserBench();
    all.setUp();
    Map<String, Reader> allReaders = new LinkedHashMap<>();
    allReaders.put("bytesSum", b -> b.consume(all.bytesSum()));
    allReaders.put("spring", all::spring);
    allReaders.put("eventgenParse", all::eventgenParse);
    allReaders.put("eventgenTyped", all::eventgenTyped);
    allReaders.put("eventgenTypedGeneric", all::eventgenTypedGeneric);
    run("all 10 messages (SyslogParserBench)", allReaders, rounds, blackhole);
  }

  private static void run(String title, Map<String, Reader> readers, int rounds, Blackhole bh)
      throws Exception {
    List<String> names = new ArrayList<>(readers.keySet());
    double[][] rates = new double[names.size()][rounds];
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        // A different reader goes first in each round.
        int i = Math.floorMod(k + round, names.size());
        double rate = rate(readers.get(names.get(i)), bh);
        if (round >= 0) {
          rates[i][round] = rate;
        }
      }
    }
    System.out.println("## " + title + ": " + rounds + " interleaved rounds, lines per second");
    for (int i = 0; i < names.size(); i++) {
      System.out.printf("  %-22s median %,12.0f%n", names.get(i), median(rates[i]));
    }
    for (String reference : List.of("spring", "eventgenTyped")) {
      int r = names.indexOf(reference);
      System.out.println("Ratios (median over rounds of " + reference + " / each, same round):");
      for (int i = 0; i < names.size(); i++) {
        if (i == r) {
          continue;
        }
        double[] ratio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          ratio[round] = rates[r][round] / rates[i][round];
        }
        Arrays.sort(ratio);
        System.out.printf(
            "  %-22s %7.3fx  (quartiles %.3f-%.3f)%n",
            names.get(i), median(ratio), ratio[rounds / 4], ratio[rounds * 3 / 4]);
      }
    }
  }

  /** Lines per second over as many passes over all the lines as fill 50 ms. */
  private static double rate(Reader reader, Blackhole bh) throws Exception {
    long start = System.nanoTime();
    long elapsed;
    int passes = 0;
    do {
      reader.read(bh);
      passes++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < 50_000_000L);
    return (double) passes * SyslogBench.LINES * 1e9 / elapsed;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
