package dev.precis.text;

import dev.precis.model.Sentence;
import dev.precis.model.Story;
import java.util.List;

/**
 * A story split into sentences. Immutable: later stages keep their results beside it.
 *
 * @param story the story whose document texts the spans refer to
 * @param sentences all sentences, documents in order
 * @param firstSentence for document d, the index of its first sentence; entry {@code documents().size()} is the
 *     total, so document d's sentences are {@code [firstSentence[d], firstSentence[d + 1])}
 */
public record SegmentedStory(Story story, List<Sentence> sentences, int[] firstSentence) {
  public SegmentedStory {
    sentences = List.copyOf(sentences);
    firstSentence = firstSentence.clone();
  }

  public int sentencesIn(int document) {
    return firstSentence[document + 1] - firstSentence[document];
  }

  public int firstSentenceOf(int document) {
    return firstSentence[document];
  }
}
