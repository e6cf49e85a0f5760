package dev.precis.compare.statement;

import dev.precis.model.Span;
import java.util.List;

/**
 * A statement of the story: a redundancy group, shown by one of its sentences.
 *
 * @param text the text of the shown sentence
 * @param sentence index of the shown sentence in the segmented story
 * @param document index of the shown sentence's document
 * @param span the shown sentence's span in its document's cleaned text
 * @param documents every document whose sentences are in the group, ascending
 * @param independentSources number of distinct {@code copyOf(d)} among {@code documents}
 * @param hasCopies whether some of {@code documents} are wire copies of each other
 */
public record Statement(String text, int sentence, int document, Span span, List<Integer> documents,
    int independentSources, boolean hasCopies) {
  public Statement {
    documents = List.copyOf(documents);
  }
}
