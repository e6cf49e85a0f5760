package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.analyze.AnalyzedStory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearnedSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new LearnedSummarizer();
  }

  @Test
  void theJarsModelsScoreEveryCandidateAsAProbability() {
    AnalyzedStory story = new Precis().analyze(TestStories.ferry());
    int[] candidates = SentenceFeatures.candidates(story);
    LearnedSummarizer learned = new LearnedSummarizer();
    for (var model : new dev.precis.learn.TreeModel[] {learned.model(), learned.rankModel()}) {
      double[] p = LearnedSummarizer.scores(model, story, candidates);
      assertThat(p).hasSize(candidates.length);
      assertThat(Arrays.stream(p).allMatch(v -> v > 0 && v < 1)).isTrue();
      assertThat(Arrays.stream(p).distinct().count()).isGreaterThan(1);
    }
  }

  @Test
  void withoutABonusOrLeadWeightAndBelowTheRankShareItIsCoverage() {
    AnalyzedStory story = new Precis().analyze(TestStories.ferry());
    Summarizer plain = new LearnedSummarizer().with(LearnedSummarizer.BONUS, 0.0)
        .with(LearnedSummarizer.LEAD_WEIGHT, 0.0)
        .with(LearnedSummarizer.RANK_SHARE, 2.0);
    for (int words : new int[] {30, 80, 150}) {
      assertThat(plain.select(story, Budget.words(words)).items())
          .isEqualTo(new CoverageSummarizer().select(story, Budget.words(words)).items());
    }
  }

  @Test
  void aBudgetOfAtLeastTheRankShareTakesTheRankModelsLikeliestSentenceFirst() {
    AnalyzedStory story = new Precis().analyze(TestStories.ferry());
    int[] candidates = SentenceFeatures.candidates(story);
    int words = Arrays.stream(candidates).map(story::words).sum();
    LearnedSummarizer learned = new LearnedSummarizer();
    double best = Arrays.stream(LearnedSummarizer.scores(learned.rankModel(), story, candidates)).max().orElseThrow();
    // Half the story's words, above the default share of a quarter: ranked.
    assertThat(learned.select(story, Budget.words(words / 2)).items().get(0).score()).isEqualTo(best);
    // A tenth: coverage with the prior, whose scores are concept weights, not probabilities.
    assertThat(learned.select(story, Budget.words(words / 10)).items().get(0).score()).isGreaterThan(1);
  }
}
