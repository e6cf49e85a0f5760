package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression of many alternatives that is run only on texts containing one of its needles: literal
 * strings at least one of which is part of every match. {@link Pattern#find} tries every alternative at every
 * position of a text, while most sentences contain none of a few dozen short strings, which one pass over the
 * text rules out far faster; the result is the pattern's own.
 *
 * <p>The pass looks each character up in a table of the needles that start with it and compares only those, so
 * that a text is read once however many needles there are. (Testing each needle with {@link String#contains}
 * reads the text once per needle, which costs several times more where the JIT does not compile that search to
 * vector instructions, as its first tier does not.)
 */
public final class GatedPattern {
  private static final int ASCII = 128;

  private final Pattern pattern;
  private final List<String> needles;
  /** The needles by their first character; those starting with a character above ASCII under {@link #ASCII}. */
  private final String[][] byFirst = new String[ASCII + 1][];
  /** Whether a needle is empty, which every text contains. */
  private final boolean always;

  public GatedPattern(Pattern pattern, List<String> needles) {
    this.pattern = pattern;
    this.needles = List.copyOf(needles);
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c <= ASCII; c++) {
      lists.add(new ArrayList<>());
    }
    boolean empty = false;
    for (String needle : this.needles) {
      if (needle.isEmpty()) {
        empty = true;
      } else {
        lists.get(Math.min(needle.charAt(0), ASCII)).add(needle);
      }
    }
    this.always = empty;
    for (int c = 0; c <= ASCII; c++) {
      byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
    }
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
    for (int i = 0, n = text.length(); i < n; i++) {
      String[] candidates = byFirst[Math.min(text.charAt(i), ASCII)];
      if (candidates != null) {
        for (String needle : candidates) {
          if (text.startsWith(needle, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
