package dev.precis.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class StoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir, Duration.ofMillis(300), CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static NewArticle article(String url, String title, String text) {
    return new NewArticle(url, title, "The Test Courier", "Ada Reporter", "en", LocalDateTime.of(2026, 3, 9, 8, 30),
        text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", null);
  }

  @Test
  void storesAndReadsBackEveryField() {
    Store.Insert in = store.insertArticle(article("https://courier.example/a", "Ferry runs aground",
        "The morning ferry ran aground off Gull Point on Monday."));
    assertThat(in.created()).isTrue();
    StoredArticle a = store.article(in.id()).orElseThrow();
    assertThat(a.url()).isEqualTo("https://courier.example/a");
    assertThat(a.title()).isEqualTo("Ferry runs aground");
    assertThat(a.source()).isEqualTo("The Test Courier");
    assertThat(a.author()).isEqualTo("Ada Reporter");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 30));
    assertThat(a.text()).isEqualTo("The morning ferry ran aground off Gull Point on Monday.");
    assertThat(a.rawType()).isEqualTo("text/plain");
    assertThat(a.received()).isEqualTo(CLOCK.instant());
    assertThat(a.contentHash()).hasSize(64).isEqualTo(Store.sha256(a.text()));
    assertThat(store.article(in.id() + 1)).isEmpty();
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
  }

  @Test
  void theSameUrlOrTheSameTextGivesTheExistingId() {
    long first = store.insertArticle(article("https://courier.example/a", "One", "First text.")).id();
    Store.Insert sameUrl = store.insertArticle(article("https://courier.example/a", "One", "Edited text."));
    Store.Insert sameText = store.insertArticle(article("https://other.example/b", "Copy", "First text."));
    Store.Insert sameTextNoUrl = store.insertArticle(article(null, null, "First text."));
    Store.Insert other = store.insertArticle(article(null, null, "Another text."));
    assertThat(List.of(sameUrl, sameText, sameTextNoUrl)).allSatisfy(i -> {
      assertThat(i.id()).isEqualTo(first);
      assertThat(i.created()).isFalse();
    });
    assertThat(other.created()).isTrue();
    assertThat(other.id()).isNotEqualTo(first);
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void aBatchIsStoredInOneTransactionEachItemIdempotent() throws Exception {
    long earlier = store.insertArticle(article("https://courier.example/a", "One", "First text.")).id();
    List<Store.Insert> batch = store.insertArticles(List.of(
        article("https://courier.example/a", "One again", "Edited first text."),
        article(null, "Two", "Second text."),
        article("https://courier.example/c", "Copy of two", "Second text."),
        article("https://courier.example/d", "Three", "Third text.")));
    assertThat(batch).extracting(Store.Insert::created).containsExactly(false, true, false, true);
    assertThat(batch.get(0).id()).isEqualTo(earlier);
    assertThat(batch.get(2).id()).as("a repeat within the batch").isEqualTo(batch.get(1).id());
    assertThat(store.articleCount()).isEqualTo(3);

    long pages = pageCount(store.file());
    store.limitPages(pages + 2);
    String big = "A long sentence about the harbour that fills page after page of the store. ".repeat(2000);
    assertThatThrownBy(() -> store.insertArticles(List.of(article(null, "Fits", "A short fourth text."),
        article(null, "Too big", big)))).isInstanceOf(StoreUnavailableException.class);
    assertThat(store.articleCount()).as("nothing of a failed batch").isEqualTo(3);
    assertThat(store.search("fourth", 10)).isEmpty();
    assertThat(integrity(store.file())).isEqualTo("ok");
  }

  @Test
  void searchFindsWordsOfTitlesAndTextsAndIgnoresQuerySyntax() {
    long ferry = store.insertArticle(article(null, "Ferry runs aground", "Passengers waited on deck.")).id();
    long bridge = store.insertArticle(article(null, "Bridge closed", "The ferry service doubled its crossings.")).id();
    store.insertArticle(article(null, "Council budget", "Nothing about boats here."));
    assertThat(store.search("ferry", 10)).containsExactlyInAnyOrder(ferry, bridge);
    assertThat(store.search("passengers", 10)).containsExactly(ferry);
    assertThat(store.search("ferry crossings", 10)).containsExactly(bridge);
    assertThat(store.search("Fërry", 10)).containsExactlyInAnyOrder(ferry, bridge);
    assertThat(store.search("\"ferry\" (*", 10)).containsExactlyInAnyOrder(ferry, bridge);
    assertThat(store.search("ferry OR council", 10)).isEmpty();
    assertThat(store.search("--- ", 10)).isEmpty();
  }

  @Test
  void aLockHeldByAnotherConnectionIsUnavailableNotCorruption() throws Exception {
    long before = store.insertArticle(article(null, "Before", "Stored before the lock.")).id();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement s = other.createStatement()) {
      s.executeUpdate("BEGIN IMMEDIATE");
      s.executeUpdate("INSERT INTO articles (content_hash, text, received) VALUES ('x', 'Held by the other"
          + " connection.', '2026-03-10T12:00:00Z')");
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> store.insertArticle(article(null, "During", "Written during the lock.")))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("locked by another process")
          .hasMessageContaining(store.file().toString());
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
      // readers are not blocked by a writer in WAL mode
      assertThat(store.article(before)).isPresent();
      s.executeUpdate("COMMIT");
    }
    long after = store.insertArticle(article(null, "After", "Written after the lock.")).id();
    assertThat(store.articleCount()).isEqualTo(3);
    assertThat(store.search("during", 10)).isEmpty();
    assertThat(store.article(after)).isPresent();
    assertThat(integrity(store.file())).isEqualTo("ok");
  }

  @Test
  void aFullDiskIsUnavailableAndLeavesTheStoreAsItWas() throws Exception {
    long kept = store.insertArticle(article(null, "Kept", "Stored while there was room.")).id();
    long pages = pageCount(store.file());
    store.limitPages(pages + 2);
    String big = "A long sentence about the harbour that fills page after page of the store. ".repeat(2000);
    assertThatThrownBy(() -> store.insertArticle(article(null, "Too big", big)))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("disk holding the store is full");
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.article(kept)).isPresent();
    assertThat(store.search("harbour", 10)).isEmpty();
    store.limitPages(1_000_000);
    assertThat(store.insertArticle(article(null, "Fits now", big)).created()).isTrue();
    assertThat(integrity(store.file())).isEqualTo("ok");
  }

  @Test
  void concurrentWritersAndReadersSeeEveryCommittedArticle() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Long>> writes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        writes.add(pool.submit(() -> store.insertArticle(article(null, "Item " + n, "Article number " + n + ".")).id()));
      }
      List<Future<Long>> reads = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        reads.add(pool.submit(store::articleCount));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<Long> f : writes) {
        long id = f.get();
        ids.add(id);
        assertThat(store.article(id)).isPresent();
      }
      for (Future<Long> f : reads) {
        assertThat(f.get()).isBetween(0L, 200L);
      }
      assertThat(ids).hasSize(200);
      assertThat(store.articleCount()).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void feedsAreRecordedOnceAndTheirStateIsKeptAcrossReopening() {
    FeedSpec spec = new FeedSpec(java.net.URI.create("http://feeds.example/rss"), true, Duration.ofMinutes(10));
    FeedState first = store.syncFeeds(List.of(spec)).get(0);
    assertThat(first.nextCheck()).isEqualTo(CLOCK.instant());
    assertThat(first.errorCount()).isZero();
    assertThat(first.fetchPages()).isTrue();
    FeedState fetched = new FeedState(first.id(), first.url(), true, first.interval(),
        CLOCK.instant().plusSeconds(600), CLOCK.instant(), 200, null, 0, first.itemsSeen(), "\"v1\"",
        "Tue, 10 Mar 2026 11:00:00 GMT", Duration.ofMinutes(10));
    int created = store.recordFetch(fetched, List.of(article("http://feeds.example/1", "One", "Item one."),
        article("http://feeds.example/2", "Two", "Item two.")));
    assertThat(created).isEqualTo(2);
    store.close();
    store = Store.open(dir, Duration.ofMillis(300), CLOCK);
    FeedState again = store.syncFeeds(List.of(new FeedSpec(spec.url(), false, Duration.ofMinutes(20)))).get(0);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.fetchPages()).isFalse();
    assertThat(again.interval()).isEqualTo(Duration.ofMinutes(20));
    assertThat(again.nextCheck()).isEqualTo(CLOCK.instant().plusSeconds(600));
    assertThat(again.lastStatus()).isEqualTo(200);
    assertThat(again.etag()).isEqualTo("\"v1\"");
    assertThat(again.lastModified()).isEqualTo("Tue, 10 Mar 2026 11:00:00 GMT");
    assertThat(again.itemsSeen()).isEqualTo(2);
    assertThat(store.feeds()).hasSize(1);
  }

  @Test
  void aFeedAddedOnThePageIsDueAtOnceKeptOnceAndToldApartFromConfiguredOnes() {
    FeedState configured = store.syncFeeds(List.of(new FeedSpec(java.net.URI.create("http://feeds.example/rss"),
        false, Duration.ofMinutes(10)))).get(0);
    FeedSpec spec = new FeedSpec(java.net.URI.create("https://wire.example/atom"), true, Duration.ofMinutes(30));
    FeedState added = store.addFeed(spec);
    assertThat(added.url()).isEqualTo(spec.url());
    assertThat(added.fetchPages()).isTrue();
    assertThat(added.interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(added.nextCheck()).isEqualTo(CLOCK.instant());
    assertThat(store.addFeed(new FeedSpec(spec.url(), false, Duration.ofMinutes(5)))).isEqualTo(added);
    assertThat(store.addFeed(new FeedSpec(configured.url(), false, Duration.ofMinutes(5))).id())
        .isEqualTo(configured.id());
    store.close();
    store = Store.open(dir, Duration.ofMillis(300), CLOCK);
    assertThat(store.feedsAddedOnPage()).containsExactly(added);
    assertThat(store.feeds()).hasSize(2);
  }

  @Test
  void aClosedStoreRefusesWrites() {
    store.close();
    assertThatThrownBy(() -> store.insertArticle(article(null, null, "Late.")))
        .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("closed");
    store = Store.open(dir, Duration.ofMillis(300), CLOCK);
  }

  static String integrity(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      return r.getString(1);
    }
  }

  private static long pageCount(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA page_count")) {
      r.next();
      return r.getLong(1);
    }
  }
}
