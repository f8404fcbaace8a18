package dev.eventgen.check;

import java.util.Collection;
import java.util.Locale;

/** "did you mean ...?" hints: the closest known name by edit distance, if it is close enough. */
public final class Suggestions {

  private Suggestions() {}

  /** {@code " (did you mean 'payload'?)"} or the empty string if nothing is close. */
  public static String didYouMean(String typed, Collection<String> known) {
    String best = closest(typed, known);
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** The known name closest to the typed one, or null if none is within a small distance. */
  public static String closest(String typed, Collection<String> known) {
    int limit = Math.max(1, Math.min(3, typed.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known.stream().sorted().toList()) {
      int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
