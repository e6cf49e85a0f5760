package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.OptionException;
import dev.precis.model.Story;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexRankSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new LexRankSummarizer();
  }

  /** One sentence that sums up a storm, placed late, and sentences that each repeat one part of it. */
  private static AnalyzedStory stormStory() {
    return new Precis().analyze(Story.of("storm", List.of(
        Document.of("a", "Power crews worked through the night to restore power to homes across the county. "
            + "Schools will stay closed until Thursday, the education board said. "
            + "A bakery on Juniper Street celebrated its fiftieth anniversary with free cake."),
        Document.of("b", "Several flooded roads trapped drivers near the river on Monday. "
            + "Grounded flights left hundreds of travellers sleeping at the airport. "
            + "The storm cut power, closed schools, flooded roads and grounded flights across Velmont County."))));
  }

  @Test
  void theMostCentralSentenceComesFirst() {
    AnalyzedStory story = stormStory();
    Selection one = new LexRankSummarizer().select(story, Budget.sentences(1));
    assertThat(story.sentence(one.items().get(0).sentence()).text()).startsWith("The storm cut power");
  }

  @Test
  void aSentenceSharingNothingKeepsItsSelfLoopShare() {
    // As in the paper's matrix, a sentence's similarity to itself stays in its row: a sentence without
    // neighbours keeps exactly the average score 1/n, below the hub.
    AnalyzedStory story = stormStory();
    List<Selection.Item> all = new LexRankSummarizer().with(Map.of("maxSimilarity", "1")).select(story, Budget.sentences(10))
        .items();
    assertThat(all).hasSize(6);
    assertThat(story.sentence(all.get(0).sentence()).text()).startsWith("The storm cut power");
    Selection.Item bakery = all.stream()
        .filter(i -> story.sentence(i.sentence()).text().contains("bakery")).findFirst().orElseThrow();
    assertThat(bakery.score()).isCloseTo(1.0 / 6, within(1e-6));
  }

  @Test
  void pageRankFavoursTheHubOfAStar() {
    // Node 0 joined to nodes 1-4; node 5 alone.
    int[][] neighbors = {{1, 2, 3, 4}, {0}, {0}, {0}, {0}, {}};
    float[][] weights = {{1, 1, 1, 1}, {1}, {1}, {1}, {1}, {}};
    double[] rank = RankingMath.pageRank(new RankingMath.Graph(neighbors, weights), 0.85);
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-9));
    for (int leaf = 1; leaf <= 4; leaf++) {
      assertThat(rank[0]).isGreaterThan(rank[leaf]);
      assertThat(rank[leaf]).isCloseTo(rank[1], within(1e-12));
    }
    assertThat(rank[5]).isLessThan(rank[1]);
  }

  @Test
  void poolBoundsTheGraphOfALargeStory() {
    AnalyzedStory story = new Precis().analyze(TestStories.generated(30, 5));
    int[] candidates = RankingMath.candidates(story);
    assertThat(candidates.length).isGreaterThan(50);
    int[] pool = RankingMath.pool(story, candidates, 50);
    assertThat(pool).hasSize(50).isSorted();
    assertThat(Arrays.stream(pool).allMatch(story::isCandidate)).isTrue();
    // A pool of 50 still yields a full summary, from pool sentences only.
    Selection selection = new LexRankSummarizer().with(Map.of("poolSize", "50")).select(story, Budget.words(100));
    assertThat(selection.isEmpty()).isFalse();
    assertThat(selection.items()).allSatisfy(i -> assertThat(pool).contains(i.sentence()));
  }

  @Test
  void rejectsOptionsOutOfRange() {
    assertThatThrownBy(() -> new LexRankSummarizer().with(Map.of("threshold", "1"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new LexRankSummarizer().with(Map.of("damping", "1"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new LexRankSummarizer().with(Map.of("maxSimilarity", "0"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new LexRankSummarizer().with(Map.of("poolSize", "0"))).isInstanceOf(OptionException.class);
  }
}
