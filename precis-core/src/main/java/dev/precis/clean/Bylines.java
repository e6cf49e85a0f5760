package dev.precis.clean;

import dev.precis.lang.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognizes author names in bylines ({@code By Jane Doe, Staff Writer}, {@code By KELLY SHAW and ANDY PRICE},
 * {@code By Priya Natarajan | Harbourline Business}) and in wire sign-offs ({@code Reporting by Tavi Lund in
 * Lundehavn}). Token-based, no regular expressions.
 */
final class Bylines {
  private Bylines() {}

  /** Words that may open a "By ..." sentence but never a name. */
  private static final Set<String> NOT_A_NAME = WordLists.words("en", "byline-not-a-name");

  private static final Set<String> PARTICLES = WordLists.words("en", "byline-particles");

  private static final Set<String> KNOWN_SINGLE = WordLists.words("en", "byline-single-names");

  /**
   * The author named by a full byline line, or null when {@code line} is no byline. Accepted forms: {@code By}
   * followed by names joined by {@code and}, {@code &} or commas, then optionally a separator ({@code , | - — /}
   * or {@code for}/{@code in}) and a short role or outlet made of capitalized words, an address or a date.
   */
  static String fromByLine(String line) {
    String t = Strings.trim(line);
    if (t.length() < 5 || t.length() > 200 || !t.regionMatches(true, 0, "by", 0, 2)) {
      return null;
    }
    char c2 = t.charAt(2);
    if (c2 != ' ' && c2 != ':' && c2 != '\u00A0') {
      return null;
    }
    String rest = Strings.trim(t.substring(3));
    if (rest.startsWith(":")) {
      rest = Strings.trim(rest.substring(1));
    }
    return names(rest, true);
  }

  /**
   * The names in a name list such as {@code Tavi Lund}, {@code Corin Abbas in Lundehavn} or {@code Jane Doe and
   * John Roe}, or null when {@code s} is not one. With {@code allowRole}, a role, outlet, date or address may
   * follow the names after a separator.
   */
  static String names(String s, boolean allowRole) {
    String[] tokens = Strings.tokens(s);
    if (tokens.length == 0 || tokens[0].isEmpty() || tokens.length > 16) {
      return null;
    }
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int words = 0;
    int i = 0;
    boolean endedBySeparator = false;
    for (; i < tokens.length; i++) {
      String tok = tokens[i];
      String low = tok.toLowerCase(Locale.ROOT);
      if (low.equals("and") || tok.equals("&")) {
        if (words == 0) {
          return null;
        }
        names.add(current.toString());
        current.setLength(0);
        words = 0;
        continue;
      }
      if (tok.equals("|") || tok.equals("-") || tok.equals("\u2014") || tok.equals("\u2013") || tok.equals("/")
          || low.equals("for") || low.equals("in") || low.equals("at")) {
        endedBySeparator = true;
        break;
      }
      boolean trailingComma = tok.endsWith(",");
      boolean trailingSemi = tok.endsWith(";");
      String word = trailingComma || trailingSemi ? tok.substring(0, tok.length() - 1) : tok;
      if (!isNameWord(word, words == 0)) {
        return null;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
      words++;
      if (words > 4) {
        return null;
      }
      if (trailingComma || trailingSemi) {
        // "Jane Doe, John Roe and ..." or "Jane Doe, Staff Writer": decide by what follows.
        names.add(current.toString());
        current.setLength(0);
        words = 0;
        if (i + 1 < tokens.length && looksLikeFurtherName(tokens, i + 1)) {
          continue;
        }
        i++;
        endedBySeparator = true;
        break;
      }
    }
    if (words > 0) {
      names.add(current.toString());
    }
    if (names.isEmpty()) {
      return null;
    }
    for (String n : names) {
      if (n.isEmpty()) {
        return null;
      }
      if (n.indexOf(' ') < 0 && !KNOWN_SINGLE.contains(n.toLowerCase(Locale.ROOT))
          && !(Strings.isAllCaps(n) && names.size() == 1 && i >= tokens.length)) {
        return null;
      }
    }
    if (endedBySeparator) {
      if (!allowRole && !(i < tokens.length && isPlaceTail(tokens, i))) {
        return null;
      }
      if (i < tokens.length && !isRole(tokens, i)) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      if (k > 0) {
        out.append(k == names.size() - 1 ? " and " : ", ");
      }
      String n = names.get(k);
      out.append(Strings.isAllCaps(n) ? Strings.titleCase(n) : n);
    }
    return out.toString();
  }

  private static boolean looksLikeFurtherName(String[] tokens, int from) {
    // "Jane Doe, John Roe and Ann Poe": the next two tokens are capitalized name words and no role word.
    int n = 0;
    for (int k = from; k < tokens.length && n < 3; k++, n++) {
      String w = Strings.stripEnd(tokens[k], ",;");
      if (w.equalsIgnoreCase("and")) {
        return n >= 2;
      }
      if (!isNameWord(w, n == 0) || isRoleWord(w)) {
        return false;
      }
      if (tokens[k].endsWith(",")) {
        return n >= 1;
      }
    }
    return false;
  }

  static boolean isNameWord(String w, boolean first) {
    if (w.isEmpty() || w.length() > 30) {
      return false;
    }
    String low = w.toLowerCase(Locale.ROOT);
    if (!first && PARTICLES.contains(low)) {
      return true;
    }
    if (first && NOT_A_NAME.contains(low)) {
      return false;
    }
    if (Strings.MONTHS.contains(low) || Strings.WEEKDAYS.contains(low)) {
      return false;
    }
    char c = w.charAt(0);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char d = w.charAt(i);
      if (!(Character.isLetter(d) || d == '\'' || d == '\u2019' || d == '-' || d == '.')) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> ROLE_SMALL = WordLists.words("en", "byline-role-joiners");

  private static boolean isRoleWord(String w) {
    String low = w.toLowerCase(Locale.ROOT);
    return low.endsWith("writer") || low.endsWith("reporter") || low.endsWith("correspondent")
        || low.endsWith("editor") || low.equals("staff") || low.endsWith("columnist") || low.equals("chief");
  }

  /** A role or outlet after a byline's names: capitalized words, small words, addresses, dates; at most 10. */
  private static boolean isRole(String[] tokens, int from) {
    if (tokens.length - from > 10) {
      return false;
    }
    for (int k = from; k < tokens.length; k++) {
      String w = tokens[k];
      String bare = Strings.stripStart(Strings.stripEnd(w, ",;:.)("), "(");
      if (bare.isEmpty() || ROLE_SMALL.contains(bare.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char c = bare.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c) || c == '@' || bare.indexOf('@') > 0
          || bare.startsWith("http") || bare.startsWith("www.")) {
        continue;
      }
      String low = bare.toLowerCase(Locale.ROOT);
      if (low.equals("am") || low.equals("pm") || low.equals("a.m") || low.equals("p.m") || low.equals("a.m.")
          || low.equals("p.m.") || low.equals("updated") || low.equals("published") || low.equals("ago")
          || low.equals("hours") || low.equals("hour") || low.equals("mins") || low.equals("minutes")) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** "in Lundehavn", "in Lundehavn and Ebba Strand in Carrick": a capitalized place after in/at. */
  private static boolean isPlaceTail(String[] tokens, int from) {
    for (int k = from; k < tokens.length; k++) {
      String w = Strings.stripEnd(tokens[k], ",;.");
      if (w.isEmpty()) {
        continue;
      }
      String low = w.toLowerCase(Locale.ROOT);
      if (low.equals("and") || low.equals("in") || low.equals("at") || low.equals("&")) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
