package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.conflict.ReportPerformanceTest;
import dev.precis.compare.entity.EntityReport;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.compare.statement.Statements;
import dev.precis.compare.time.Timeline;
import dev.precis.model.Story;
import org.junit.jupiter.api.Test;

/** The whole cross-source report of a 1,000-article story takes a few seconds. */
class CrossSourceReportPerformanceTest {
  @Test
  void aThousandArticles() {
    Story story = ReportPerformanceTest.generate(1000, 7);
    AnalyzedStory analyzed = new Precis(null, new StoryAnalyzer()).analyze(story);
    CrossSourceReport.of(analyzed); // warm-up of the JIT on the same input
    long t0 = System.nanoTime();
    Statements statements = new Statements(analyzed);
    statements.corroboration();
    statements.unique();
    statements.sharing();
    long t1 = System.nanoTime();
    QuoteExtractor.Extraction ex = new QuoteExtractor().analyze(analyzed.segmented());
    long t2 = System.nanoTime();
    var entities = EntityReport.build(ex.docs(), ex.entities(), ex.lowerWords());
    long t3 = System.nanoTime();
    var timeline = Timeline.events(analyzed);
    long t4 = System.nanoTime();
    CrossSourceReport report = CrossSourceReport.of(analyzed);
    long t5 = System.nanoTime();
    System.out.printf("1000 articles, %d sentences: statements %d ms, quotes %d ms, entities %d ms, timeline %d ms "
            + "(%d events), whole report %d ms%n", analyzed.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, timeline.size(), (t5 - t4) / 1_000_000);
    assertThat(report.sharing().shared()).hasDimensions(1000, 1000);
    assertThat(report.corroboration()).isNotEmpty();
    assertThat(report.corroboration().get(0).independentSources()).isGreaterThan(100);
    assertThat(entities).isNotEmpty();
    assertThat(timeline).hasSizeGreaterThan(1000);
    assertThat((t5 - t4) / 1_000_000).isLessThan(60_000); // a guard: a quadratic step over 16,000 sentences would take many minutes
  }
}
