package dev.precis.model;

import java.util.List;

/**
 * The summary of one story, in reading order.
 *
 * @param story the story as summarized; document texts are the ones citations refer to
 * @param algorithm name of the summarizer that selected the sentences
 * @param sentences in reading order
 */
public record Summary(Story story, String algorithm, List<SummarySentence> sentences) {
  public Summary {
    sentences = List.copyOf(sentences);
  }

  /** The summary as plain text, one sentence after another separated by a space. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (SummarySentence s : sentences) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s.text());
    }
    return sb.toString();
  }

  public int words() {
    int n = 0;
    for (SummarySentence s : sentences) {
      n += Words.count(s.text());
    }
    return n;
  }
}
