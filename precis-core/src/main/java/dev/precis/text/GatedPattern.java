package dev.precis.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression of many alternatives that is run only on texts containing one of its needles: literal
 * strings at least one of which is part of every match. {@link Pattern#find} tries every alternative at every
 * position of a text, while most sentences contain none of a few dozen short strings, which {@link
 * String#indexOf} rules out far faster; the result is the pattern's own.
 */
public record GatedPattern(Pattern pattern, List<String> needles) {
  public GatedPattern {
    needles = List.copyOf(needles);
  }

  public static GatedPattern of(String regex, String... needles) {
    return new GatedPattern(Pattern.compile(regex), List.of(needles));
  }

  /** Whether the pattern occurs in {@code text}: {@code pattern().matcher(text).find()}. */
  public boolean find(String text) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        return pattern.matcher(text).find();
      }
    }
    return false;
  }
}
