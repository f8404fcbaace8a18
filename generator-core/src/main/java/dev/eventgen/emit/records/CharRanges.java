package dev.eventgen.emit.records;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of UTF-16 chars as sorted, disjoint, non-adjacent inclusive ranges: the chars one atom of a
 * {@link SimplePattern} accepts. Surrogates are never members (the parser refuses them), so testing
 * one char at a time gives the same answer as {@code java.util.regex} testing code points.
 */
record CharRanges(List<Range> ranges) {

  /** The chars {@code first} to {@code last}, both included. */
  record Range(char first, char last) {}

  static final CharRanges DIGITS = new CharRanges(List.of(new Range('0', '9')));

  CharRanges {
    ranges = normalized(ranges);
  }

  static CharRanges of(char c) {
    return new CharRanges(List.of(new Range(c, c)));
  }

  CharRanges union(CharRanges other) {
    List<Range> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    return new CharRanges(all);
  }

  boolean intersects(CharRanges other) {
    for (Range a : ranges) {
      for (Range b : other.ranges) {
        if (a.first() <= b.last() && b.first() <= a.last()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The one char of a single-char set, or -1. */
  int single() {
    Range only = ranges.size() == 1 ? ranges.get(0) : null;
    return only != null && only.first() == only.last() ? only.first() : -1;
  }

  /** A Java condition, true when the char expression {@code c} is NOT in the set. */
  CodeBlock excludes(CodeBlock c) {
    if (ranges.size() == 1) {
      Range only = ranges.get(0);
      return only.first() == only.last()
          ? CodeBlock.of("$L != $L", c, JavaChars.literal(only.first()))
          : CodeBlock.of(
              "$L < $L || $L > $L",
              c,
              JavaChars.literal(only.first()),
              c,
              JavaChars.literal(only.last()));
    }
    List<CodeBlock> members = ranges.stream().map(range -> includes(c, range)).toList();
    return CodeBlock.of("!($L)", CodeBlock.join(members, "$W|| "));
  }

  private static CodeBlock includes(CodeBlock c, Range range) {
    if (range.first() == range.last()) {
      return CodeBlock.of("$L == $L", c, JavaChars.literal(range.first()));
    }
    return CodeBlock.of(
        "($L >= $L && $L <= $L)",
        c,
        JavaChars.literal(range.first()),
        c,
        JavaChars.literal(range.last()));
  }

  /** Sorts and merges overlapping or adjacent ranges, so equal sets are equal records. */
  private static List<Range> normalized(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(Range::first));
    List<Range> merged = new ArrayList<>();
    for (Range next : sorted) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && next.first() <= last.last() + 1) {
        char end = (char) Math.max(last.last(), next.last());
        merged.set(merged.size() - 1, new Range(last.first(), end));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }
}
