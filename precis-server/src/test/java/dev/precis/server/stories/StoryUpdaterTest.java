package dev.precis.server.stories;

import static dev.precis.server.stories.StoryArticles.BREWERY;
import static dev.precis.server.stories.StoryArticles.RAILWAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Document;
import dev.precis.server.PrecisServer;
import dev.precis.server.ServerConfig;
import dev.precis.server.ServerConfig.StorySettings;
import dev.precis.server.store.Store;
import dev.precis.server.ArticleIntake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The story updater through a real server on loopback over a real store: clustering, versions, restarts. */
@Timeout(120)
class StoryUpdaterTest {
  static final String TOKEN = "story-test-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StorySettings FAST = new StorySettings(2, 3, Duration.ofMillis(150), Duration.ofSeconds(2));

  @TempDir Path dir;
  private PrecisServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private PrecisServer start(StorySettings settings) {
    server = PrecisServer.start(new ServerConfig(TOKEN, 1_000_000, List.of(), List.of()).withStories(settings),
        new PrecisServer.Options("127.0.0.1", 0, dir, false, Duration.ofSeconds(10), Duration.ofSeconds(5)),
        Clock.systemUTC(), line -> { });
    return server;
  }

  private void restart(StorySettings settings) {
    server.close();
    server = null;
    start(settings);
  }

  private HttpResponse<String> post(List<Document> docs) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/articles"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(StoryArticles.json(docs))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    return r;
  }

  private long postOne(Document d) throws Exception {
    JsonNode r = JSON.readTree(post(List.of(d)).body());
    return r.get("articles").get(0).get("id").asLong();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** The stories listed by {@code /api/stories}. */
  private List<JsonNode> listed() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    get("/api/stories").get("stories").forEach(out::add);
    return out;
  }

  private static Set<Long> ids(JsonNode list) {
    Set<Long> out = new HashSet<>();
    list.forEach(n -> out.add(n.asLong()));
    return out;
  }

  @Test
  void articlesOfTwoStoriesPostedInMixedOrderLandInTwoStoriesWhoseVersionsGrow() throws Exception {
    start(FAST);
    List<Long> rail = new ArrayList<>();
    List<Long> brew = new ArrayList<>();
    rail.add(postOne(RAILWAY.get(0)));
    brew.add(postOne(BREWERY.get(0)));
    brew.add(postOne(BREWERY.get(1)));
    rail.add(postOne(RAILWAY.get(1)));
    rail.add(postOne(RAILWAY.get(2)));
    brew.add(postOne(BREWERY.get(2)));
    Updates.awaitIdle(server);

    List<JsonNode> stories = listed();
    assertThat(stories).hasSize(2);
    assertThat(stories.stream().map(s -> ids(s.get("article_ids"))).toList())
        .containsExactlyInAnyOrder(new HashSet<>(rail), new HashSet<>(brew));
    JsonNode railStory = stories.stream().filter(s -> ids(s.get("article_ids")).contains(rail.get(0))).findFirst()
        .orElseThrow();
    long railId = railStory.get("id").asLong();
    assertThat(railStory.get("outlets")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("Upland Courier", "Lindmoor Evening Post", "Valley Radio");
    assertThat(railStory.get("headline").asText()).contains("landslide").contains("Varrow");
    int first = railStory.get("version").asInt();

    JsonNode v1 = get("/stories/" + railId + ".json");
    assertThat(v1.get("version").asInt()).isEqualTo(first);
    assertThat(ids(v1.get("article_ids"))).isEqualTo(new HashSet<>(rail));
    assertThat(v1.get("report").get("summary").get("sentences")).isNotEmpty();
    assertThat(v1.get("report").get("documents")).hasSize(3);

    long late = postOne(RAILWAY.get(3));
    Updates.awaitIdle(server);
    JsonNode v2 = get("/stories/" + railId + ".json");
    assertThat(v2.get("version").asInt()).isGreaterThan(first);
    assertThat(ids(v2.get("article_ids"))).contains(late).hasSize(4);
    assertThat(get("/stories/" + railId + ".json?version=" + first).get("article_ids")).hasSize(3);
    assertThat(server.stories().storyOf(late)).contains(railId);
    assertThat(listed().get(0).get("id").asLong()).as("newest update first").isEqualTo(railId);
  }

  @Test
  void aBurstOfArticlesIsSummarizedOnceAfterItGoesQuiet() throws Exception {
    start(new StorySettings(2, 3, Duration.ofMillis(1500), Duration.ofSeconds(20)));
    List<StoryEvents.Changed> events = new CopyOnWriteArrayList<>();
    server.events().subscribe(events::add);
    List<StoryEvents.Changed> unsubscribed = new CopyOnWriteArrayList<>();
    server.events().subscribe(unsubscribed::add).close();
    for (Document d : RAILWAY) {
      postOne(d);
      Thread.sleep(100);
    }
    Updates.awaitIdle(server);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).version()).isEqualTo(1);
    assertThat(unsubscribed).isEmpty();
    assertThat(server.stories().latest(events.get(0).storyId()).orElseThrow().articleIds()).hasSize(4);
  }

  @Test
  void aSteadyTrickleIsSummarizedAtLeastOnceEveryMaximumDelay() throws Exception {
    // an article every 200 ms never leaves the story quiet for 700 ms: only the maximum delay makes versions
    start(new StorySettings(2, 3, Duration.ofMillis(700), Duration.ofMillis(900)));
    List<StoryEvents.Changed> events = new CopyOnWriteArrayList<>();
    server.events().subscribe(events::add);
    long started = System.nanoTime();
    int n = 0;
    while (System.nanoTime() - started < Duration.ofMillis(4000).toNanos()) {
      Document d = RAILWAY.get(n % RAILWAY.size());
      postOne(new Document("trickle-" + n, d.title(), d.source(), d.url() + "/" + n, d.date(),
          d.text() + "\n\nUpdate " + n + " at the Kessel tunnel site."));
      n++;
      Thread.sleep(200);
    }
    assertThat(events).as("versions while articles kept coming, every 200 ms for 4 s").isNotEmpty();
  }

  @Test
  void aRestartAfterCloseKeepsTheStoriesAndTheClustererState() throws Exception {
    start(FAST);
    post(RAILWAY.subList(0, 3));
    post(BREWERY);
    Updates.awaitIdle(server);
    List<JsonNode> before = listed();
    assertThat(before).hasSize(2);
    restart(FAST);
    long late = postOne(RAILWAY.get(3));
    Updates.awaitIdle(server);
    List<JsonNode> after = listed();
    assertThat(after).hasSize(2);
    long railId = server.stories().storyOf(late).orElseThrow();
    assertThat(before.stream().map(s -> s.get("id").asLong())).as("joined the story from before the restart")
        .contains(railId);
    assertThat(get("/stories/" + railId + ".json").get("article_ids")).hasSize(4);
  }

  @Test
  void articlesStoredWhileNoUpdaterRanAreClusteredAndStaleStoriesRecomputedAtStart() throws Exception {
    try (Store store = Store.open(dir, Duration.ofSeconds(5), Clock.systemUTC())) {
      for (Document d : RAILWAY.subList(0, 3)) {
        store.insertArticle(ArticleIntake.article(d, null, null, null));
      }
    }
    // a server that clusters but would not summarize for a minute, stopped before it does
    start(new StorySettings(2, 3, Duration.ofSeconds(60), Duration.ofSeconds(60)));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (server.updater().clusteredThrough() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server.updater().clusteredThrough()).isEqualTo(3);
    assertThat(listed()).as("no version yet").isEmpty();
    restart(FAST);
    Updates.awaitIdle(server);
    List<JsonNode> stories = listed();
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).get("article_ids")).hasSize(3);
  }

  @Test
  void theUpdateSinceAVersionTellsOnlyWhatIsNewAndRepeatsNothingSeen() throws Exception {
    start(FAST);
    post(RAILWAY.subList(0, 3));
    Updates.awaitIdle(server);
    long railId = listed().get(0).get("id").asLong();
    JsonNode v1 = get("/stories/" + railId + ".json");
    long late = postOne(RAILWAY.get(3));
    Updates.awaitIdle(server);
    JsonNode update = get("/api/stories/" + railId + "/update?since=" + v1.get("version").asInt());
    assertThat(ids(update.get("new_article_ids"))).containsExactly(late);
    Set<String> seen = new HashSet<>();
    v1.get("report").get("summary").get("sentences").forEach(s -> seen.add(s.get("text").asText()));
    JsonNode sentences = update.get("report").get("summary").get("sentences");
    assertThat(sentences).isNotEmpty();
    for (JsonNode s : sentences) {
      assertThat(seen).doesNotContain(s.get("text").asText());
      for (JsonNode c : s.get("citations")) {
        assertThat(c.get("document").asText()).isEqualTo(Long.toString(late));
      }
    }
    JsonNode none = get("/api/stories/" + railId + "/update?since=" + update.get("version").asInt());
    assertThat(none.get("new_article_ids")).isEmpty();
    assertThat(none.get("report").isNull()).isTrue();
  }
}
