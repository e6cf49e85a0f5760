package dev.precis.model;

/**
 * Where an article says what a summary sentence says.
 *
 * @param document id of the document
 * @param documentIndex index of the document in its story
 * @param start start offset in the document's cleaned text
 * @param end end offset (exclusive)
 */
public record Citation(String document, int documentIndex, int start, int end) {}
