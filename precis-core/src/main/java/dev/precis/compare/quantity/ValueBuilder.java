package dev.precis.compare.quantity;

import dev.precis.compare.quantity.Value.Kind;
import dev.precis.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A {@link Value} while a reader of this package is still reading it: the fields (documented on {@link Value}) are
 * set and read back step by step, then {@link #build} fixes them. Starts as nothing read: no qualifier, currency,
 * unit, noun or rate, preposition "on".
 */
final class ValueBuilder {
  Kind kind;
  Span span;
  int firstTok;
  int lastTok;
  double value;
  double lo;
  double hi;
  String qualifier = "";
  String currency = "";
  String unit = "";
  String noun = "";
  String per = "";
  boolean partitive;
  LocalDate date;
  DayOfWeek weekday;
  String prep = "on";
  boolean reporting;
  boolean future;

  Value build() {
    return new Value(kind, span, firstTok, lastTok, value, lo, hi, qualifier, currency, unit, noun, per, partitive,
        date, weekday, prep, reporting, future);
  }
}
