package dev.precis;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.cite.Citer;
import dev.precis.cite.Representatives;
import dev.precis.clean.CleanedStory;
import dev.precis.clean.StoryCleaner;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.ReadingOrder;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.text.Segmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's entry point: clean, segment, analyze (compressing English sentences unless the analyzer is
 * built with {@link dev.precis.text.Compressor#VERBATIM}), select, choose the copy to print, order and cite. Thread-safe; front ends (CLI, server,
 * evaluator) all call this.
 *
 * <pre>{@code
 * Summary summary = new Precis().summarize(story, "default", Budget.words(120));
 * summary.sentences().forEach(s -> System.out.println(s.text() + " " + s.citations()));
 * }</pre>
 */
public final class Precis {
  private final StoryCleaner cleaner;
  private final StoryAnalyzer analyzer;

  /** The full pipeline, debris cleaning included. */
  public Precis() {
    this(new StoryCleaner(), new StoryAnalyzer());
  }

  /**
   * @param cleaner the clean stage, or null for text that is clean already (documents are then used as given)
   * @param analyzer the analysis stage
   */
  public Precis(StoryCleaner cleaner, StoryAnalyzer analyzer) {
    this.cleaner = cleaner;
    this.analyzer = analyzer;
  }

  /**
   * Removes scraping debris (photo credits, markup, promos, wire notes, datelines...) from every document. The
   * cleaned texts are what all offsets of later stages refer to.
   */
  public CleanedStory clean(Story story) {
    return cleaner == null ? new CleanedStory(story, List.of()) : cleaner.clean(story);
  }

  /** Cleans, segments and analyzes a story, the input of every summarizer. */
  public AnalyzedStory analyze(Story story) {
    return analyze(clean(story));
  }

  /** Segments and analyzes a story already cleaned by {@link #clean}. */
  public AnalyzedStory analyze(CleanedStory cleaned) {
    return analyzer.analyze(new Segmenter().segment(cleaned.story()));
  }

  /** Summarizes {@code story} with the summarizer called {@code algorithm} within {@code budget}. */
  public Summary summarize(Story story, String algorithm, Budget budget) {
    return summarize(analyze(story), Summarizers.get(algorithm), budget);
  }

  /** Summarizes an analyzed story; lets callers run several summarizers on one analysis. */
  public Summary summarize(AnalyzedStory story, Summarizer summarizer, Budget budget) {
    Selection selection = summarizer.select(story, budget);
    Citer citer = new Citer(story);
    List<SummarySentence> sentences = new ArrayList<>();
    List<Selection.Item> printed = Representatives.choose(story, budget, selection.items());
    for (Selection.Item item : ReadingOrder.order(story, printed)) {
      int s = item.sentence();
      int offset = story.sentence(s).span().start();
      List<Span> pieces = story.printedPieces(s).stream()
          .map(p -> new Span(offset + p.start(), offset + p.end())).toList();
      sentences.add(new SummarySentence(story.printed(s), s, item.score(), citer.cite(s), pieces));
    }
    return new Summary(story.story(), summarizer.name(), sentences);
  }

  /** Cleans, analyzes, summarizes and cross-examines one story: the cited summary and the cross-source report. */
  public StoryReport report(Story story, Summarizer summarizer, Budget budget) {
    return report(clean(story), summarizer, budget);
  }

  /** Analyzes, summarizes and cross-examines a story already cleaned by {@link #clean}. */
  public StoryReport report(CleanedStory cleaned, Summarizer summarizer, Budget budget) {
    AnalyzedStory analyzed = analyze(cleaned);
    return new StoryReport(summarize(analyzed, summarizer, budget), budget, CrossSourceReport.of(analyzed));
  }
}
