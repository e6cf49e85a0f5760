package dev.precis.compare.conflict;

import dev.precis.model.Span;

/**
 * What one document says about a fact that documents disagree on.
 *
 * @param text the passage (the sentence that carries the value, or for a quotation the sentence with the quotation
 *     and its speech tag)
 * @param document index of the document in the story
 * @param span where the passage is in the document's cleaned text
 * @param value the value the passage gives, normalised: a number with its unit and qualifier ("17", "1200000",
 *     "about 40 km/h", "£640000000", "34%", "412p a share", "more than 300", "58-year-old", "150000 to 200000 a
 *     day"), an ISO date ("2026-04-20", or a weekday name when the document has no date), a person's name, or a
 *     speaker's name
 */
public record Claim(String text, int document, Span span, String value) {}
