package dev.precis.compare.conflict;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.quantity.Quantities;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.compare.quote.QuoteGroup;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what the documents of one story state differently.
 *
 * <h2>Numbers and dates</h2>
 *
 * Every count, amount, percentage, measure, age and calendar day is read and normalised by {@link Quantities}
 * (equal values written differently compare equal; approximate values are intervals: {@code about N} ±10%,
 * {@code more than N} open above, {@code nearly N} 85-100%, round numbers such as {@code 31,000} ± half their last
 * significant digit). Two values from different documents are about the same fact when they have the same kind
 * and unit (counts: the same noun, or nouns for people with the same event), do not name different events
 * ({@code injured} vs {@code killed}, {@code rose} vs {@code fell}) or different times ({@code on Thursday} vs
 * {@code since January}), and their sentences align: shared event, shared words near the value, or high
 * IDF-weighted similarity of the sentences' content terms with numbers left out. Values about one fact are
 * clustered; a cluster with two incompatible values (disjoint intervals, different days) directly aligned is a
 * {@link Conflict}. Alignment never compares all sentences with all: values are grouped by kind and unit, and
 * within a group candidates come from an inverted index on each sentence's rarest terms (terms in more than
 * {@value NumberConflicts#MAX_POSTINGS} sentences of the group are not used).
 *
 * <h2>Names and quotations</h2>
 *
 * <ul>
 *   <li>{@link Conflict.Kind#NAME}: two people never named together in one document, with the same surname and
 *       different given names and a shared role word ("Lotte Brandvik", "Marit Brandvik", both of Varnholm
 *       Transit), or the same given name and a surname spelled within two edits ("Arthur Lyle", "Arthur
 *       Lisle"), or the same given name and the same role of two or more words ("Group Manager Neil Ashdown",
 *       "Group Manager Neil Ashworth").
 *   <li>{@link Conflict.Kind#QUOTE_SPEAKER}: one quotation (a {@link QuoteGroup} of four words or more) carried
 *       by several documents and given to different people (or to different organisations). Attributions that
 *       rest only on the subject of a sentence without a speech verb do not count. A quotation given to a person
 *       in one document and to an organisation in another is not a conflict.
 * </ul>
 *
 * <p>English only: numbers, units, events and dates are read with English words ({@link #supports}).
 *
 * <p>Thread-safe.
 */
public final class ContradictionFinder {

  /** A conflict with where each claim's value is (for evaluation) and which claims agree (equal side). */
  public record Found(Conflict conflict, List<Span> valueSpans, List<Integer> sides) {}

  private final QuoteExtractor extractor;

  public ContradictionFinder() {
    this(new QuoteExtractor());
  }

  public ContradictionFinder(QuoteExtractor extractor) {
    this.extractor = extractor;
  }

  /** Whether the finder reads text in {@code language} (an ISO 639-1 code): English only. */
  public static boolean supports(String language) {
    return "en".equals(language);
  }

  /** The conflicts of an analyzed story; claim offsets refer to {@code story.story().documents()}. */
  public List<Conflict> find(AnalyzedStory story) {
    return conflicts(findDetailed(story, extractor.analyze(story.segmented())));
  }

  public static List<Conflict> conflicts(List<Found> found) {
    List<Conflict> out = new ArrayList<>(found.size());
    for (Found f : found) {
      out.add(f.conflict());
    }
    return out;
  }

  public List<Found> findDetailed(AnalyzedStory story, QuoteExtractor.Extraction ex) {
    List<Found> out = new ArrayList<>();
    out.addAll(NumberConflicts.find(story, ex));
    out.addAll(NameConflicts.find(story, ex));
    out.addAll(QuoteSpeakerConflicts.find(story, ex));
    return out;
  }

  // -----------------------------------------------------------------------------------------------------------
  // Passages.

  /** The sentence (global index) containing char offset {@code at} of document {@code doc}, or -1. */
  static int sentenceAt(AnalyzedStory story, int doc, int at) {
    int lo = story.segmented().firstSentenceOf(doc);
    int hi = lo + story.segmented().sentencesIn(doc) - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = story.sentence(mid).span();
      if (s.start() <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  static Claim claim(AnalyzedStory story, int doc, Span from, Span to, String value) {
    int s1 = sentenceAt(story, doc, from.start());
    int s2 = sentenceAt(story, doc, Math.max(from.start(), to.end() - 1));
    String text = story.story().documents().get(doc).text();
    Span span;
    if (s1 < 0 || s2 < 0) {
      span = new Span(Math.min(from.start(), to.start()), Math.max(from.end(), to.end()));
    } else {
      span = new Span(story.sentence(s1).span().start(), Math.max(story.sentence(s2).span().end(), to.end()));
    }
    return new Claim(span.of(text), doc, span, value);
  }
}
