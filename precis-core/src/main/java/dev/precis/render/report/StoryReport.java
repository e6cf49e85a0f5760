package dev.precis.render.report;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.clean.CleanedStory;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.report.CrossSourceReport;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import java.util.Objects;

/**
 * Everything the report of one story shows. The documents are {@code summary.story().documents()} (the cleaned
 * texts): the summary's citations and every span of {@code report} refer to them.
 *
 * @param summary the cited summary, as {@code precis summarize} makes it
 * @param budget the budget the summary was made for, or null when unknown
 * @param report the cross-source analysis of the same (cleaned, analyzed) story
 */
public record StoryReport(Summary summary, Budget budget, CrossSourceReport report) {
  public StoryReport {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(report, "report");
  }

  /** The story the report is about (its documents are the cleaned texts). */
  public Story story() {
    return summary.story();
  }

  /** Cleans, analyzes, summarizes and cross-examines one story. */
  public static StoryReport of(Precis precis, Story story, Summarizer summarizer, Budget budget) {
    return of(precis, precis.clean(story), summarizer, budget);
  }

  /** Analyzes, summarizes and cross-examines a story already cleaned by {@link Precis#clean}. */
  public static StoryReport of(Precis precis, CleanedStory cleaned, Summarizer summarizer, Budget budget) {
    AnalyzedStory analyzed = precis.analyze(cleaned);
    Summary summary = precis.summarize(analyzed, summarizer, budget);
    return new StoryReport(summary, budget, CrossSourceReport.of(analyzed));
  }
}
