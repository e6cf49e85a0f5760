package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.server.feed.FakeFeedServer;
import dev.precis.server.feed.Feeds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during a burst of posts: after a restart every acknowledged article is there, unchanged, SQLite's
 * integrity check passes, the feed's state is resumed (its next check is kept: it is not fetched again at once),
 * and the story updater resumes: every article ends up in a story and no shown story's latest version lacks its
 * newest article.
 */
@Timeout(120)
class KillTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ACKS_BEFORE_KILL = 150;

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyAcknowledgedArticleSurvivesAKillDuringABurst() throws Exception {
    try (FakeFeedServer feed = new FakeFeedServer()) {
      feed.on("/rss", x -> FakeFeedServer.send(x, 200, "application/rss+xml",
          Feeds.rss(null, "http://courier.example/1", "http://courier.example/2")));
      killAndRestart(feed);
    }
  }

  private void killAndRestart(FakeFeedServer feed) throws Exception {
    Map<Long, String> acked = new ConcurrentHashMap<>();
    AtomicInteger failures = new AtomicInteger();
    String feedUrl = feed.uri("/rss").toString();
    Process first = startServer(feedUrl);
    int port = port(first);
    JsonNode polled = awaitFeedState(port);
    assertThat(polled.get("last_status").asInt()).isEqualTo(200);
    assertThat(polled.get("items_seen").asLong()).isEqualTo(2);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    AtomicInteger next = new AtomicInteger();
    for (int t = 0; t < 4; t++) {
      clients.submit(() -> {
        while (first.isAlive() || failures.get() == 0) {
          int n = next.getAndIncrement();
          String text = "Dispatch " + n + ": the harbour office logged vessel " + n + " entering the north channel"
              + " at high tide, and the pilot boat escorted it to berth " + (n % 40) + ".";
          try {
            HttpResponse<String> r = post(port, text);
            if (r.statusCode() == 201) {
              acked.put(JSON.readTree(r.body()).get("id").asLong(), text);
            }
          } catch (Exception e) {
            failures.incrementAndGet();
            return;
          }
        }
      });
    }
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(60).toNanos();
    while (acked.size() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    System.out.println("KillTest: " + acked.size() + " acknowledged in " + (System.nanoTime() - started) / 1_000_000
        + " ms");
    first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
    first.waitFor(10, TimeUnit.SECONDS);
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(acked.size()).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    assertThat(failures.get()).as("posts cut off by the kill").isPositive();

    Process second = startServer(feedUrl);
    try {
      int port2 = port(second);
      JsonNode resumed = awaitFeedState(port2);
      assertThat(resumed.get("next_check").asText()).isEqualTo(polled.get("next_check").asText());
      assertThat(resumed.get("last_fetch").asText()).isEqualTo(polled.get("last_fetch").asText());
      assertThat(resumed.get("items_seen").asLong()).isEqualTo(2);
      assertThat(feed.requestsTo("/rss")).as("the feed is not fetched again before its next check").isEqualTo(1);
      for (Map.Entry<Long, String> e : acked.entrySet()) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port2
            + "/api/articles/" + e.getKey())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("article %d", e.getKey()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.get("text").asText()).isEqualTo(e.getValue());
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("precis.db"));
          Statement s = c.createStatement()) {
        try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
          r.next();
          assertThat(r.getString(1)).isEqualTo("ok");
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
          r.next();
          assertThat(r.getLong(1)).isGreaterThanOrEqualTo(acked.size());
        }
        // FTS5's own check: fails with SQLITE_CORRUPT when the index does not match the articles
        s.executeUpdate("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
      }
      awaitStoriesIdle(port2);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("precis.db"));
          Statement s = c.createStatement()) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles"
            + " WHERE id NOT IN (SELECT article_id FROM story_articles)")) {
          r.next();
          assertThat(r.getLong(1)).as("articles in no story after the restart").isZero();
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stories WHERE outlet_count >= 2"
            + " AND (summarized_article IS NULL OR summarized_article < newest_article)")) {
          r.next();
          assertThat(r.getLong(1)).as("stories whose latest version lacks their newest article").isZero();
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM story_versions")) {
          r.next();
          assertThat(r.getLong(1)).isPositive();
        }
      }
    } finally {
      second.destroyForcibly();
      second.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private HttpResponse<String> post(int port, String text) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer " + HttpApiTest.TOKEN)
        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(text)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The feed's state once it has been fetched (waiting at most 20 s). */
  private JsonNode awaitFeedState(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/api/feeds")).build(), HttpResponse.BodyHandlers.ofString());
      JsonNode state = JSON.readTree(r.body()).get("feeds").get(0);
      if (!state.get("last_fetch").isNull() || System.nanoTime() > deadline) {
        return state;
      }
      Thread.sleep(20);
    }
  }

  /** Waits (at most 90 s) until the restarted server has clustered every article and summarized every story. */
  private void awaitStoriesIdle(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
      if (JSON.readTree(r.body()).get("stories").get("idle").asBoolean()) {
        return;
      }
      assertThat(System.nanoTime()).as("the story updater's backlog drains").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private Process startServer(String feedUrl) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // C1 only: the child starts in about half the time
    return new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", cp,
        ServerProcess.class.getName(), dir.toString(), feedUrl).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Reads the child's {@code PORT n} line (waiting at most 90 s: a JVM start takes over 30 s on a busy machine). */
  private static int port(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      String line = reader.submit(out::readLine).get(90, TimeUnit.SECONDS);
      assertThat(line).as("the child server's first line").startsWith("PORT ");
      return Integer.parseInt(line.substring(5).strip());
    } finally {
      reader.shutdownNow();
    }
  }
}
