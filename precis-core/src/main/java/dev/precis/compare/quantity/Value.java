package dev.precis.compare.quantity;

import dev.precis.model.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One number or date in the text, normalised: read by {@link Quantities#find}, or an age the scan found next to a
 * name ({@link #age}). Immutable; the readers of this package fill a {@link ValueBuilder} step by step.
 *
 * @param kind what the value measures
 * @param span the characters of the value in its document, qualifier and currency included
 * @param firstTok the first token of the value, qualifier included
 * @param lastTok the last token of the value, unit and range end included
 * @param value the number as written, scaled ("1.5 million" is 1500000); 0 for a date
 * @param lo the least value the text allows ("about 350" from 315)
 * @param hi the greatest value the text allows (infinite for "more than")
 * @param qualifier "about", "more than", "between", ... as the claim shows it; "" when exact
 * @param currency "$", "£", "€", "¥" or ""
 * @param unit canonical unit: "km/h", "m", "%", "p", "year-old", "hours" ...; "" for a plain count or amount
 * @param noun head noun (lower case) of a count or age, or the "of" object of a measure; "" when none
 * @param per the unit of a rate ("day", "share"); "" when none
 * @param partitive a count of a group named before ("four of them")
 * @param date the calendar day of a date, or null when it cannot be resolved
 * @param weekday the weekday of a date, or null
 * @param prep the preposition of a date: "on", "until" or "from"
 * @param reporting the date of a statement ("said on Tuesday")
 * @param future a date the clause puts ahead ("will visit on Wednesday", "closed until Monday")
 */
public record Value(Kind kind, Span span, int firstTok, int lastTok, double value, double lo, double hi,
    String qualifier, String currency, String unit, String noun, String per, boolean partitive, LocalDate date,
    DayOfWeek weekday, String prep, boolean reporting, boolean future) {

  /** What a value measures. */
  public enum Kind { COUNT, MONEY, PERCENT, MEASURE, AGE, DATE }

  /** The exact age {@code years} of a person, written as the single token {@code tok} at {@code span}. */
  public static Value age(int years, Span span, int tok) {
    ValueBuilder b = new ValueBuilder();
    b.kind = Kind.AGE;
    b.value = years;
    b.lo = years;
    b.hi = years;
    b.unit = "year-old";
    b.span = span;
    b.firstTok = tok;
    b.lastTok = tok;
    return b.build();
  }

  /** The normalised value as a claim shows it. */
  public String display() {
    if (kind == Kind.DATE) {
      return date != null ? date.toString() : weekday.toString().charAt(0)
          + weekday.toString().substring(1).toLowerCase(Locale.ROOT);
    }
    String num;
    if (lo != hi && qualifier.equals("between")) {
      num = plain(lo) + " to " + plain(hi);
    } else {
      num = plain(value);
    }
    StringBuilder sb = new StringBuilder();
    if (!qualifier.isEmpty() && !qualifier.equals("between")) {
      sb.append(qualifier).append(' ');
    }
    sb.append(unit.equals("p") ? "" : currency).append(num);
    switch (unit) {
      case "", "p", "%" -> sb.append(unit);
      case "year-old" -> sb.append("-year-old");
      default -> sb.append(' ').append(unit);
    }
    if (!per.isEmpty()) {
      sb.append(" a ").append(per);
    }
    return sb.toString();
  }

  private static String plain(double v) {
    if (Double.isInfinite(v)) {
      return "inf";
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
