package dev.precis.compare;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.conflict.ContradictionFinder;
import dev.precis.compare.entity.EntityMentions;
import dev.precis.compare.entity.EntityReport;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.compare.statement.OutletSharing;
import dev.precis.compare.statement.Statement;
import dev.precis.compare.statement.Statements;
import dev.precis.compare.time.Timeline;
import dev.precis.compare.time.TimelineEvent;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysis behind the cross-source report of one story: its quotations (with speakers, grouped across
 * outlets), the facts its documents state differently, the statements several independent outlets carry and the
 * ones only one carries, the people, organisations and places it names, its dated events, and how much of each
 * outlet's statements the others carry. Offsets refer to the documents of the analyzed story ({@code
 * story.story().documents()}, after Precis's cleaning when the story came from {@code Precis.analyze}); document
 * numbers are indexes into that list.
 *
 * <pre>{@code
 * AnalyzedStory story = new Precis().analyze(rawStory);
 * CrossSourceReport report = CrossSourceReport.of(story);
 * report.quotations().groups();   // each quotation once, with the documents that carry it
 * report.conflicts();             // NUMBER, DATE, NAME and QUOTE_SPEAKER conflicts with cited claims
 * report.corroboration();         // what at least two independent outlets say, most sources first
 * report.timeline();              // dated events, relative dates resolved per article
 * }</pre>
 *
 * <p>Wire copies ({@link AnalyzedStory#copyOf}) count as one source wherever independence matters.
 *
 * @param quotations what {@link QuoteExtractor} finds
 * @param conflicts what {@link ContradictionFinder} finds
 * @param corroboration the redundancy groups with a candidate sentence that at least two independent sources
 *     carry, most independent sources first, then the ones the story says earliest (smallest relative position
 *     of a member in its document); at most 30
 * @param unique per document index (ascending; documents without any left out), the candidate statements no
 *     other independent source carries, in document order, at most 10 per document (the most informative: most
 *     distinct content terms, discounted by position); a statement only copies of one wire story carry is listed
 *     once, under the first of them
 * @param entities people, organisations and places with mentions per document, most mentioned first
 * @param timeline dated events, resolved ones by date then document, unresolved ones after (see {@link
 *     TimelineEvent} for the resolution rules)
 * @param sharing how much of each outlet's statements the others carry
 */
public record CrossSourceReport(Quotations quotations, List<Conflict> conflicts, List<Statement> corroboration,
    Map<Integer, List<Statement>> unique, List<EntityMentions> entities, List<TimelineEvent> timeline,
    OutletSharing sharing) {
  public CrossSourceReport {
    conflicts = List.copyOf(conflicts);
    corroboration = List.copyOf(corroboration);
    TreeMap<Integer, List<Statement>> u = new TreeMap<>();
    unique.forEach((d, list) -> u.put(d, List.copyOf(list)));
    unique = Collections.unmodifiableMap(u);
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
  }

  /**
   * Every part of the report from one pass over the quotations and names of the story. Conflicts and the timeline
   * read English only ({@link ContradictionFinder#supports}, {@link Timeline#supports}): for a story in another
   * language they are empty.
   */
  public static CrossSourceReport of(AnalyzedStory story) {
    String language = story.story().language();
    QuoteExtractor.Extraction ex = new QuoteExtractor().analyze(story.segmented());
    Statements statements = new Statements(story);
    List<Conflict> conflicts = ContradictionFinder.supports(language)
        ? ContradictionFinder.conflicts(new ContradictionFinder().findDetailed(story, ex)) : List.of();
    List<TimelineEvent> timeline = Timeline.supports(language) ? Timeline.events(story) : List.of();
    return new CrossSourceReport(ex.quotations(), conflicts, statements.corroboration(), statements.unique(),
        EntityReport.build(ex.docs(), ex.entities(), ex.lowerWords()), timeline, statements.sharing());
  }
}
