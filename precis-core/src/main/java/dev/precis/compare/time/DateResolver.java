package dev.precis.compare.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Which day a date expression means, given the publication date it is read against: the one resolver of the
 * timeline and the conflict finder, so that both read "on Tuesday" or "March 10" as the same day. The callers find
 * the expressions and tell the tense; the rules are here.
 *
 * <ul>
 *   <li>Weekdays: "last Tuesday" is the most recent Tuesday strictly before publication, "next Tuesday" the first
 *       strictly after it; "from/until/till/by/starting/through Tuesday" look forward (the first Tuesday on or
 *       after publication) and "since Tuesday" back (the last on or before it); otherwise the tense decides: past
 *       the most recent such day on or before publication, future the first on or after it.
 *   <li>A day of a month without a year takes the reference's year, the previous one when the day would lie over
 *       a month after the reference in a past-tense sentence, the next one when it would lie over a week before
 *       it in a future-tense one.
 *   <li>"yesterday", "last night", "last evening": the day before; "tomorrow" the day after; "today", "tonight",
 *       "this morning": the day itself.
 * </ul>
 */
public final class DateResolver {
  private DateResolver() {}

  /** Whether a modifier before a weekday or month makes it look forward ("from", "until", "by", "next"). */
  public static boolean forward(String modifier) {
    if (modifier == null) {
      return false;
    }
    String m = modifier.toLowerCase(Locale.ROOT);
    return m.equals("from") || m.equals("until") || m.equals("till") || m.equals("by") || m.equals("starting")
        || m.equals("next");
  }

  /** The weekday meant by "[modifier] dow" in a sentence of the given tense, published on {@code pub}. */
  public static LocalDate weekday(LocalDate pub, DayOfWeek dow, String modifier, boolean futureTense) {
    String m = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
    return switch (m) {
      case "last" -> pub.with(TemporalAdjusters.previous(dow));
      case "next" -> pub.with(TemporalAdjusters.next(dow));
      case "from", "until", "till", "by", "starting", "through" -> pub.with(TemporalAdjusters.nextOrSame(dow));
      case "since" -> pub.with(TemporalAdjusters.previousOrSame(dow));
      default -> futureTense ? pub.with(TemporalAdjusters.nextOrSame(dow))
          : pub.with(TemporalAdjusters.previousOrSame(dow));
    };
  }

  /** A day of a month written without a year, read against {@code reference}; null for an impossible day. */
  public static LocalDate dayOfMonth(LocalDate reference, int month, int day, boolean future) {
    LocalDate d = date(reference.getYear(), month, day);
    if (d == null) {
      return null;
    }
    if (!future && d.isAfter(reference.plusDays(31))) {
      return d.minusYears(1);
    }
    if (future && d.isBefore(reference.minusDays(7))) {
      return d.plusYears(1);
    }
    return d;
  }

  /** "yesterday", "today", "tonight", "tomorrow", "last night", "this morning" ... (lower case, one space). */
  public static LocalDate deictic(LocalDate pub, String expression) {
    return switch (expression) {
      case "yesterday" -> pub.minusDays(1);
      case "tomorrow" -> pub.plusDays(1);
      default -> expression.startsWith("last ") ? pub.minusDays(1) : pub;
    };
  }

  /** The date, or null when there is no such day. */
  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
