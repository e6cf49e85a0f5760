package dev.precis.compare.time;

import dev.precis.model.Span;
import java.time.LocalDate;

/**
 * A dated event: a sentence with a date expression. Calendar dates ("March 10", "10 March 2026", "2026-03-10",
 * "last October", "in 2019") are not relative; a missing year comes from the publication date (or, for an undated
 * article, the latest date of the story). Relative expressions ("on Tuesday", "Monday's", "yesterday", "tonight",
 * "last week", "next month", "three days ago") are resolved against the article's own publication date and stay
 * unresolved without one. Weekdays: "last X" is the X strictly before publication, "next X" strictly after;
 * "from/until/by X" the first X on or after; otherwise the sentence's tense decides, the nearest tense marker
 * to the expression ("will", "due", "set to", "reopens" versus "was", "said", "-ed" verbs): past (also without
 * any marker) is the most recent X on or before publication, future the first X on or after it. A month, year,
 * week or season alone resolves to its first day.
 *
 * @param date the date meant, null when unresolved
 * @param expression the date words as written ("on Tuesday", "yesterday", "Monday's", "March 10")
 * @param relative whether the expression is relative to the publication date
 * @param resolved whether {@code date} was computed
 * @param text the sentence holding the expression
 * @param document index of its document
 * @param span the sentence's span in its document's cleaned text
 */
public record TimelineEvent(LocalDate date, String expression, boolean relative, boolean resolved,
    String text, int document, Span span) {}
