package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingMathTest {
  @Test
  void ranksByDescendingScoreThenTieThenPosition() {
    double[] score = {0.5, 0.9, 0.5, 0.5, 0.1};
    int[] tie = {7, 3, 2, 7, 0};
    assertThat(RankingMath.rank(5, i -> score[i], i -> tie[i])).containsExactly(1, 2, 0, 3, 4);
  }

  /** The heap's top k is the sort's first k, on scores with many ties and ties with repeats. */
  @Test
  void topIsTheStartOfTheFullRanking() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(60);
      double[] score = IntStream.range(0, n).mapToDouble(i -> random.nextInt(6) / 2.0).toArray();
      int[] tie = IntStream.range(0, n).map(i -> random.nextInt(8)).toArray();
      Integer[] sorted = IntStream.range(0, n).boxed().toArray(Integer[]::new);
      Arrays.sort(sorted, Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> tie[i]));
      int[] expected = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
      assertThat(RankingMath.rank(n, i -> score[i], i -> tie[i])).containsExactly(expected);
      for (int k : new int[] {0, 1, random.nextInt(n + 1), n, n + 3}) {
        assertThat(RankingMath.top(n, k, i -> score[i], i -> tie[i]))
            .containsExactly(Arrays.copyOf(expected, Math.min(k, n)));
      }
    }
  }

  /**
   * A sentence that repeats part of one taken loses {@code penalty} times its cosine to it, so a slightly less
   * likely sentence about something else goes first; plain greedy takes the repetition.
   */
  @Test
  void penalizedPrefersALessLikelySentenceToAPartialRepetition() {
    String text = "The harbour ferry ran aground near the north pier on Monday morning. "
        + "The ferry ran aground because the pier lights had been out for a week, officials said. "
        + "All forty passengers were brought ashore by lifeboat crews without injury.";
    AnalyzedStory story = new Precis().analyze(Story.of("a", List.of(Document.of("d0", text))));
    int[] c = RankingMath.candidates(story);
    assertThat(c).hasSize(3);
    assertThat(story.group(c[0])).isNotEqualTo(story.group(c[1]));
    double cosine = story.vector(c[0]).dot(story.vector(c[1]));
    assertThat(cosine).isGreaterThan(0.05);
    double[] scores = {1.0, 0.9, 0.9 - 0.25 * cosine};
    Budget two = Budget.sentences(2);
    assertThat(RankingMath.greedy(story, two, c, scores, 1.0).items()).extracting(Selection.Item::sentence)
        .containsExactly(c[0], c[1]);
    assertThat(RankingMath.penalized(story, two, c, scores, 1.0, 0.5).items()).extracting(Selection.Item::sentence)
        .containsExactly(c[0], c[2]);
    assertThat(RankingMath.penalized(story, two, c, scores, 1.0, 0.0).items())
        .isEqualTo(RankingMath.greedy(story, two, c, scores, 1.0).items());
  }
}
