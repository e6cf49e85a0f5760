package dev.precis.model;

import java.util.List;

/**
 * A sentence of a summary with every place in the sources that says it. The first citation is the sentence
 * that was selected; the others are the members of its redundancy group in other places.
 *
 * @param text the sentence as printed
 * @param sentence index of the selected sentence in the segmented story
 * @param score the selecting algorithm's score (comparable only within one summary)
 * @param citations at least one
 */
public record SummarySentence(String text, int sentence, double score, List<Citation> citations) {
  public SummarySentence {
    citations = List.copyOf(citations);
  }
}
