package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.precis.model.Document;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules every story clusterer obeys. Each clusterer's test extends this class and names its algorithm; the
 * contract is then checked for it without further code.
 */
public abstract class StoryClustererContractTest {
  static final LocalDateTime DAY0 = LocalDateTime.of(2026, 5, 4, 8, 0);

  /** The algorithm under test, as registered in {@link StoryClusterers}. */
  protected abstract String algorithm();

  protected StoryClusterer clusterer(Map<String, String> options) {
    return StoryClusterers.create(algorithm(), options);
  }

  static Document article(String id, LocalDateTime date, String title, String text) {
    return new Document(id, title, null, null, date, text);
  }

  static final String FERRY = "The island ferry Marnie Vale ran aground on the Tolley sandbank at dawn on Sunday, and"
      + " coastguard boats took its 212 passengers off by noon. The operator Greyline Sea said the hull was not"
      + " breached and that the ship would be towed to Portkell once the tide turned.";
  static final String ORCHARD = "Hail the size of marbles stripped the blossom from the cherry orchards of the Aske"
      + " valley on Tuesday afternoon, and growers fear the loss of most of this year's crop. The farmers' union"
      + " asked the regional council for emergency grants.";

  @Test
  void isRegisteredUnderItsName() {
    StoryClusterer c = clusterer(Map.of());
    assertThat(c.name()).isEqualTo(algorithm());
    assertThat(StoryClusterers.names()).contains(algorithm());
    assertThat(c.options()).isEqualTo(StoryClusterers.defaults(algorithm()));
  }

  @Test
  void emptyStreamHoldsNothing() {
    StoryClusterer c = clusterer(Map.of());
    assertThat(c.openStories()).isZero();
    assertThat(c.openArticles()).isZero();
  }

  @Test
  void oneArticleOpensOneStory() {
    StoryClusterer c = clusterer(Map.of());
    StoryClusterer.Assignment a = c.assign(article("a", DAY0, "Ferry aground", FERRY));
    assertThat(a.article()).isEqualTo("a");
    assertThat(a.story()).isEqualTo("s1");
    assertThat(a.opened()).isTrue();
    assertThat(a.score()).isZero();
    assertThat(c.openStories()).isEqualTo(1);
    assertThat(c.openArticles()).isEqualTo(1);
  }

  @Test
  void identicalArticlesShareAStoryAndOthersDoNot() {
    StoryClusterer c = clusterer(Map.of());
    String first = c.assign(article("a", DAY0, "Ferry aground", FERRY)).story();
    StoryClusterer.Assignment copy = c.assign(article("b", DAY0.plusHours(1), "Ferry aground", FERRY));
    assertThat(copy.story()).isEqualTo(first);
    assertThat(copy.opened()).isFalse();
    assertThat(copy.score()).isGreaterThan(0.5);
    StoryClusterer.Assignment other = c.assign(article("c", DAY0.plusHours(2), "Hail in the valley", ORCHARD));
    assertThat(other.story()).isNotEqualTo(first);
    assertThat(other.opened()).isTrue();
    assertThat(c.openStories()).isEqualTo(2);
  }

  @Test
  void blankArticleOpensAStoryOfItsOwn() {
    StoryClusterer c = clusterer(Map.of());
    c.assign(article("a", DAY0, null, FERRY));
    assertThat(c.assign(article("b", DAY0, null, " ")).opened()).isTrue();
  }

  @Test
  void sameInputOrderGivesSameStories() {
    assertThat(run(3_000)).isEqualTo(run(3_000));
  }

  private List<String> run(int n) {
    return run(clusterer(Map.of("window", "3")), new SyntheticStream(n, 500, 42));
  }

  private static List<String> run(StoryClusterer c, SyntheticStream stream) {
    List<Document> articles = new ArrayList<>();
    stream.forEachRemaining(r -> articles.add(r.article()));
    return run(c, articles);
  }

  @Test
  void afterAResetStreamsGiveWhatANewClustererGives() {
    StoryClusterer c = clusterer(Map.of("window", "3"));
    List<String> first = run(c, crowded());
    c.reset();
    assertThat(c.openStories()).isZero();
    assertThat(c.openArticles()).isZero();
    // Two articles alike only in the words the crowd shared: a new clusterer indexes those words again.
    List<Document> pair = List.of(article("x", DAY0, null, madeUp(SHARED, 0, 10) + madeUp(9_000, 0, 5)),
        article("y", DAY0, null, madeUp(SHARED, 0, 10) + madeUp(9_100, 0, 5)));
    List<String> fresh = run(clusterer(Map.of("window", "3")), pair);
    assertThat(fresh.get(1)).startsWith("y s1 ");
    assertThat(run(c, pair)).isEqualTo(fresh);
    c.reset();
    assertThat(run(c, crowded())).isEqualTo(first);
    c.reset();
    assertThat(run(c, new SyntheticStream(2_000, 500, 42)))
        .isEqualTo(run(clusterer(Map.of("window", "3")), new SyntheticStream(2_000, 500, 42)));
  }

  private static final int SHARED = 100_000;

  /**
   * More stories than a term is indexed for ({@link OnlineClusterer#MAX_POSTINGS}), each of its own words and ten
   * words they all share: those ten are held by too many open stories to be indexed any longer.
   */
  private static List<Document> crowded() {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      out.add(article("c" + i, DAY0, null, madeUp(SHARED, 0, 10) + madeUp(i * 40, 0, 40)));
    }
    return out;
  }

  /** Sentences of made-up words number {@code from} to {@code from + n - 1}, five words a sentence. */
  private static String madeUp(int base, int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < from + n; k++) {
      int w = base + k;
      StringBuilder word = new StringBuilder("vo");
      do {
        word.append((char) ('a' + w % 26));
        w /= 26;
      } while (w > 0);
      b.append(word).append((k - from) % 5 == 4 ? ". " : " ");
    }
    return b.toString();
  }

  private static List<String> run(StoryClusterer c, List<Document> articles) {
    List<String> out = new ArrayList<>();
    for (Document d : articles) {
      StoryClusterer.Assignment a = c.assign(d);
      out.add(a.article() + " " + a.story() + " " + a.score());
    }
    return out;
  }

  @Test
  void analysisOnWorkerThreadsGivesTheSameStories() {
    List<String> plain = run(3_000);
    for (int workers : new int[] {1, 3}) {
      StoryClusterer c = clusterer(Map.of("window", "3"));
      List<String> out = new ArrayList<>();
      boolean all = ClusterPipeline.run(new SyntheticStream(3_000, 500, 42), ArticleRows.Row::article, c, workers,
          (r, a) -> out.add(a.article() + " " + a.story() + " " + a.score()));
      assertThat(all).isTrue();
      assertThat(out).as("%d workers", workers).isEqualTo(plain);
    }
  }

  @Test
  void anArticlePreparedByAnotherClustererIsRefused() {
    StoryClusterer.Prepared p = clusterer(Map.of()).prepare(article("a", DAY0, "Ferry aground", FERRY));
    assertThatThrownBy(() -> clusterer(Map.of()).assign(p)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article a was prepared by another clusterer");
  }

  @Test
  void storiesOlderThanTheWindowCloseAndTheirStateGoes() {
    StoryClusterer c = clusterer(Map.of("window", "2"));
    String ferry = c.assign(article("a", DAY0, "Ferry aground", FERRY)).story();
    assertThat(c.assign(article("b", DAY0.plusDays(1), "Ferry aground", FERRY)).story()).isEqualTo(ferry);
    // Three days after the ferry's newest article its story has closed: the same text opens a new one.
    assertThat(c.isOpen(ferry)).isTrue();
    StoryClusterer.Assignment later = c.assign(article("c", DAY0.plusDays(4), "Hail", ORCHARD));
    assertThat(c.openStories()).isEqualTo(1);
    assertThat(c.openArticles()).isEqualTo(1);
    assertThat(c.isOpen(ferry)).isFalse();
    assertThat(c.isOpen(later.story())).isTrue();
    assertThat(c.isOpen("no such story")).isFalse();
    StoryClusterer.Assignment again = c.assign(article("d", DAY0.plusDays(4), "Ferry aground", FERRY));
    assertThat(again.opened()).isTrue();
    assertThat(again.story()).isNotIn(ferry, later.story());
  }

  @Test
  void undatedStoriesCloseAfterTheHorizon() {
    StoryClusterer c = clusterer(Map.of("horizon", "2"));
    String ferry = c.assign(article("a", null, null, FERRY)).story();
    c.assign(article("b", null, null, ORCHARD));
    c.assign(article("c", null, null, ORCHARD));
    c.assign(article("d", null, null, ORCHARD));
    assertThat(c.openStories()).isEqualTo(1);
    assertThat(c.isOpen(ferry)).isFalse();
    assertThat(c.assign(article("e", null, null, FERRY)).story()).isNotEqualTo(ferry);
  }

  @Test
  void hundredThousandArticlesInBoundedMemory() {
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      int perDay = 2_000;
      StoryClusterer c = clusterer(Map.of("window", "3"));
      SyntheticStream stream = new SyntheticStream(100_000, perDay, 7);
      int maxArticles = 0;
      int maxStories = 0;
      int n = 0;
      while (stream.hasNext()) {
        c.assign(stream.next().article());
        if (++n % 1_000 == 0) {
          maxArticles = Math.max(maxArticles, c.openArticles());
          maxStories = Math.max(maxStories, c.openStories());
        }
      }
      // Open state is bounded by the window (3 days plus the day being filled), not by the 50 days streamed.
      assertThat(maxArticles).isLessThanOrEqualTo(4 * perDay + 1);
      assertThat(maxStories).isLessThanOrEqualTo(maxArticles);
      assertThat(c.openArticles()).isGreaterThan(2 * perDay);
    });
  }

  @Test
  void generatedStoriesAreFoundWell() {
    ClusterEvaluator.Report r = ClusterEvaluator.evaluate(new SyntheticStream(5_000, 1_000, 11),
        clusterer(Map.of("window", "3")));
    assertThat(r.articles()).isEqualTo(5_000);
    assertThat(r.scores().bcubedF1()).as("%s", r.scores()).isGreaterThan(0.9);
  }
}
