package dev.precis.clean;

import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small string helpers shared by the rules. Everything here is linear in its input. */
final class Strings {
  private Strings() {}

  static final Set<String> MONTHS = Months.of("en").words();

  /** Weekday names and their abbreviations. */
  static final Set<String> WEEKDAYS = Stream.concat(WordLists.words("en", "weekdays").stream(),
      WordLists.words("en", "weekday-abbreviations").stream()).collect(Collectors.toUnmodifiableSet());

  private static final java.util.regex.Pattern WS = java.util.regex.Pattern.compile("\\s+");

  /** Splits trimmed text on white space (empty array for blank text); the pattern is compiled once. */
  static String[] tokens(String s) {
    String t = trim(s);
    return t.isEmpty() ? new String[0] : WS.split(t);
  }

  /** s without trailing characters from {@code chars}. */
  static String stripEnd(String s, String chars) {
    int e = s.length();
    while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e);
  }

  /** s without leading characters from {@code chars}. */
  static String stripStart(String s, String chars) {
    int b = 0;
    while (b < s.length() && chars.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    return s.substring(b);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** True when the line ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
  static boolean endsLikeSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
        || c == '\u00AB' || c == '\u00BB';
  }

  /** True when every letter of s is upper case and s has at least two letters. */
  static boolean isAllCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** "KELLY SHAW" -> "Kelly Shaw", "O'NEILL" -> "O'Neill", "BELLAMY-STRAND" -> "Bellamy-Strand". */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
        start = false;
      } else {
        sb.append(c);
        start = c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.';
      }
    }
    return sb.toString();
  }

  /** Trims Java white space and the Unicode spaces scraped text carries. */
  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return a == 0 && b == s.length() ? s : s.substring(a, b);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F'
        || c == '\uFEFF';
  }
}
