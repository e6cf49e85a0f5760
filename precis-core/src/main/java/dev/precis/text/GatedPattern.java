package dev.precis.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression of many alternatives that is run only on texts containing one of its needles: literal
 * strings at least one of which is part of every match. {@link Pattern#find} tries every alternative at every
 * position of a text, while most sentences contain none of a few dozen short strings, which one pass over the
 * text rules out far faster; the result is the pattern's own.
 *
 * <p>The pass looks up each pair of adjacent characters in a small hash table of the needles' first two characters
 * (and each character in a table of the one-character needles) and compares only the needles found there, so that a
 * text is read once however many needles there are. (Testing each needle with {@link String#contains} reads the
 * text once per needle, which costs several times more where the JIT does not compile that search to vector
 * instructions, as its first tier does not.)
 */
public final class GatedPattern {
  private static final int ASCII = 128;
  private static final int BUCKETS = 1 << 12;

  private final Pattern pattern;
  private final List<String> needles;
  /** The one-character needles: {@code single[c]} for a character c below ASCII, under ASCII the others. */
  private final String[][] single = new String[ASCII + 1][];
  /** The longer needles by a hash of their first two characters ({@link #bucket}). */
  private final String[][] pairs = new String[BUCKETS][];
  /** Whether a needle is empty, which every text contains. */
  private final boolean always;

  public GatedPattern(Pattern pattern, List<String> needles) {
    this.pattern = pattern;
    this.needles = List.copyOf(needles);
    boolean empty = false;
    for (String needle : this.needles) {
      if (needle.isEmpty()) {
        empty = true;
      } else if (needle.length() == 1) {
        int c = Math.min(needle.charAt(0), ASCII);
        single[c] = add(single[c], needle);
      } else {
        int b = bucket(needle.charAt(0), needle.charAt(1));
        pairs[b] = add(pairs[b], needle);
      }
    }
    this.always = empty;
  }

  public static GatedPattern of(String regex, String... needles) {
    return new GatedPattern(Pattern.compile(regex), List.of(needles));
  }

  public Pattern pattern() {
    return pattern;
  }

  public List<String> needles() {
    return needles;
  }

  /** Whether the pattern occurs in {@code text}: {@code pattern().matcher(text).find()}. */
  public boolean find(String text) {
    return mayMatch(text) && pattern.matcher(text).find();
  }

  /** Whether {@code text} contains one of the needles. */
  boolean mayMatch(String text) {
    if (always) {
      return true;
    }
    // Read from an array: under the C1 compiler, String.charAt on text that is not Latin-1 costs a call and a
    // range check per character.
    char[] chars = text.toCharArray();
    int n = chars.length;
    if (n == 0) {
      return false;
    }
    char next = chars[0];
    for (int i = 0; i < n; i++) {
      char c = next;
      if (startsOne(text, i, single[Math.min(c, ASCII)])) {
        return true;
      }
      if (i + 1 < n) {
        next = chars[i + 1];
        if (startsOne(text, i, pairs[bucket(c, next)])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsOne(String text, int at, String[] candidates) {
    if (candidates != null) {
      for (String needle : candidates) {
        if (text.startsWith(needle, at)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int bucket(char first, char second) {
    return (first * 31 + second) & (BUCKETS - 1);
  }

  private static String[] add(String[] list, String needle) {
    if (list == null) {
      return new String[] {needle};
    }
    String[] longer = Arrays.copyOf(list, list.length + 1);
    longer[list.length] = needle;
    return longer;
  }
}
