package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterPipelineTest {
  @Test
  void stopsWhenTheSinkSaysSoAndReadsBoundedAhead() {
    int[] read = {0};
    Iterator<ArticleRows.Row> rows = new SyntheticStream(10_000, 1_000, 3);
    Iterator<ArticleRows.Row> counted = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ArticleRows.Row next() {
        read[0]++;
        return rows.next();
      }
    };
    List<String> seen = new ArrayList<>();
    boolean all = ClusterPipeline.run(counted, ArticleRows.Row::article, StoryClusterers.create("news", Map.of()), 2,
        (r, a) -> seen.add(a.article()) && seen.size() < 10);
    assertThat(all).isFalse();
    assertThat(seen).hasSize(10);
    assertThat(read[0]).isLessThanOrEqualTo(10 + ClusterPipeline.IN_FLIGHT);
  }

  @Test
  void aFailingAnalysisReachesTheCaller() {
    StoryClusterer news = StoryClusterers.create("news", Map.of());
    StoryClusterer failing = new StoryClusterer() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public ClusterOptions options() {
        return news.options();
      }

      @Override
      public Prepared prepare(Document article) {
        throw new IllegalStateException("cannot analyze " + article.id());
      }

      @Override
      public Assignment assign(Prepared article) {
        return news.assign(article);
      }

      @Override
      public int openStories() {
        return 0;
      }

      @Override
      public int openArticles() {
        return 0;
      }

      @Override
      public boolean isOpen(String story) {
        return false;
      }

      @Override
      public void reset() {
        news.reset();
      }
    };
    Iterator<Document> one = List.of(Document.of("x", "Some text.")).iterator();
    assertThatThrownBy(() -> ClusterPipeline.run(one, d -> d, failing, 1, (d, a) -> true))
        .isInstanceOf(IllegalStateException.class).hasMessage("cannot analyze x");
  }
}
