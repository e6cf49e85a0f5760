package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Document;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityKeysTest {
  private static final List<Document> STREAM = stream();

  private static List<Document> stream() {
    return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
        new SyntheticStream(400, 50, 3), 0), false).map(ArticleRows.Row::article).toList();
  }

  private static SimilarityKeys keys(int bands, int rows) {
    return new SimilarityKeys("news", Map.of(), DocumentFrequencies.count(STREAM.iterator(),
        ClusterOptions.defaults("news")), 12, bands, rows);
  }

  private static boolean share(long[] a, long[] b) {
    return Arrays.stream(a).anyMatch(k -> Arrays.stream(b).anyMatch(j -> j == k));
  }

  @Test
  void theSameArticleHasTheSameKeysAndAnArticleWithoutTermsNone() {
    SimilarityKeys k = keys(12, 1);
    Document d = STREAM.get(5);
    assertThat(k.keys(d)).hasSize(12).isEqualTo(k.keys(d.withId("again")));
    assertThat(k.keys(Document.of("empty", "the of and"))).isEmpty();
  }

  @Test
  void articlesOfOneStoryShareKeysFarMoreOftenThanArticlesOfTwo() {
    SimilarityKeys k = keys(12, 1);
    List<ArticleRows.Row> rows = java.util.stream.StreamSupport.stream(java.util.Spliterators
        .spliteratorUnknownSize(new SyntheticStream(400, 50, 3), 0), false).toList();
    int same = 0;
    int sameShared = 0;
    int other = 0;
    int otherShared = 0;
    for (int i = 0; i < rows.size(); i += 3) {
      for (int j = i + 1; j < Math.min(rows.size(), i + 40); j++) {
        boolean shared = share(k.keys(rows.get(i).article()), k.keys(rows.get(j).article()));
        if (rows.get(i).story().equals(rows.get(j).story())) {
          same++;
          sameShared += shared ? 1 : 0;
        } else {
          other++;
          otherShared += shared ? 1 : 0;
        }
      }
    }
    assertThat(same).isGreaterThan(50);
    assertThat(sameShared / (double) same).isGreaterThan(0.9);
    assertThat(otherShared / (double) other).isLessThan(0.1);
  }

  @Test
  void moreRowsMakeRarerKeys() {
    long[] one = keys(8, 1).keys(STREAM.get(0));
    long[] four = keys(8, 4).keys(STREAM.get(0));
    assertThat(one).hasSize(8);
    assertThat(four).hasSize(8).isNotEqualTo(one);
    assertThatThrownBy(() -> keys(9, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 32");
  }
}
