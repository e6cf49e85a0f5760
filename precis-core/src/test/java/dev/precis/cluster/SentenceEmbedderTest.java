package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real sentence embedding model: offline, deterministic, and a clustering run through it. */
class SentenceEmbedderTest {
  private static final String RESCUE = "Coastguard crews lifted 212 people off a passenger ship that struck a"
      + " sandbank near Tolley before sunrise on Sunday.";

  /**
   * Loads the model while every connection the JVM would open goes through a selector that records it and sends it
   * to a closed port on loopback: DJL calls home and fetches libraries unless told not to.
   */
  @Test
  void loadsAndEmbedsWithoutOpeningAConnection() throws Exception {
    List<URI> attempts = Collections.synchronizedList(new ArrayList<>());
    ProxySelector before = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        attempts.add(uri);
        Proxy.Type type = uri.getScheme().startsWith("http") ? Proxy.Type.HTTP : Proxy.Type.SOCKS;
        return List.of(new Proxy(type, new InetSocketAddress("127.0.0.1", 1)));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException e) {}
    });
    try {
      float[] v = SentenceEmbedder.shared().embed(RESCUE);
      assertThat(v).hasSize(SentenceEmbedder.DIMENSIONS);
    } finally {
      ProxySelector.setDefault(before);
    }
    assertThat(attempts).isEmpty();
    assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
    assertThat(System.getProperty("DJL_OFFLINE")).isEqualTo("true");
  }

  @Test
  void embeddingsAreUnitLengthAndTheSameOnEveryThread() throws Exception {
    SentenceEmbedder e = SentenceEmbedder.shared();
    float[] first = e.embed(StoryClustererContractTest.FERRY);
    assertThat(ArticleEmbeddings.dot(first, first)).isCloseTo(1, within(1e-4));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<float[]>> again = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        again.add(pool.submit(() -> e.embed(StoryClustererContractTest.FERRY)));
      }
      for (Future<float[]> f : again) {
        assertThat(f.get()).containsExactly(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRetellingIsNearerThanAnotherStory() {
    SentenceEmbedder e = SentenceEmbedder.shared();
    float[] ferry = e.embed(StoryClustererContractTest.FERRY);
    double retold = ArticleEmbeddings.dot(ferry, e.embed(RESCUE));
    double other = ArticleEmbeddings.dot(ferry, e.embed(StoryClustererContractTest.ORCHARD));
    assertThat(retold).isGreaterThan(other + 0.2);
  }

  @Test
  void theEmbedAlgorithmGroupsARetellingThatSharesFewWords() {
    StoryClusterer embed = StoryClusterers.create("embed", Map.of("copy", "0"));
    StoryClusterer news = StoryClusterers.create("news", Map.of("copy", "0"));
    for (StoryClusterer c : new StoryClusterer[] {embed, news}) {
      c.assign(StoryClustererContractTest.article("a", StoryClustererContractTest.DAY0, "Ferry aground",
          StoryClustererContractTest.FERRY));
      c.assign(StoryClustererContractTest.article("b", StoryClustererContractTest.DAY0, "Hail in the valley",
          StoryClustererContractTest.ORCHARD));
    }
    StoryClusterer.Assignment withEmbeddings = embed.assign(StoryClustererContractTest.article("c",
        StoryClustererContractTest.DAY0, "Passengers rescued", RESCUE));
    StoryClusterer.Assignment withWords = news.assign(StoryClustererContractTest.article("c",
        StoryClustererContractTest.DAY0, "Passengers rescued", RESCUE));
    assertThat(withEmbeddings.story()).isEqualTo("s1");
    assertThat(withEmbeddings.score()).isGreaterThan(withWords.score());
  }
}
