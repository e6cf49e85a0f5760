package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {
  @Test
  void everyOptionIsDescribedAndRoundTrips() {
    Map<String, String> all = ClusterOptions.DEFAULTS.toMap();
    assertThat(ClusterOptions.OPTIONS).extracting(ClusterOptions.Option::name).containsExactlyElementsOf(all.keySet());
    for (ClusterOptions.Option o : ClusterOptions.OPTIONS) {
      assertThat(o.defaultValue()).as(o.name()).isEqualTo(all.get(o.name()));
      assertThat(o.doc()).isNotBlank();
      assertThat(o.range()).isNotBlank();
    }
    assertThat(ClusterOptions.fromMap(all)).isEqualTo(ClusterOptions.DEFAULTS);
    assertThat(ClusterOptions.fromMap(Map.of())).isEqualTo(ClusterOptions.DEFAULTS);
  }

  @Test
  void readsTypedValues() {
    ClusterOptions o = ClusterOptions.fromMap(Map.of("window", "3", "horizon", "1_000", " Threshold ", "0.4",
        "similarity", "centroid", "language", "DE"));
    assertThat(o.window()).isEqualTo(3);
    assertThat(o.horizon()).isEqualTo(1000);
    assertThat(o.threshold()).isEqualTo(0.4);
    assertThat(o.similarity()).isEqualTo(ClusterOptions.Similarity.CENTROID);
    assertThat(o.language()).isEqualTo("de");
    assertThat(o.toMap()).containsEntry("window", "3").containsEntry("threshold", "0.4");
  }

  @Test
  void unknownOptionNamesTheKnownOnes() {
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("windw", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option 'windw'; known: window, horizon, threshold, similarity, lead, title-weight,"
            + " entity-boost, decay, copy, language");
  }

  @Test
  void outOfRangeAndMalformedValuesAreNamed() {
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("threshold", "1.5")))
        .hasMessage("option threshold: 1.5 is out of range (0, 1]");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("threshold", "0")))
        .hasMessage("option threshold: 0 is out of range (0, 1]");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("window", "-1")))
        .hasMessage("option window: -1 is out of range (0, 3650]");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("horizon", "99999999999")))
        .hasMessage("option horizon: 2147483647 is out of range [1, 100000000]");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("lead", "many")))
        .hasMessage("option lead: 'many' is not a whole number");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("decay", "NaN")))
        .hasMessage("option decay: 'NaN' is not a number");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("similarity", "max")))
        .hasMessage("option similarity: 'max' is not one of average, centroid, link");
    assertThatThrownBy(() -> ClusterOptions.fromMap(Map.of("language", "english")))
        .hasMessage("option language: 'english' is not a language code such as en");
  }

  @Test
  void unknownAlgorithmNamesTheKnownOnes() {
    assertThatThrownBy(() -> StoryClusterers.create("kmeans", Map.of()))
        .hasMessage("unknown clustering algorithm 'kmeans'; known: news, tfidf");
  }
}
