package dev.precis.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.store.FeedSpec;
import dev.precis.server.store.FeedState;
import dev.precis.server.store.Store;
import dev.precis.server.store.StoredArticle;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class FeedPollerTest {
  private static final Instant START = Instant.parse("2026-03-10T12:00:00Z");
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(START);
  private final List<String> log = new CopyOnWriteArrayList<>();
  private FakeFeedServer server;
  private FakeFeedServer elsewhere;
  private Store store;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeedServer();
    elsewhere = new FakeFeedServer();
    store = Store.open(dir, Duration.ofSeconds(2), clock);
  }

  @AfterEach
  void stop() {
    store.close();
    server.close();
    elsewhere.close();
  }

  /** A poller for the given feeds (paths on the fake server), each every ten minutes. */
  private FeedPoller poller(boolean fetchPages, String... paths) {
    List<FeedSpec> specs = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (String p : paths) {
      specs.add(new FeedSpec(server.uri(p), fetchPages, TEN_MINUTES));
      urls.add(server.uri(p));
    }
    List<FeedState> feeds = store.syncFeeds(specs);
    PoliteFetcher fetcher = new PoliteFetcher(new AllowedHosts(urls, List.of()), PoliteFetcherTest.SETTINGS);
    return new FeedPoller(store, fetcher, PollingPolicy.defaults(), clock, feeds, log::add);
  }

  private FeedState state() {
    return store.feeds().get(0);
  }

  @Test
  void storesNewItemsOnceAndA304SkipsParsing() {
    String body = Feeds.rss(null, "http://courier.example/1", "http://courier.example/2");
    server.on("/feed", x -> {
      if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        FakeFeedServer.send(x, 304, null, "");
        return;
      }
      x.getResponseHeaders().set("ETag", "\"v1\"");
      x.getResponseHeaders().set("Last-Modified", "Tue, 10 Mar 2026 11:00:00 GMT");
      FakeFeedServer.send(x, 200, "application/rss+xml", body);
    });
    FeedPoller poller = poller(false, "/feed");
    assertThat(poller.pollDue()).isEqualTo(1);
    FeedState s = state();
    assertThat(s.lastStatus()).isEqualTo(200);
    assertThat(s.itemsSeen()).isEqualTo(2);
    assertThat(s.etag()).isEqualTo("\"v1\"");
    assertThat(s.nextCheck()).isEqualTo(START.plus(TEN_MINUTES));
    assertThat(store.articleCount()).isEqualTo(2);
    StoredArticle a = store.article(store.articleIdByUrl("http://courier.example/1").orElseThrow()).orElseThrow();
    assertThat(a.title()).isEqualTo("Harbour story 1");
    assertThat(a.source()).isEqualTo("Harbour Courier");
    assertThat(a.text()).contains("the event told at http://courier.example/1 from the north quay");
    assertThat(a.feedId()).isEqualTo(s.id());

    assertThat(poller.pollDue()).as("not due yet").isZero();
    clock.advance(TEN_MINUTES);
    assertThat(poller.pollDue()).isEqualTo(1);
    FeedState after = state();
    assertThat(after.lastStatus()).isEqualTo(304);
    assertThat(after.etag()).isEqualTo("\"v1\"");
    assertThat(after.lastModified()).isEqualTo("Tue, 10 Mar 2026 11:00:00 GMT");
    assertThat(after.itemsSeen()).isEqualTo(2);
    assertThat(server.seen.get(1).header("If-Modified-Since")).isEqualTo("Tue, 10 Mar 2026 11:00:00 GMT");

    server.on("/feed", x -> FakeFeedServer.send(x, 200, "application/rss+xml",
        Feeds.rss(null, "http://courier.example/2", "http://courier.example/3", "http://courier.example/1")));
    clock.advance(TEN_MINUTES);
    poller.pollDue();
    assertThat(state().itemsSeen()).isEqualTo(3);
    assertThat(state().etag()).isNull();
    assertThat(store.articleCount()).isEqualTo(3);
  }

  @Test
  void theFeedsTtlAndMaxAgeLengthenTheInterval() {
    server.on("/ttl", x -> FakeFeedServer.send(x, 200, "application/rss+xml", Feeds.rss(60, "http://c.example/1")));
    poller(false, "/ttl").pollDue();
    assertThat(state().nextCheck()).isEqualTo(START.plus(Duration.ofMinutes(60)));
    assertThat(state().currentInterval()).isEqualTo(Duration.ofMinutes(60));

    server.on("/ttl", x -> {
      x.getResponseHeaders().set("Cache-Control", "public, max-age=7200");
      FakeFeedServer.send(x, 304, null, "");
    });
    clock.advance(Duration.ofMinutes(60));
    poller(false, "/ttl").pollDue();
    assertThat(state().nextCheck()).isEqualTo(START.plus(Duration.ofMinutes(60)).plus(Duration.ofHours(2)));
  }

  @Test
  void a304RemembersTheTtlTheFeedGaveBefore() {
    server.on("/ttl", x -> {
      x.getResponseHeaders().set("ETag", "\"t\"");
      FakeFeedServer.send(x, 200, "application/rss+xml", Feeds.rss(45, "http://c.example/1"));
    });
    FeedPoller poller = poller(false, "/ttl");
    poller.pollDue();
    server.on("/ttl", x -> FakeFeedServer.send(x, 304, null, ""));
    clock.advance(Duration.ofMinutes(45));
    poller.pollDue();
    assertThat(state().lastStatus()).isEqualTo(304);
    assertThat(state().nextCheck()).isEqualTo(START.plus(Duration.ofMinutes(90)));
  }

  @Test
  void retryAfterOn429And503IsHonouredInBothForms() {
    server.on("/busy", x -> {
      x.getResponseHeaders().set("Retry-After", "3600");
      FakeFeedServer.send(x, 429, "text/plain", "too many requests");
    });
    FeedPoller poller = poller(false, "/busy");
    poller.pollDue();
    FeedState s = state();
    assertThat(s.lastStatus()).isEqualTo(429);
    assertThat(s.errorCount()).isEqualTo(1);
    assertThat(s.lastError()).startsWith("HTTP 429 from http://127.0.0.1:");
    assertThat(s.nextCheck()).isEqualTo(START.plus(Duration.ofHours(1)));

    clock.advance(Duration.ofHours(1));
    server.on("/busy", x -> {
      x.getResponseHeaders().set("Retry-After", "Tue, 10 Mar 2026 16:00:00 GMT");
      FakeFeedServer.send(x, 503, "text/plain", "maintenance");
    });
    poller.pollDue();
    assertThat(state().errorCount()).isEqualTo(2);
    assertThat(state().nextCheck()).isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
  }

  @Test
  void errorsBackOffAndASuccessResetsThem() {
    server.on("/broken", x -> FakeFeedServer.send(x, 500, "text/plain", "oops"));
    FeedPoller poller = poller(false, "/broken");
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      assertThat(poller.pollDue()).isEqualTo(1);
      FeedState s = state();
      Duration wait = Duration.between(clock.instant(), s.nextCheck());
      waits.add(wait);
      clock.advance(wait.minusSeconds(1));
      assertThat(poller.pollDue()).as("a failing feed is not polled before its backoff").isZero();
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(waits).containsExactly(Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofMinutes(80),
        Duration.ofMinutes(160), Duration.ofMinutes(320), Duration.ofHours(6), Duration.ofHours(6));
    assertThat(state().errorCount()).isEqualTo(7);
    assertThat(server.requestsTo("/broken")).isEqualTo(7);

    server.on("/broken", x -> FakeFeedServer.send(x, 200, "application/rss+xml", Feeds.rss(null, "http://c.example/1")));
    poller.pollDue();
    assertThat(state().errorCount()).isZero();
    assertThat(state().lastError()).isNull();
    assertThat(state().nextCheck()).isEqualTo(clock.instant().plus(TEN_MINUTES));
  }

  @Test
  void theNextCheckIsStoredBeforeTheFetch() {
    List<Instant> seenDuringFetch = new CopyOnWriteArrayList<>();
    server.on("/feed", x -> {
      seenDuringFetch.add(store.feeds().get(0).nextCheck());
      FakeFeedServer.send(x, 200, "application/rss+xml", Feeds.rss(null, "http://c.example/1"));
    });
    poller(false, "/feed").pollDue();
    assertThat(seenDuringFetch).containsExactly(START.plus(Duration.ofMinutes(20)));
    assertThat(state().nextCheck()).isEqualTo(START.plus(TEN_MINUTES));
  }

  @Test
  void brokenFeedsAreErrorsWithTheirReason() {
    byte[] huge = new byte[100 * 1024];
    server.on("/malformed", x -> FakeFeedServer.send(x, 200, "application/rss+xml", "<rss><channel><item><title>"))
        .on("/slow", x -> PoliteFetcherTest.sleep(2000))
        .on("/huge", x -> {
          x.sendResponseHeaders(200, 0);
          try (OutputStream out = x.getResponseBody()) {
            out.write(huge);
          }
        })
        .on("/truncated", x -> {
          byte[] b = Feeds.rss(null, "http://c.example/1").getBytes();
          x.sendResponseHeaders(200, b.length);
          x.getResponseBody().write(b, 0, b.length / 3);
          x.getResponseBody().flush();
          throw new java.io.IOException("connection dropped by the test");
        })
        .on("/loop", x -> FakeFeedServer.redirect(x, 302, "/loop"));
    FeedPoller poller = poller(false, "/malformed", "/slow", "/huge", "/truncated", "/loop");
    assertThat(poller.pollDue()).isEqualTo(5);
    List<FeedState> states = store.feeds();
    assertThat(states).allSatisfy(s -> {
      assertThat(s.errorCount()).isEqualTo(1);
      assertThat(s.nextCheck()).isEqualTo(START.plus(Duration.ofMinutes(20)));
    });
    assertThat(states.get(0).lastError()).contains("/malformed: not a readable RSS/Atom feed");
    assertThat(states.get(1).lastError()).contains("timed out");
    assertThat(states.get(1).lastStatus()).isNull();
    assertThat(states.get(2).lastError()).contains("over the limit");
    assertThat(states.get(3).lastError()).isNotNull();
    assertThat(states.get(4).lastError()).contains("redirect loop");
    assertThat(store.articleCount()).isZero();
    assertThat(log).hasSize(5);
  }

  @Test
  void itemPagesAreFetchedOnlyFromConfiguredHostsAndOnlyOnce() {
    String page1 = server.uri("/news/1").toString();
    String page2 = elsewhere.uri("/news/2").toString();
    server.on("/feed", x -> FakeFeedServer.send(x, 200, "application/rss+xml", Feeds.rss(null, page1, page2)))
        .on("/news/1", x -> FakeFeedServer.send(x, 200, "text/html; charset=utf-8",
            Feeds.page("Quay reopens", "The north quay reopened to shipping on Tuesday.")));
    elsewhere.on("/news/2", x -> FakeFeedServer.send(x, 200, "text/html", Feeds.page("Elsewhere", "Not fetched.")));
    FeedPoller poller = poller(true, "/feed");
    poller.pollDue();
    StoredArticle fromPage = store.article(store.articleIdByUrl(page1).orElseThrow()).orElseThrow();
    assertThat(fromPage.text()).contains("The north quay reopened to shipping on Tuesday.");
    assertThat(fromPage.rawType()).startsWith("text/html");
    assertThat(fromPage.author()).as("the page's byline").isEqualTo("Nell Quayside");
    assertThat(fromPage.language()).isEqualTo("en");
    StoredArticle fromFeed = store.article(store.articleIdByUrl(page2).orElseThrow()).orElseThrow();
    assertThat(fromFeed.text()).contains("the event told at " + page2);
    assertThat(fromFeed.author()).as("the item's dc:creator").isEqualTo("Harbour Reporter 2");
    assertThat(fromFeed.language()).as("the channel's language").isEqualTo("en");
    assertThat(elsewhere.seen).isEmpty();
    assertThat(log).anySatisfy(l -> assertThat(l).contains("not a configured address: " + page2));

    clock.advance(TEN_MINUTES);
    poller.pollDue();
    assertThat(server.requestsTo("/news/1")).as("a stored page is not fetched again").isEqualTo(1);
    assertThat(server.requestsTo("/feed")).isEqualTo(2);
  }

  @Test
  void aFeedAddressAnsweringAPageIsAnErrorNotAnArticle() {
    server.on("/feed", x -> FakeFeedServer.send(x, 200, "text/html", Feeds.page("Moved", "Our feed has moved.")));
    poller(false, "/feed").pollDue();
    FeedState s = state();
    assertThat(s.errorCount()).isEqualTo(1);
    assertThat(s.lastError()).contains("/feed: not a readable RSS/Atom feed");
    assertThat(store.articleCount()).isZero();
  }

  @Test
  void stateIsResumedAfterARestart() {
    server.on("/feed", x -> FakeFeedServer.send(x, 503, "text/plain", "down"));
    poller(false, "/feed").pollDue();
    FeedState before = state();
    store.close();
    store = Store.open(dir, Duration.ofSeconds(2), clock);
    FeedPoller again = poller(false, "/feed");
    assertThat(state()).isEqualTo(before);
    assertThat(again.pollDue()).isZero();
    clock.advance(Duration.ofMinutes(20));
    assertThat(again.pollDue()).isEqualTo(1);
    assertThat(state().errorCount()).isEqualTo(2);
  }

  @Test
  void theBackgroundLoopPollsDueFeeds() throws Exception {
    server.on("/feed", x -> FakeFeedServer.send(x, 200, "application/rss+xml", Feeds.rss(null, "http://c.example/1")));
    try (FeedPoller poller = poller(false, "/feed")) {
      poller.start(2);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (store.articleCount() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(server.requestsTo("/feed")).isEqualTo(1);
  }
}
