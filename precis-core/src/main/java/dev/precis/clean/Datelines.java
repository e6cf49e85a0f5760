package dev.precis.clean;

import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import dev.precis.model.Words;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the dateline that opens an article's first paragraph:
 *
 * <ul>
 *   <li>{@code KESTRELMOUTH, March 10 (Meridian) - }, {@code LONDON (Reuters) - }, {@code WASHINGTON (AP) _ },
 *       {@code GRANTHOLM, Norrland (AP) _ }: a place in capitals, optionally a region, a date and an agency;
 *   <li>{@code WASHINGTON _ }, {@code RIO DE JANEIRO, Brazil _ }, {@code MIDVALE — }: without agency or date the
 *       separator must be {@code _}, a dash ({@code — – --}), never a plain hyphen;
 *   <li>{@code Kingsport, Tenn. (WPR) — }: a place not in capitals only with an agency;
 *   <li>{@code (AP) — }: an agency alone.
 * </ul>
 *
 * The patterns only look at the first 200 characters of the line and have bounded repetitions.
 */
final class Datelines {
  private Datelines() {}

  /** A found dateline: {@code length} characters (separator and following spaces included) at the line start. */
  record Found(int length, String place, String date, String agency) {}

  /** A month: the start of its name ("Jan", "Sept", "May") and up to six more lower-case letters. */
  private static final String MONTH = Months.of("en").shortForms().stream()
      .map(WordLists::capitalized)
      .collect(Collectors.joining("|", "(?:", ")[a-z]{0,6}"));
  private static final String DATE = "(?<date>(?:" + MONTH + "\\.? \\d{1,2}|\\d{1,2} " + MONTH + ")(?:,? \\d{4})?)";
  private static final String REGION = "(?<region>[A-Z][\\p{L}.'\u2019-]{0,20}(?: [A-Z][\\p{L}.'\u2019-]{0,20}){0,2})";
  private static final String AGENCY = "(?:\\((?<agency>[\\p{L}][\\p{L}&.' -]{0,24})\\)"
      + "|/(?<wire>[\\p{L}][\\p{L}&.' -]{0,24})/)";
  private static final String SEP = "(?<sep>--|\u2014|\u2013|-|_|:)";

  private static final Pattern CAPS = Pattern.compile(
      "(?<place>[A-Z][A-Z.'\u2019-]{0,25}(?: [A-Z][A-Z.'\u2019-]{0,25}){0,4})"
          + "(?:, " + REGION + ")?"
          + "(?:,? " + DATE + ")?"
          + "(?: ?" + AGENCY + ")?"
          + "(?: ?" + SEP + " +|(?<glued>(?<=\\))(?=[A-Z])))");

  private static final Pattern MIXED = Pattern.compile(
      "(?<place>[A-Z][\\p{L}.'\u2019-]{0,25}(?: [A-Z][\\p{L}.'\u2019-]{0,25}){0,3})"
          + "(?:, " + REGION + ")?"
          + "(?:,? " + DATE + ")?"
          + " ?" + AGENCY
          + "(?: ?" + SEP + " +|(?<glued>(?<=\\))(?=[A-Z])))");

  private static final Pattern AGENCY_ONLY = Pattern.compile(AGENCY + "(?: ?" + SEP + " +|(?<glued>(?<=\\))(?=[A-Z])))");

  /** Capitalized words that open tabloid and live copy and are no places. */
  private static final Set<String> NOT_PLACES = WordLists.words("en", "dateline-not-places");

  static Found find(String line) {
    if (line.isEmpty() || !(Character.isUpperCase(line.charAt(0)) || line.charAt(0) == '(')) {
      return null;
    }
    String head = line.length() > 200 ? line.substring(0, 200) : line;
    if (head.charAt(0) == '(') {
      Matcher m = AGENCY_ONLY.matcher(head);
      if (m.lookingAt() && isAgency(agency(m)) && !":".equals(m.group("sep")) && startsBody(line, m.end())) {
        return new Found(m.end(), null, null, Strings.trim(agency(m)));
      }
      return null;
    }
    Matcher m = CAPS.matcher(head);
    if (m.lookingAt() && acceptCaps(m) && startsBody(line, m.end())) {
      return found(m);
    }
    m = MIXED.matcher(head);
    if (m.lookingAt() && isAgency(agency(m)) && !":".equals(m.group("sep")) && startsBody(line, m.end())) {
      return found(m);
    }
    return null;
  }

  private static Found found(Matcher m) {
    String place = m.group("place");
    String region = m.group("region");
    String agency = agency(m);
    return new Found(
        m.end(),
        region == null ? place : place + ", " + region,
        m.group("date"),
        agency == null ? null : Strings.trim(agency));
  }

  private static boolean acceptCaps(Matcher m) {
    String place = m.group("place");
    int letters = 0;
    for (int i = 0; i < place.length(); i++) {
      if (Character.isLetter(place.charAt(i))) {
        letters++;
      }
    }
    if (letters < 3 || NOT_PLACES.contains(place.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String region = m.group("region");
    if (region != null && Timestamps.isMonthWord(region.split(" ")[0])) {
      return false;
    }
    String agency = agency(m);
    if (agency != null && !isAgency(agency)) {
      return false;
    }
    String sep = m.group("sep");
    if (sep == null) {
      return agency != null; // "ATLANTA (CNN)The ..." glued to the text
    }
    if (sep.equals(":")) {
      // "NEW DELHI: Heavy rain ...": a colon only after a place of capitals, no agency, no date.
      return agency == null && m.group("date") == null && m.group("region") == null && letters >= 4;
    }
    return !sep.equals("-") || agency != null || m.group("date") != null;
  }

  private static String agency(Matcher m) {
    return m.group("agency") != null ? m.group("agency") : m.group("wire");
  }

  /** An agency tag is short and names no common parenthetical ("pictured", "left", "file"). */
  private static boolean isAgency(String agency) {
    if (agency == null) {
      return false;
    }
    String a = Strings.trim(agency);
    if (a.isEmpty() || a.length() > 24 || Words.count(a) > 3) {
      return false;
    }
    String low = a.toLowerCase(Locale.ROOT);
    if (low.equals("pictured") || low.equals("left") || low.equals("right") || low.equals("above")
        || low.equals("below") || low.equals("file") || low.equals("centre") || low.equals("center")
        || low.equals("top") || low.equals("inset") || low.equals("main") || low.equals("pictures")
        || low.equals("video") || low.equals("watch") || low.equals("updated") || low.equals("corrected")) {
      return false;
    }
    return Character.isUpperCase(a.charAt(0));
  }

  /** The text after a dateline opens with a capital, a digit, a quote or a bracket. */
  private static boolean startsBody(String line, int at) {
    if (at >= line.length()) {
      return false;
    }
    char c = line.charAt(at);
    return Character.isUpperCase(c) || Character.isDigit(c) || Strings.isQuote(c) || c == '(' || c == '$'
        || c == '\u00A3' || c == '\u20AC';
  }
}
