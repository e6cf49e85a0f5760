package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code embed} algorithm (option embedding above 0): the contract, and how the sentence embeddings enter the
 * similarity. The contract's long streams would take the real model hours, so these tests embed with
 * {@link WordHashEmbedder}; {@link SentenceEmbedderTest} checks the model itself and a run through it.
 */
class EmbeddingClustererTest extends StoryClustererContractTest {
  @Override
  protected String algorithm() {
    return "embed";
  }

  @Override
  protected StoryClusterer clusterer(Map<String, String> options) {
    return StoryClusterers.create(algorithm(), options, new WordHashEmbedder());
  }

  @Test
  void isTheNewsAlgorithmWithEmbeddingsOn() {
    ClusterOptions embed = StoryClusterers.defaults("embed");
    assertThat(embed.embedding()).isPositive();
    assertThat(StoryClusterers.defaults("news").embedding()).isZero();
    assertThat(embed.with(Map.of("embedding", "0", "threshold", "0.23", "datedThreshold", "0.18", "lead", "500")))
        .isEqualTo(StoryClusterers.defaults("news").with(Map.of()));
  }

  @Test
  void withoutTheOptionNothingIsEmbedded() {
    WordHashEmbedder embedder = new WordHashEmbedder();
    StoryClusterer news = StoryClusterers.create("news", Map.of(), embedder);
    news.assign(article("a", DAY0, "Ferry aground", FERRY));
    news.assign(article("b", DAY0, "Hail", ORCHARD));
    assertThat(embedder.calls).isZero();
    StoryClusterer embed = StoryClusterers.create("embed", Map.of(), embedder);
    embed.assign(article("a", DAY0, "Ferry aground", FERRY));
    assertThat(embedder.calls).isEqualTo(1);
  }

  @Test
  void theScoreMixesTheLexicalAndTheEmbeddingSimilarity() {
    String refloated = "Two tugs refloated the Marnie Vale from the Tolley sandbank on Sunday evening; divers will"
        + " inspect the hull in Portkell.";
    double[] score = new double[3];
    double[] share = {0, 0.5, 1};
    for (int k = 0; k < 3; k++) {
      StoryClusterer c = StoryClusterers.create("news", Map.of("copy", "0", "threshold", "0.01",
          "similarity", "average", "embedding", Double.toString(share[k])), new WordHashEmbedder());
      String story = c.assign(article("a", DAY0, "Ferry aground", FERRY)).story();
      StoryClusterer.Assignment b = c.assign(article("b", DAY0, "Ferry refloated", refloated));
      assertThat(b.story()).isEqualTo(story);
      score[k] = b.score();
    }
    WordHashEmbedder e = new WordHashEmbedder();
    double cosine = ArticleEmbeddings.dot(e.embed("Ferry aground.\n" + FERRY),
        e.embed("Ferry refloated.\n" + refloated));
    assertThat(score[2]).isCloseTo(cosine, within(1e-6));
    assertThat(score[1]).isCloseTo((score[0] + score[2]) / 2, within(1e-6));
  }

  @Test
  void aNewVersionReplacesTheEmbeddingOfTheEarlierOne() {
    StoryClusterer c = clusterer(Map.of("copy", "0", "embedding", "1", "threshold", "0.01"));
    String story = c.assign(article("a", DAY0, "Hail", ORCHARD)).story();
    c.assign(article("a", DAY0, "Ferry aground", FERRY));
    // The story now holds only the ferry text: the same text again scores 1 against it.
    StoryClusterer.Assignment again = c.assign(article("b", DAY0, "Ferry aground", FERRY + " Update."));
    assertThat(again.story()).isEqualTo(story);
    WordHashEmbedder e = new WordHashEmbedder();
    assertThat(again.score()).isCloseTo(ArticleEmbeddings.dot(e.embed("Ferry aground.\n" + FERRY),
        e.embed("Ferry aground.\n" + FERRY + " Update.")), within(1e-6));
  }

  @Test
  void embeddedTextIsTheTitleAndTheLead() {
    assertThat(ArticleEmbeddings.text(article("a", null, " Ferry aground ", "one two three four"), 2))
        .isEqualTo("Ferry aground.\none two");
    assertThat(ArticleEmbeddings.text(article("a", null, null, "one two three"), 5)).isEqualTo("one two three");
    assertThat(ArticleEmbeddings.text(article("a", null, "Title", " "), 5)).isEqualTo("Title");
  }
}
