package dev.precis.compare;

import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import java.util.Objects;

/**
 * Everything the report of one story shows; {@code Precis.report} makes it. The documents are {@code summary.story().documents()} (the cleaned
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
}
