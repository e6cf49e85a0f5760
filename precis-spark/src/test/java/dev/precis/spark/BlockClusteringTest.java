package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.cluster.ArticleRows;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.DocumentFrequencies;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class BlockClusteringTest {
  private static JobOptions options() throws JobOptions.UsageException {
    return JobOptions.parse(new String[] {"--input", "in", "--output", "out", "--window", "3"});
  }

  private static List<Article> articles(int n, long seed) {
    List<Article> out = new ArrayList<>();
    for (ArticleRows.Row r : JobInputs.stream(n, 60, seed)) {
      out.add(new Article(out.size(), r.article()));
    }
    return out;
  }

  private static List<List<String>> ids(List<BlockClustering.Members> stories) {
    return stories.stream().map(m -> m.articles().stream().map(Article::id).toList()).toList();
  }

  @Test
  void blocksClusteredOneAfterAnotherGetTheStoriesOfAClustererEach() throws Exception {
    List<Article> first = articles(300, 3);
    List<Article> second = articles(200, 4);
    BitSet context = new BitSet();
    context.set(0, 20);
    DocumentFrequencies f = DocumentFrequencies.count(
        first.stream().map(Article::document).iterator(), ClusterOptions.defaults("news"));
    BlockClustering reused = new BlockClustering(options(), f, null);
    List<List<String>> a = ids(reused.stories(first, context));
    List<List<String>> b = ids(reused.stories(second, new BitSet()));
    List<List<String>> c = ids(reused.stories(first, context));
    assertThat(a).isEqualTo(ids(new BlockClustering(options(), f, null).stories(first, context))).isEqualTo(c);
    assertThat(b).isEqualTo(ids(new BlockClustering(options(), f, null).stories(second, new BitSet())));
    assertThat(a.size()).isBetween(2, 280);
  }

  @Test
  void aStoryThatCannotBeSummarizedIsToldWithItsFirstArticleAndTheError() throws Exception {
    BlockClustering clustering = new BlockClustering(options(), new DocumentFrequencies(), story -> {
      throw new IllegalStateException("no sentence in\nstory " + story.id());
    });
    List<Article> members = List.of(new Article(7, Document.of("first", "One sentence here.")),
        new Article(9, Document.of("second", "Another sentence here.")));
    List<BlockClustering.Failure> failed = new ArrayList<>();
    StoryRow row = clustering.row(members, failed::add);
    assertThat(row.id()).isEqualTo("s8");
    assertThat(row.articles()).containsExactly("first", "second");
    assertThat(row.report()).isNull();
    assertThat(failed).hasSize(1);
    BlockClustering.Failure f = failed.get(0);
    assertThat(f.story()).isEqualTo("s8");
    assertThat(f.firstArticle()).isEqualTo("first");
    assertThat(f.error()).startsWith("java.lang.IllegalStateException: no sentence in story s8 at ")
        .contains("BlockClusteringTest");
    assertThat(f).hasToString("story s8 (first article first): " + f.error());
  }

  @Test
  void everyFailureIsCountedAndTheFirstOfATaskKept() throws Exception {
    BlockClustering clustering = new BlockClustering(options(), new DocumentFrequencies(), story -> {
      if (story.documents().size() == 1) {
        throw new IllegalArgumentException("one article");
      }
      return "{}";
    });
    List<Tuple2<Long, List<Article>>> stories = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      List<Article> members = new ArrayList<>();
      for (int k = 0; k < (i % 5 == 0 ? 2 : 1); k++) {
        members.add(new Article(100 * i + k, Document.of("a" + i + "-" + k, "Some text.")));
      }
      stories.add(new Tuple2<>((long) i, members));
    }
    SparkContext sc = SharedSpark.get().sparkContext();
    LongAccumulator failed = sc.longAccumulator();
    CollectionAccumulator<BlockClustering.Failure> kept = sc.collectionAccumulator();
    List<StoryRow> rows = new ArrayList<>();
    PrecisJob.rows(stories.iterator(), clustering, failed, kept).forEachRemaining(rows::add);
    assertThat(rows).hasSize(30);
    assertThat(rows.stream().filter(r -> r.report() != null)).hasSize(6);
    assertThat(failed.value()).isEqualTo(24);
    assertThat(kept.value()).hasSize(JobSummary.FAILURES_SHOWN);
    assertThat(kept.value().get(0).story()).isEqualTo("s101");
    assertThat(kept.value().get(0).error()).startsWith("java.lang.IllegalArgumentException: one article");
  }
}
