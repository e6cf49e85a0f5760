package dev.precis.report;

import dev.precis.analyze.AnalyzedStory;
import java.util.List;

/**
 * The analysis behind the cross-source report of one story: its quotations (with speakers, grouped across
 * outlets) and the facts its documents state differently. Offsets refer to the documents of the analyzed story
 * ({@code story.story().documents()}, after Precis's cleaning when the story came from {@code Precis.analyze}).
 *
 * <pre>{@code
 * AnalyzedStory story = new Precis().analyze(rawStory);
 * CrossSourceReport report = CrossSourceReport.of(story);
 * report.quotations().groups();   // each quotation once, with the documents that carry it
 * report.conflicts();             // NUMBER, DATE, NAME and QUOTE_SPEAKER conflicts with cited claims
 * }</pre>
 *
 * @param quotations what {@link QuoteExtractor} finds
 * @param conflicts what {@link ContradictionFinder} finds
 */
public record CrossSourceReport(Quotations quotations, List<Conflict> conflicts) {
  public CrossSourceReport {
    conflicts = List.copyOf(conflicts);
  }

  /** Both analyses from one pass over the quotations and names of the story. */
  public static CrossSourceReport of(AnalyzedStory story) {
    QuoteExtractor.Extraction ex = new QuoteExtractor().analyze(story.segmented());
    return new CrossSourceReport(ex.quotations(),
        ContradictionFinder.conflicts(new ContradictionFinder().findDetailed(story, ex)));
  }
}
