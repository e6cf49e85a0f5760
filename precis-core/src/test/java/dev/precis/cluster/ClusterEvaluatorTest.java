package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.precis.model.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterEvaluatorTest {
  private static Map<String, String> map(String... idStory) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < idStory.length; i += 2) {
      m.put(idStory[i], idStory[i + 1]);
    }
    return m;
  }

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> gold = map("a", "x", "b", "x", "c", "y");
    ClusterEvaluator.Scores s = ClusterEvaluator.score(gold, map("a", "1", "b", "1", "c", "2"));
    assertThat(List.of(s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwiseF1(), s.ari()))
        .allSatisfy(v -> assertThat(v).isCloseTo(1, offset(1e-12)));
  }

  @Test
  void scoresAWorkedExample() {
    // Gold: {a b c} {d e}; predicted: {a b} {c d e}.
    Map<String, String> gold = map("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
    ClusterEvaluator.Scores s = ClusterEvaluator.score(gold, map("a", "1", "b", "1", "c", "2", "d", "2", "e", "2"));
    // B-cubed precision: a,b 2/2; c 1/3; d,e 2/3 -> (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15.
    assertThat(s.bcubedPrecision()).isCloseTo(11 / 15.0, offset(1e-12));
    // Recall: a,b 2/3; c 1/3; d,e 2/2 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    assertThat(s.bcubedRecall()).isCloseTo(11 / 15.0, offset(1e-12));
    assertThat(s.bcubedF1()).isCloseTo(11 / 15.0, offset(1e-12));
    // Pairs together in both: ab, de = 2; predicted pairs 1 + 3 = 4; gold pairs 3 + 1 = 4.
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, offset(1e-12));
    assertThat(s.pairwiseRecall()).isCloseTo(0.5, offset(1e-12));
    // ARI: expected = 4 * 4 / 10 = 1.6; (2 - 1.6) / (4 - 1.6) = 1/6.
    assertThat(s.ari()).isCloseTo(1 / 6.0, offset(1e-12));
  }

  @Test
  void allInOneStoryHasFullRecall() {
    ClusterEvaluator.Scores s = ClusterEvaluator.score(map("a", "x", "b", "y"), map("a", "1", "b", "1"));
    assertThat(s.bcubedRecall()).isEqualTo(1);
    assertThat(s.bcubedPrecision()).isEqualTo(0.5);
    assertThat(s.ari()).isEqualTo(0);
  }

  @Test
  void repeatedIdCountsOnceWithItsLastVersion() {
    List<ArticleRows.Row> rows = List.of(
        new ArticleRows.Row(Document.of("a", StoryClustererContractTest.FERRY), "en", "x"),
        new ArticleRows.Row(Document.of("b", StoryClustererContractTest.ORCHARD), "en", "y"),
        new ArticleRows.Row(Document.of("a", StoryClustererContractTest.FERRY + " The tide turned."), "en", "x"),
        new ArticleRows.Row(Document.of("u", StoryClustererContractTest.FERRY), "en", null));
    ClusterEvaluator.Report r = ClusterEvaluator.evaluate(rows.iterator(), StoryClusterers.create("news", Map.of()));
    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.goldStories()).isEqualTo(2);
    assertThat(r.predictedStories()).isEqualTo(2);
    assertThat(r.dated()).isFalse();
    assertThat(r.scores().bcubedF1()).isEqualTo(1);
    assertThat(r.seconds()).isPositive();
  }
}
