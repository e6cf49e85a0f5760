package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubmodularSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new SubmodularSummarizer();
  }

  /** Two themes: a flood told many times, and a single unrelated election note. */
  private static Story floodAndElection() {
    return Story.of("two-themes", List.of(
        Document.of("a", "The river flooded the old market district on Monday morning. "
            + "Flood water from the river covered the market district streets for hours. "
            + "Shopkeepers in the market district lost stock to the flood water."),
        Document.of("b", "River water flooded the market district after heavy rain on Monday. "
            + "The flooded market district was closed by police until the river fell. "
            + "The mayor set a new election date for three vacant council seats."),
        Document.of("c", "Traders said the flood in the market district was the worst in years. "
            + "Emergency crews pumped flood water out of the market district cellars.")));
  }

  @Test
  void firstPickIsTheSentenceThatCoversTheStoryBest() {
    Summary summary = new Precis().summarize(floodAndElection(), "submodular", Budget.sentences(1));
    assertThat(summary.sentences()).hasSize(1);
    assertThat(summary.sentences().get(0).text()).containsIgnoringCase("market district")
        .doesNotContain("election");
  }

  @Test
  void greedyKeysNeverIncrease() {
    // F is submodular, so the scaled gain of each greedy pick is at most that of the pick before it.
    double r = 0.3;
    AnalyzedStory story = new Precis().analyze(TestStories.generated(40, 2));
    Budget budget = Budget.words(250);
    Selection selection = new SubmodularSummarizer().with(SubmodularSummarizer.R, r).select(story, budget);
    assertThat(selection.size()).isGreaterThan(3);
    double previous = Double.MAX_VALUE;
    for (Selection.Item item : selection.items()) {
      double key = item.score() / Math.pow(selection.cost(item.sentence()), r);
      assertThat(key).isLessThanOrEqualTo(previous + 1e-9).isGreaterThanOrEqualTo(0);
      previous = key;
    }
  }

  @Test
  void kMeansSeparatesThemesAndIsDeterministic() {
    AnalyzedStory story = new Precis().analyze(Story.of("themes", List.of(
        Document.of("a", "The ferry ran aground on the sandbank near the harbour. "
            + "Lifeboats took the ferry passengers off the sandbank. "
            + "The harbour master blamed a low tide for the ferry grounding."),
        Document.of("b", "The council approved the school budget after a long debate. "
            + "Teachers welcomed the school budget approved by the council. "
            + "The school budget adds funds for council run libraries."))));
    int[] pool = IntStream.range(0, story.size()).toArray();
    int[] first = SubmodularSummarizer.kMeans(story, pool, 2);
    int[] second = SubmodularSummarizer.kMeans(story, pool, 2);
    assertThat(first).containsExactly(second);
    for (int s = 0; s < story.size(); s++) {
      for (int t = 0; t < story.size(); t++) {
        boolean sameTheme = story.sentence(s).document() == story.sentence(t).document();
        assertThat(first[s] == first[t]).as("sentences %d and %d", s, t).isEqualTo(sameTheme);
      }
    }
  }

  @Test
  void largerCostExponentPrefersShorterSentences() {
    Precis precis = new Precis();
    AnalyzedStory story = precis.analyze(TestStories.generated(30, 4));
    Summary byGain = precis.summarize(story, new SubmodularSummarizer().with(SubmodularSummarizer.R, 0.0),
        Budget.words(200));
    Summary perWord = precis.summarize(story, new SubmodularSummarizer().with(SubmodularSummarizer.R, 1.0),
        Budget.words(200));
    double meanByGain = (double) byGain.words() / byGain.sentences().size();
    double meanPerWord = (double) perWord.words() / perWord.sentences().size();
    assertThat(meanPerWord).isLessThanOrEqualTo(meanByGain);
  }

  @Test
  void boundedGroundSetStillSummarizesLargeStories() {
    Precis precis = new Precis();
    AnalyzedStory story = precis.analyze(TestStories.generated(200, 9));
    Summary small = precis.summarize(story, new SubmodularSummarizer().with(Map.of("maxCandidates", "50", "maxTargets", "80")), Budget.words(100));
    assertThat(small.sentences()).isNotEmpty();
    assertThat(small.words()).isLessThanOrEqualTo(100);
  }

  @Test
  void tenArticleStoryTakesMilliseconds() {
    AnalyzedStory story = new Precis().analyze(TestStories.generated(10, 5));
    Summarizer submodular = new SubmodularSummarizer();
    for (int warm = 0; warm < 20; warm++) {
      submodular.select(story, Budget.words(100));
    }
    double fastest = Double.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      submodular.select(story, Budget.words(100));
      fastest = Math.min(fastest, (System.nanoTime() - start) / 1e6);
    }
    assertThat(fastest).as("milliseconds").isLessThan(50);
  }

  @Test
  void rejectsInvalidOptions() {
    assertThatThrownBy(() -> new SubmodularSummarizer().with(SubmodularSummarizer.A, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubmodularSummarizer().with(SubmodularSummarizer.CLUSTER_SHARE, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubmodularSummarizer().with(SubmodularSummarizer.LAMBDA, -1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
