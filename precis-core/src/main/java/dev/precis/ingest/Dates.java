package dev.precis.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Lenient parsing of publication dates. Accepted: an ISO 8601 date ({@code 2026-03-10}, read as midnight), an
 * ISO 8601 date-time with or without seconds, fraction, offset or zone ({@code 2026-03-10T10:15},
 * {@code 2026-03-10T10:15:00Z}, {@code 2026-03-10T10:15:00+01:00[Europe/Paris]}), the same with a space instead of
 * the {@code T}, and RFC 1123 ({@code Tue, 10 Mar 2026 10:15:00 GMT}, as in feeds and HTTP headers).
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
    try {
      return LocalDateTime.from(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).parse(s));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
