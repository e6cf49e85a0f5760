package dev.precis.analyze;

import dev.precis.model.Sentence;
import dev.precis.text.QuoteMarks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which sentences may stand in a summary. Left out: fragments (too few words or content terms), the
 * last sentence of an article that was cut off mid-sentence, run-ons longer than a reader would accept,
 * questions, the second halves of quotations split across sentences (they start inside the quote; short quotes
 * are joined into one sentence by the segmenter), and lines that look like scraping debris (photo credits,
 * markup remnants, promos, social embeds, wire notes). When a story has no sentence that passes, every
 * sentence with a word in it becomes a candidate, so a story of one short sentence still gets a summary.
 */
public final class CandidateFilter {
  private static final Pattern DEBRIS = Pattern.compile(
      "(?i)(/>|<[a-z/][^>]*>|&[a-z]+;|https?://|www\\.|pic\\.twitter\\.com|\\(@\\w+\\)|^\\s*@\\w+"
          + "|\\b(photo|picture|image)s?\\s*(by|credit|:)|afp photo|getty images|\\bstaff photographer\\b"
          + "|^\\W*(read more|related|see also|sign up|subscribe|click here|follow us|advertisement|share this)\\b"
          + "|story can end here|optional material follows|^\\W*(copyright|all rights reserved)\\b)");

  private final int minWords;
  private final int maxWords;
  private final int minContentTerms;

  /** At least 5 words and 2 content terms, at most 80 words. */
  public CandidateFilter() {
    this(5, 80, 2);
  }

  public CandidateFilter(int minWords, int maxWords, int minContentTerms) {
    this.minWords = minWords;
    this.maxWords = maxWords;
    this.minContentTerms = minContentTerms;
  }

  public boolean[] candidates(List<Sentence> sentences, int[] words, int[][] contentTerms) {
    int n = sentences.size();
    boolean[] candidate = new boolean[n];
    boolean any = false;
    for (int s = 0; s < n; s++) {
      boolean lastOfDocument = s + 1 == n || sentences.get(s + 1).document() != sentences.get(s).document();
      candidate[s] = accept(sentences.get(s).text(), words[s], contentTerms[s].length)
          && !(lastOfDocument && cutOff(sentences.get(s).text()));
      any |= candidate[s];
    }
    if (!any) {
      for (int s = 0; s < n; s++) {
        candidate[s] = words[s] > 0 && hasLetterOrDigit(sentences.get(s).text());
      }
    }
    return candidate;
  }

  boolean accept(String text, int words, int contentTerms) {
    if (words < minWords || words > maxWords || contentTerms < minContentTerms) {
      return false;
    }
    String trimmed = stripClosingQuotes(text.strip());
    if (trimmed.endsWith("?")) {
      return false;
    }
    if (!Character.isLetterOrDigit(firstMeaningful(trimmed)) || QuoteMarks.startsInsideQuote(text)) {
      return false;
    }
    return !DEBRIS.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether the last sentence of a document stops without a full stop, question or exclamation mark, or on an
   * ellipsis: the article was cut off there (truncated inputs, teasers).
   */
  static boolean cutOff(String text) {
    String t = stripClosingQuotes(text.strip());
    return !(t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) || t.endsWith("...");
  }

  private static String stripClosingQuotes(String s) {
    int end = s.length();
    while (end > 0 && "\"'\u201d\u2019)".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** First character that is not an opening quote, bracket or space. */
  private static char firstMeaningful(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\"'\u201c\u2018(`[".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.chars().anyMatch(Character::isLetterOrDigit);
  }
}
