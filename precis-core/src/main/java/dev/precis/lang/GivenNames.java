package dev.precis.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English given names with their gender, from the lists {@code given-names-female}, {@code given-names-male} and
 * {@code given-names-either} ({@link WordLists}): a name in two lists counts as common for both. Used wherever a
 * capitalised word has to be told apart as someone's first name (the report's people, a summary's introductions).
 */
public final class GivenNames {
  private static final Map<String, Character> GENDER = new HashMap<>();

  static {
    for (String[] list : new String[][] {{"F", "given-names-female"}, {"M", "given-names-male"},
        {"?", "given-names-either"}}) {
      for (String n : WordLists.lines("en", list[1])) {
        GENDER.merge(n, list[0].charAt(0), (a, b) -> a.equals(b) ? a : '?');
      }
    }
  }

  private GivenNames() {}

  /** 'M', 'F', or '?' (common for both) for a given name in any case; 0 for a word that is none. */
  public static char gender(String name) {
    Character g = GENDER.get(name.toLowerCase(Locale.ROOT));
    return g == null ? 0 : g;
  }

  /** Whether {@code name}, in any case, is a given name of the lists. */
  public static boolean contains(String name) {
    return GENDER.containsKey(name.toLowerCase(Locale.ROOT));
  }
}
