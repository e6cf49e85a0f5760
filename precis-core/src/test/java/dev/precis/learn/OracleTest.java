package dev.precis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleTest {
  private static final List<String> REFERENCE =
      List.of("A harbour ferry ran aground near the north pier; lifeboat crews brought all forty passengers ashore.");

  private static AnalyzedStory analyzed(String... texts) {
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Document.of("d" + i, texts[i]));
    }
    return new Precis().analyze(Story.of("s", docs));
  }

  private static int[] all(AnalyzedStory story) {
    return java.util.stream.IntStream.range(0, story.size()).filter(story::isCandidate).toArray();
  }

  @Test
  void takesTheSentencesTheReferenceSaysAndNothingThatAddsNothing() {
    AnalyzedStory story = analyzed("The harbour ferry ran aground near the north pier on Monday morning. "
        + "Weather forecasters expect light winds over the weekend in the south. "
        + "All forty passengers were brought ashore by lifeboat crews without injury.");
    int[] candidates = all(story);
    float[] labels = Oracle.labels(Oracle.Label.ORACLE, story, candidates,
        List.of("A harbour ferry ran aground near the north pier; lifeboat crews brought all forty passengers ashore."),
        100);
    assertThat(labels).containsExactly(1, 0, 1);
    float[] order = Oracle.labels(Oracle.Label.ORDER, story, candidates, REFERENCE, 100);
    assertThat(order[1]).isZero();
    assertThat(Math.max(order[0], order[2])).isEqualTo(1);
    assertThat(Math.min(order[0], order[2])).isEqualTo(0.5f);
    float[] gain = Oracle.labels(Oracle.Label.GAIN, story, candidates, REFERENCE, 100);
    assertThat(Math.max(gain[0], gain[2])).isEqualTo(1);
    assertThat(gain[1]).isLessThan(Math.min(gain[0], gain[2])).isGreaterThanOrEqualTo(0);
  }

  @Test
  void respectsTheBudget() {
    AnalyzedStory story = analyzed("The harbour ferry ran aground near the north pier on Monday morning. "
        + "All forty passengers were brought ashore by lifeboat crews without injury.");
    float[] labels = Oracle.labels(Oracle.Label.ORACLE, story, all(story),
        List.of("The harbour ferry ran aground near the north pier on Monday morning, and all forty passengers were"
            + " brought ashore by lifeboat crews without injury."), 13);
    assertThat(labels[0] + labels[1]).isEqualTo(1);
  }

  @Test
  void tokensAreRougesLowerCasedAsciiRuns() {
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    assertThat(Oracle.tokens("U.S. police-chief's $5,000 café", ids)).hasSize(8);
    assertThat(ids).containsKeys("u", "s", "police", "chief", "5", "000", "caf");
  }
}
