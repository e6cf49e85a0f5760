package dev.precis.text;

import dev.precis.lang.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * How an English sentence opens: with a word that points back to something said before ("She added:", "But",
 * "It", "These"), so that it cannot open a summary or stand for a sentence that names its subject.
 */
public final class Openers {
  private static final Set<String> DANGLING = WordLists.words("en", "dangling-openers");

  private static final int PREFIX = 24;

  private Openers() {}

  /** Whether a sentence opens with a pronoun or connective that refers back to an earlier sentence. */
  public static boolean refersBack(String text) {
    String t = text.strip();
    // Only the first two words matter; no opener in the list is longer than this.
    t = t.substring(0, Math.min(t.length(), PREFIX)).toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    if (end == 0) {
      return false;
    }
    String first = t.substring(0, end);
    if (DANGLING.contains(first)) {
      return true;
    }
    int next = t.indexOf(' ', end);
    if (next > 0) {
      int after = next + 1;
      while (after < t.length() && Character.isLetter(t.charAt(after))) {
        after++;
      }
      return DANGLING.contains(t.substring(0, after));
    }
    return false;
  }
}
