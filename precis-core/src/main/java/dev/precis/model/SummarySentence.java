package dev.precis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A sentence of a summary with every place in the sources that says it. The first citation is the sentence
 * that was selected; the others are the members of its redundancy group in other places. The printed text is
 * the selected sentence or a compression of it: the {@code printed} pieces of that sentence in order, with the
 * first letter capitalized and a full stop added where a trailing attribution was cut.
 *
 * @param text the sentence as printed
 * @param sentence index of the selected sentence in the segmented story
 * @param score the selecting algorithm's score (comparable only within one summary)
 * @param citations at least one
 * @param printed the pieces of the first citation's document that the text prints, in order; the whole first
 *     citation when the sentence is printed whole
 */
public record SummarySentence(String text, int sentence, double score, List<Citation> citations,
    List<Span> printed) {
  public SummarySentence {
    citations = List.copyOf(citations);
    printed = List.copyOf(printed);
  }

  /** Indexes of the documents the citations name, ascending, without repeats. */
  public List<Integer> documents() {
    TreeSet<Integer> docs = new TreeSet<>();
    for (Citation c : citations) {
      docs.add(c.documentIndex());
    }
    return new ArrayList<>(docs);
  }

  /** A sentence printed whole: its one piece is the first citation. */
  public SummarySentence(String text, int sentence, double score, List<Citation> citations) {
    this(text, sentence, score, citations, List.of(new Span(citations.get(0).start(), citations.get(0).end())));
  }
}
