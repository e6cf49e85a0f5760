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
  void theJarsModelScoresEveryCandidateAsAProbability() {
    AnalyzedStory story = new Precis().analyze(TestStories.ferry());
    int[] candidates = SentenceFeatures.candidates(story);
    double[] p = new LearnedSummarizer().scores(story, candidates);
    assertThat(p).hasSize(candidates.length);
    assertThat(Arrays.stream(p).allMatch(v -> v > 0 && v < 1)).isTrue();
    assertThat(Arrays.stream(p).distinct().count()).isGreaterThan(1);
  }

  @Test
  void withoutABonusItIsCoverage() {
    AnalyzedStory story = new Precis().analyze(TestStories.ferry());
    Summarizer plain = new LearnedSummarizer().with(LearnedSummarizer.BONUS, 0.0);
    for (int words : new int[] {30, 80, 150}) {
      assertThat(plain.select(story, Budget.words(words)).items())
          .isEqualTo(new CoverageSummarizer().select(story, Budget.words(words)).items());
    }
  }

  @Test
  void rankModeTakesTheLikeliestSentenceFirst() {
    AnalyzedStory story = new Precis().analyze(TestStories.ferry());
    LearnedSummarizer rank = (LearnedSummarizer) new LearnedSummarizer().with(LearnedSummarizer.RANK, true);
    int[] candidates = SentenceFeatures.candidates(story);
    double[] p = rank.scores(story, candidates);
    double best = Arrays.stream(p).max().orElseThrow();
    assertThat(rank.select(story, Budget.words(150)).items().get(0).score()).isEqualTo(best);
  }
}
