package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Option;
import dev.precis.model.OptionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {
  private static final ClusterOptions NEWS = StoryClusterers.defaults("news");

  @Test
  void everyOptionIsDescribedAndRoundTrips() {
    Map<String, String> all = NEWS.toMap();
    assertThat(ClusterOptions.OPTIONS).extracting(Option::name).containsExactlyElementsOf(all.keySet());
    for (Option<?> o : ClusterOptions.OPTIONS) {
      assertThat(String.valueOf(o.defaultValue())).as(o.name()).isEqualTo(all.get(o.name()));
      assertThat(o.doc()).isNotBlank();
      assertThat(o.range()).isNotBlank();
    }
    assertThat(NEWS.with(all)).isEqualTo(NEWS);
    assertThat(NEWS.with(Map.of())).isEqualTo(NEWS);
    assertThat(ClusterOptions.defaults("news")).isEqualTo(NEWS);
  }

  @Test
  void readsTypedValues() {
    ClusterOptions o = NEWS.with(Map.of("window", "3", "horizon", "1000", "threshold", " 0.4",
        "similarity", "Centroid", "language", "DE"));
    assertThat(o.window()).isEqualTo(3);
    assertThat(o.horizon()).isEqualTo(1000);
    assertThat(o.threshold()).isEqualTo(0.4);
    assertThat(o.similarity()).isEqualTo(ClusterOptions.Similarity.CENTROID);
    assertThat(o.language()).isEqualTo("de");
    assertThat(o.toMap()).containsEntry("window", "3.0").containsEntry("threshold", "0.4")
        .containsEntry("similarity", "centroid");
  }

  @Test
  void unknownOptionNamesTheAlgorithmAndTheKnownOnes() {
    assertThatThrownBy(() -> StoryClusterers.create("tfidf", Map.of("windw", "3")))
        .isInstanceOf(OptionException.class)
        .hasMessage("tfidf has no option 'windw'; its options: window, horizon, threshold, datedThreshold, similarity,"
            + " lead, titleWeight, entityBoost, decay, copy, language, embedding, embeddingLead");
  }

  @Test
  void outOfRangeAndMalformedValuesAreNamed() {
    assertBad("threshold", "1.5", "news: option threshold must be above 0 and at most 1, got 1.5");
    assertBad("threshold", "0", "news: option threshold must be above 0 and at most 1, got 0.0");
    assertBad("window", "-1", "news: option window must be above 0 and at most 3650, got -1.0");
    assertBad("horizon", "99999999999",
        "news: option horizon takes an integer (1 to 100000000), got '99999999999'");
    assertBad("lead", "many", "news: option lead takes an integer (1 to 100000), got 'many'");
    assertBad("decay", "NaN", "news: option decay must be 0 to 3650, got NaN");
    assertBad("similarity", "max", "news: option similarity must be average, centroid or link, got max");
    assertBad("language", "english", "news: option language must be a language code such as en, got english");
  }

  private static void assertBad(String name, String value, String message) {
    assertThatThrownBy(() -> NEWS.with(Map.of(name, value))).isInstanceOf(OptionException.class)
        .hasMessage(message);
  }

  @Test
  void unknownAlgorithmNamesTheKnownOnes() {
    assertThatThrownBy(() -> StoryClusterers.create("kmeans", Map.of()))
        .hasMessage("unknown clustering algorithm 'kmeans'; known: news, tfidf, embed");
  }
}
