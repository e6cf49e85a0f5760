package dev.precis.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lenient parsing of publication dates. Accepted: an ISO 8601 date ({@code 2026-03-10}, read as midnight), an
 * ISO 8601 date-time with or without seconds, fraction, offset or zone ({@code 2026-03-10T10:15},
 * {@code 2026-03-10T10:15:00Z}, {@code 2026-03-10T10:15:00+01:00[Europe/Paris]}), the same with a space instead of
 * the {@code T}, an offset without a colon ({@code +0100}, as many web pages write it), RFC 1123
 * ({@code Tue, 10 Mar 2026 10:15:00 GMT}, {@code 10 Mar 2026 10:15 +0100}, as in feeds and HTTP headers) and the
 * US time zone names RSS feeds use in it ({@code EST}, {@code PDT}, ...), and English dates ({@code March 10, 2026},
 * {@code 10 March 2026}).
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
    if (s.length() > 10 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(0))) {
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
    for (DateTimeFormatter f : ENGLISH_DATES) {
      try {
        return LocalDate.from(f.parse(s)).atStartOfDay();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern US_ZONE = Pattern.compile(" (EST|EDT|CST|CDT|MST|MDT|PST|PDT|UT)$",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> US_OFFSETS = Map.of("EST", "-0500", "EDT", "-0400", "CST", "-0600",
      "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700", "UT", "GMT");
  private static final List<DateTimeFormatter> ENGLISH_DATES = List.of(
      english("MMMM d, uuuu"), english("MMM d, uuuu"), english("MMM. d, uuuu"), english("d MMMM uuuu"),
      english("d MMM uuuu"));

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
