package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default algorithm weighing terms by document frequencies counted beforehand (as each block of the Spark job
 * does): the contract holds, and the frequencies count and merge as one count of everything.
 */
class FixedFrequenciesClustererTest extends StoryClustererContractTest {
  /** Frequencies of a small collection: the contract's own stories and some others. */
  private static final DocumentFrequencies COUNTED = DocumentFrequencies.count(List.of(
      article("f", DAY0, "Ferry aground", FERRY), article("o", DAY0, "Hail strips orchards", ORCHARD),
      article("x", DAY0, "Council budget", "The council passed its budget on Monday after a long debate about"
          + " road repairs and the cost of the new library.")).iterator(), ClusterOptions.defaults("news"));

  @Override
  protected String algorithm() {
    return "news";
  }

  @Override
  protected StoryClusterer clusterer(Map<String, String> options) {
    return StoryClusterers.create(algorithm(), options, COUNTED);
  }

  @Test
  void countsPerPartMergeIntoTheCountOfTheWhole() {
    List<Document> all = new ArrayList<>();
    SyntheticStream stream = new SyntheticStream(60, 20, 7);
    stream.forEachRemaining(r -> all.add(r.article()));
    DocumentFrequencies whole = DocumentFrequencies.count(all.iterator(), ClusterOptions.defaults("news"));
    DocumentFrequencies parts = DocumentFrequencies.count(all.subList(0, 25).iterator(), ClusterOptions.defaults("news"))
        .merge(DocumentFrequencies.count(all.subList(25, 60).iterator(), ClusterOptions.defaults("news")));
    assertThat(parts.documents()).isEqualTo(whole.documents()).isEqualTo(60);
    assertThat(parts.df).isEqualTo(whole.df);
  }

  @Test
  void givenFrequenciesAreNotChangedByClustering() {
    DocumentFrequencies f = DocumentFrequencies.count(List.of(article("f", DAY0, "Ferry", FERRY)).iterator(),
        ClusterOptions.defaults("news"));
    int[] before = f.df.clone();
    StoryClusterer c = StoryClusterers.create("news", Map.of(), f);
    c.assign(article("o", DAY0, "Hail", ORCHARD));
    assertThat(f.df).isEqualTo(before);
    assertThat(f.documents()).isEqualTo(1);
  }
}
