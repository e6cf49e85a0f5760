package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;

/**
 * The baseline: sentences of the first article in order, then the next article's, until the budget is full.
 * Sentences that do not fit are skipped, so a shorter later one may still be taken.
 */
public final class LeadSummarizer implements Summarizer {
  @Override
  public String name() {
    return "lead";
  }

  @Override
  public String description() {
    return "first sentences of the first article, then the next (baseline)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    Selection selection = new Selection(story, budget);
    for (int s = 0; s < story.size() && selection.remaining() > 0; s++) {
      selection.add(s, 1.0 / (1 + story.sentence(s).position()));
    }
    return selection;
  }
}
