package dev.precis.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PoliteFetcherTest {
  static final PoliteFetcher.Settings SETTINGS = new PoliteFetcher.Settings("Precis-test/1 (+http://precis.example)",
      Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(3), 64 * 1024, 5);

  private FakeFeedServer server;
  private FakeFeedServer elsewhere;
  private PoliteFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeedServer();
    elsewhere = new FakeFeedServer();
    fetcher = new PoliteFetcher(new AllowedHosts(List.of(server.uri("/feed")), List.of()), SETTINGS);
  }

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  @Test
  void sendsItsNameAndTheConditionalHeadersAndTakesA304WithoutABody() throws Exception {
    server.on("/feed", x -> {
      if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        FakeFeedServer.send(x, 304, null, "");
      } else {
        x.getResponseHeaders().set("ETag", "\"v1\"");
        FakeFeedServer.send(x, 200, "application/rss+xml", "<rss/>");
      }
    });
    PoliteFetcher.Response first = fetcher.get(server.uri("/feed"), null, null);
    assertThat(first.status()).isEqualTo(200);
    assertThat(new String(first.body())).isEqualTo("<rss/>");
    assertThat(first.header("ETag")).isEqualTo("\"v1\"");
    PoliteFetcher.Response second = fetcher.get(server.uri("/feed"), "\"v1\"", "Tue, 10 Mar 2026 11:00:00 GMT");
    assertThat(second.status()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    FakeFeedServer.Seen seen = server.seen.get(1);
    assertThat(seen.header("User-Agent")).isEqualTo(SETTINGS.userAgent());
    assertThat(seen.header("If-Modified-Since")).isEqualTo("Tue, 10 Mar 2026 11:00:00 GMT");
  }

  @Test
  void followsRedirectsOnTheConfiguredHost() throws Exception {
    server.on("/old", x -> FakeFeedServer.redirect(x, 301, "/moved"))
        .on("/moved", x -> FakeFeedServer.redirect(x, 302, server.uri("/feed").toString()))
        .on("/feed", x -> FakeFeedServer.send(x, 200, "text/xml", "<rss/>"));
    PoliteFetcher.Response r = fetcher.get(server.uri("/old"), null, null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.uri()).isEqualTo(server.uri("/feed"));
  }

  @Test
  void aRedirectToAnUnconfiguredHostIsRefusedAndThatHostNeverContacted() {
    elsewhere.on("/feed", x -> FakeFeedServer.send(x, 200, "text/xml", "<rss/>"));
    server.on("/feed", x -> FakeFeedServer.redirect(x, 302, elsewhere.uri("/feed").toString()));
    assertThatThrownBy(() -> fetcher.get(server.uri("/feed"), null, null))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("redirected to an address that is not configured: " + elsewhere.uri("/feed"));
    server.on("/other-name", x -> FakeFeedServer.redirect(x, 302, "http://localhost:" + server.port() + "/feed"));
    assertThatThrownBy(() -> fetcher.get(server.uri("/other-name"), null, null))
        .hasMessageContaining("not configured: http://localhost:");
    assertThatThrownBy(() -> fetcher.get(elsewhere.uri("/feed"), null, null))
        .hasMessageContaining("not a configured address");
    assertThatThrownBy(() -> fetcher.get(URI.create("file:///etc/passwd"), null, null))
        .hasMessageContaining("not a configured address");
    assertThat(elsewhere.seen).isEmpty();
  }

  @Test
  void redirectLoopsAndLongChainsEnd() {
    server.on("/a", x -> FakeFeedServer.redirect(x, 307, "/b")).on("/b", x -> FakeFeedServer.redirect(x, 308, "/a"));
    assertThatThrownBy(() -> fetcher.get(server.uri("/a"), null, null)).hasMessageContaining("redirect loop at");
    for (int i = 0; i < 10; i++) {
      int next = i + 1;
      server.on("/hop" + i, x -> FakeFeedServer.redirect(x, 302, "/hop" + next));
    }
    assertThatThrownBy(() -> fetcher.get(server.uri("/hop0"), null, null))
        .hasMessageContaining("more than 5 redirects");
    assertThat(server.requestsTo("/hop6")).isZero();
    server.on("/nowhere", x -> x.sendResponseHeaders(302, -1));
    assertThatThrownBy(() -> fetcher.get(server.uri("/nowhere"), null, null))
        .hasMessageContaining("redirect without a Location");
  }

  @Test
  void aBodyOverTheCapIsRefusedWhetherAnnouncedOrNot() {
    byte[] big = new byte[200 * 1024];
    server.on("/announced", x -> {
      x.sendResponseHeaders(200, big.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(big);
      }
    }).on("/chunked", x -> {
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        out.write(big);
      }
    });
    assertThatThrownBy(() -> fetcher.get(server.uri("/announced"), null, null))
        .hasMessageContaining("body of 204800 bytes is over the limit of 65536");
    assertThatThrownBy(() -> fetcher.get(server.uri("/chunked"), null, null))
        .hasMessageContaining("body over the limit of 65536 bytes");
  }

  @Test
  void aSilentOrDrippingServerTimesOut() {
    server.on("/silent", x -> sleep(2000)).on("/drip", x -> {
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 40; i++) {
          out.write('<');
          out.flush();
          sleep(100);
        }
      }
    });
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> fetcher.get(server.uri("/silent"), null, null)).hasMessageContaining("timed out");
    assertThatThrownBy(() -> fetcher.get(server.uri("/drip"), null, null)).hasMessageContaining("took longer than 3 s");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void oneRequestAtATimePerHost() throws Exception {
    server.on("/feed", x -> {
      sleep(150);
      FakeFeedServer.send(x, 200, "text/xml", "<rss/>");
    });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PoliteFetcher.Response>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        all.add(pool.submit(() -> fetcher.get(server.uri("/feed"), null, null)));
      }
      for (Future<PoliteFetcher.Response> f : all) {
        assertThat(f.get().status()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.requestsTo("/feed")).isEqualTo(4);
    assertThat(server.maxActive.get()).isEqualTo(1);
  }

  @Test
  void errorStatusesAreAnswersWithTheirHeaders() throws Exception {
    server.on("/feed", x -> {
      x.getResponseHeaders().set("Retry-After", "120");
      FakeFeedServer.send(x, 429, "text/plain", "slow down");
    });
    PoliteFetcher.Response r = fetcher.get(server.uri("/feed"), null, null);
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("retry-after")).isEqualTo("120");
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
