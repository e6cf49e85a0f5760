package dev.precis.model;

/**
 * One sentence of a segmented story.
 *
 * @param index position in the story's sentence list (0-based, documents in input order)
 * @param document index of the document in the story
 * @param position 0-based position of the sentence within its document
 * @param paragraph 0-based paragraph of the document the sentence starts in
 * @param span character range in the document's cleaned text
 * @param text the covered text, equal to {@code span.of(document.text())}
 */
public record Sentence(int index, int document, int position, int paragraph, Span span, String text) {}
