package dev.precis.compare.quote;

import dev.precis.model.Span;

/**
 * One direct quotation in one document.
 *
 * <p>A quotation interrupted by a speech tag ({@code "We are ...," she said, "and we will ..."}) and a quotation
 * that runs on into the next paragraph are reported as several parts, each its own {@code Quote} with the same
 * speaker.
 *
 * @param text the quoted words, without quotation marks and without a comma that only introduces the speech tag
 * @param span where {@code text} is in the document's cleaned text ({@code span.of(document.text())} is
 *     {@code text})
 * @param document index of the document in the story
 * @param speaker normalised name of the person or organisation the document credits the words to (the same string
 *     for every form of one name across the story: "Sarah Sanders" for "Ms Sanders", "Sanders", "Sarah Huckabee
 *     Sanders"), or null when the document credits nobody named (an anonymous witness, a quoted phrase without a
 *     source)
 * @param speakerSpan where the document names the speaker for this quotation: the name in the speech tag; for a
 *     tag with a pronoun or a description ("she said", "the mayor said"), and for a quotation that continues an
 *     earlier one, the earlier mention of the name it refers to; null when {@code speaker} is null
 */
public record Quote(String text, Span span, int document, String speaker, Span speakerSpan) {}
