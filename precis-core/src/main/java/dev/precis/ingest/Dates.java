package dev.precis.ingest;

import dev.precis.lang.Months;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of publication dates. Accepted: an ISO 8601 date ({@code 2026-03-10}, read as midnight), an
 * ISO 8601 date-time with or without seconds, fraction, offset or zone ({@code 2026-03-10T10:15},
 * {@code 2026-03-10T10:15:00Z}, {@code 2026-03-10T10:15:00+01:00[Europe/Paris]}), the same with a space instead of
 * the {@code T}, an offset without a colon ({@code +0100}, as many web pages write it), RFC 1123
 * ({@code Tue, 10 Mar 2026 10:15:00 GMT}, {@code 10 Mar 2026 10:15 +0100}, as in feeds and HTTP headers) and the
 * US time zone names RSS feeds use in it ({@code EST}, {@code PDT}, ...), and English dates with or without a weekday
 * and a time ({@code March 10, 2026}, {@code 10 March 2026}, {@code November 19, 2019, 07:47 PM EST},
 * {@code Tue, 11/19/2019 - 19:47}, {@code 05/29/2007 09:49:00}: numeric dates are month first, as in the US, unless
 * the first number is over 12). {@link #find} finds these in longer text, {@link #inUrl} in an address.
 *
 * <p>An offset or zone is dropped, not converted: the result is the local date and time the outlet wrote,
 * which is what relative dates in its text ("yesterday") refer to.
 */
public final class Dates {
  private Dates() {}

  /** The date and time in {@code text}, or null when it is blank or not in an accepted form. */
  public static LocalDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() > 10 && s.charAt(10) == ' ' && s.charAt(4) == '-' && Character.isDigit(s.charAt(0))) {
      s = s.substring(0, 10) + 'T' + s.substring(11).strip();
    }
    if (s.length() > 10 && s.charAt(10) == 't') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    s = s.endsWith("z") ? s.substring(0, s.length() - 1) + 'Z' : s;
    if (s.length() > 16 && s.charAt(10) == 'T') {
      s = COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2");
    }
    try {
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(s);
      return LocalDateTime.from(t);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(s)).atStartOfDay();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    String rfc = US_ZONE.matcher(s).replaceFirst(m -> " " + US_OFFSETS.get(m.group(1).toUpperCase(Locale.ROOT)));
    try {
      return LocalDateTime.from(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).parse(rfc));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    Matcher m = textual(s);
    return m != null && m.matches() ? dateOf(m) : null;
  }

  /**
   * The first date written in {@code text} in one of the textual forms ({@code November 19, 2019, 07:47 PM EST},
   * {@code 19 November 2019}, {@code 05/29/2007 09:49:00}, with or without a weekday and time), or null.
   */
  public static LocalDateTime find(String text) {
    if (text == null) {
      return null;
    }
    for (Pattern p : TEXTUAL) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        LocalDateTime d = dateOf(m);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The date in a web address's path ({@code /2019/11/19/}, {@code /2019-11-19-}, {@code /20191119/}), or null. */
  public static LocalDateTime inUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
      LocalDateTime d = date(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
          Integer.parseInt(m.group(g + 2)), 0, 0, 0);
      if (d != null && d.getYear() >= 1990) {
        return d;
      }
    }
    return null;
  }

  /** Whether a date is a placeholder (the year 1, {@code 0001-01-01T00:00:00Z}, or any year before 1900). */
  public static boolean placeholder(LocalDateTime d) {
    return d.getYear() < 1900;
  }

  private static final Months MONTHS = Months.of("en");
  private static final String MONTH = MONTHS.lowerCasePattern() + "\\.?";
  private static final String TIME = "(?:,?\\s*(?:at\\s+|-\\s*)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?)?"
      + "(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2})\\b)?)?";
  private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  /** Month name first, day first, numeric month/day/year: groups month, day, year, then the time's four. */
  private static final List<Pattern> TEXTUAL = List.of(
      Pattern.compile(WEEKDAY + "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME,
          Pattern.CASE_INSENSITIVE),
      Pattern.compile(WEEKDAY + "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b" + TIME,
          Pattern.CASE_INSENSITIVE),
      Pattern.compile(WEEKDAY + "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE));
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])"
      + "|/((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=/|$|[-_.])|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/|$)");

  /** The textual form {@code s} is in, matched against the whole of it; null when none. */
  private static Matcher textual(String s) {
    for (Pattern p : TEXTUAL) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        return m;
      }
    }
    return null;
  }

  /** The date a {@link #TEXTUAL} match holds; null when it is no date (February 30). */
  private static LocalDateTime dateOf(Matcher m) {
    int month;
    int day;
    String first = m.group(1);
    if (Character.isLetter(first.charAt(0))) {
      month = MONTHS.number(first.substring(0, 3));
      day = Integer.parseInt(m.group(2));
    } else if (Character.isLetter(m.group(2).charAt(0))) {
      day = Integer.parseInt(first);
      month = MONTHS.number(m.group(2).substring(0, 3));
    } else {
      month = Integer.parseInt(first); // US order, unless the first number cannot be a month
      day = Integer.parseInt(m.group(2));
      if (month > 12) {
        int t = month;
        month = day;
        day = t;
      }
    }
    int year = Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (m.group(7) != null) {
      boolean pm = m.group(7).equalsIgnoreCase("p");
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    return date(year, month, day, hour, minute, second);
  }

  private static LocalDateTime date(int year, int month, int day, int hour, int minute, int second) {
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern US_ZONE = Pattern.compile(" (EST|EDT|CST|CDT|MST|MDT|PST|PDT|UT)$",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> US_OFFSETS = Map.of("EST", "-0500", "EDT", "-0400", "CST", "-0600",
      "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700", "UT", "GMT");
}
