package dev.precis.text;

import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Words;
import java.util.ArrayList;
import java.util.List;

/** Splits every document of a story into sentences, keeping each sentence's span and paragraph. */
public final class Segmenter {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The sentences of {@code story}, documents in order, numbered from 0. */
  public SegmentedStory segment(Story story) {
    List<Sentence> sentences = new ArrayList<>();
    int[] first = new int[story.documents().size() + 1];
    for (int d = 0; d < story.documents().size(); d++) {
      first[d] = sentences.size();
      Document doc = story.documents().get(d);
      String text = doc.text();
      boolean blankLineParagraphs = hasBlankLine(text);
      // The scans below read the characters from an array (String.charAt is slow under the C1 compiler on text
      // that is not Latin-1).
      char[] chars = text.toCharArray();
      int paragraph = 0;
      int scanned = 0;
      int position = 0;
      for (Span span : joinQuotes(text, chars, splitter.split(text))) {
        paragraph += breaksBetween(chars, scanned, span.start(), blankLineParagraphs);
        scanned = span.start();
        sentences.add(new Sentence(sentences.size(), d, position++, paragraph, span, span.of(text)));
      }
    }
    first[story.documents().size()] = sentences.size();
    return new SegmentedStory(story, sentences, first);
  }

  /** The most words a quotation joined across sentences may have. */
  private static final int MAX_JOINED_WORDS = 80;

  /**
   * Joins the sentences of one quotation: when a sentence ends inside a quote and one of the next three
   * sentences, on the same line, closes it, they become one sentence ({@code Mayor Lin said: "We are safe. The
   * road is open."}), so no summary prints half a quote. Longer quotes stay split.
   */
  static List<Span> joinQuotes(String text, char[] chars, List<Span> spans) {
    List<Span> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (QuoteMarks.last(chars, span.start(), span.end()) > 0) {
        int words = Words.count(text, span.start(), span.end());
        for (int j = i + 1; j < spans.size() && j <= i + 3; j++) {
          Span next = spans.get(j);
          if (text.substring(spans.get(j - 1).end(), next.start()).indexOf('\n') >= 0) {
            break;
          }
          words += Words.count(text, next.start(), next.end());
          if (words > MAX_JOINED_WORDS) {
            break;
          }
          int first = QuoteMarks.first(chars, next.start(), next.end());
          if (first > 0) {
            break;
          }
          if (first < 0) {
            span = new Span(span.start(), next.end());
            i = j;
            break;
          }
        }
      }
      out.add(span);
    }
    return out;
  }

  private static boolean hasBlankLine(String text) {
    int nl = text.indexOf('\n');
    while (nl >= 0) {
      int next = text.indexOf('\n', nl + 1);
      if (next < 0) {
        return false;
      }
      if (text.substring(nl + 1, next).isBlank()) {
        return true;
      }
      nl = next;
    }
    return false;
  }

  /**
   * Paragraph breaks in {@code text[from, to)}: blank lines where the document has them, otherwise every line
   * break (scraped text often puts one paragraph on each line).
   */
  private static int breaksBetween(char[] text, int from, int to, boolean blankLineParagraphs) {
    int breaks = 0;
    boolean lineBlank = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == '\n') {
        if (!blankLineParagraphs) {
          breaks++;
        } else if (lineBlank) {
          breaks++;
          while (i + 1 < to && Character.isWhitespace(text[i + 1])) {
            i++;
          }
        }
        lineBlank = true;
      } else if (c > ' ' && c < 0x7F || !Character.isWhitespace(c)) { // printable ASCII is no white space
        lineBlank = false;
      }
    }
    return breaks;
  }
}
