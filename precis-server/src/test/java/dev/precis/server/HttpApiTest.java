package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.server.feed.FakeFeedServer;
import dev.precis.server.feed.Feeds;
import dev.precis.json.PrecisJson;
import dev.precis.model.Document;
import dev.precis.server.store.FeedSpec;
import dev.precis.server.store.StoredArticle;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class HttpApiTest {
  static final String TOKEN = "test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String PAGE = "<!doctype html><html lang=\"en\"><head><title>Ferry runs aground off Gull Point"
      + "</title><meta property=\"og:site_name\" content=\"Harbour Courier\"></head><body><article>"
      + "<h1>Ferry runs aground off Gull Point</h1><p>The morning ferry from Saltmarket ran aground off Gull Point"
      + " on Monday, and all 212 passengers were taken ashore by lifeboat crews.</p><p>The operator said the"
      + " vessel would be towed to the north quay once the tide turned.</p></article></body></html>";

  @TempDir Path dir;
  private PrecisServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() {
    ServerConfig config = new ServerConfig(TOKEN, 4096, List.of(), List.of());
    server = PrecisServer.start(config, options(false), Clock.systemUTC(), line -> {});
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PrecisServer.Options options(boolean noAuth) {
    return new PrecisServer.Options("127.0.0.1", 0, dir, noAuth, Duration.ofSeconds(2), Duration.ofMillis(300));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> post(String path, String type, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.body()).doesNotContain("Exception", "at dev.precis", "at io.javalin", "at org.eclipse");
    return JSON.readTree(r.body());
  }

  @Test
  void healthSaysTheStoreIsReachable() throws Exception {
    HttpResponse<String> r = get("/healthz");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode h = json(r);
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("schema_version").asInt()).isEqualTo(3);
    assertThat(h.get("articles").asLong()).isZero();
    assertThat(h.get("feeds").get("configured").asInt()).isZero();
    assertThat(h.get("feeds").get("last_fetch").isNull()).isTrue();
    assertThat(h.get("stories").get("pending_summaries").asInt()).isZero();
  }

  @Test
  void feedStatesAreShown() throws Exception {
    try (FakeFeedServer feeds = new FakeFeedServer()) {
      feeds.on("/rss", x -> FakeFeedServer.send(x, 200, "application/rss+xml",
          Feeds.rss(30, "http://courier.example/1", "http://courier.example/2")));
      feeds.on("/down", x -> FakeFeedServer.send(x, 500, "text/plain", "down"));
      server.close();
      ServerConfig config = new ServerConfig(TOKEN, 4096, List.of(
          new FeedSpec(feeds.uri("/rss"), false, Duration.ofMinutes(10)),
          new FeedSpec(feeds.uri("/down"), false, Duration.ofMinutes(10))), List.of());
      server = PrecisServer.start(config, options(false), Clock.systemUTC(), line -> {});
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (server.store().feeds().stream().anyMatch(f -> f.lastFetch() == null) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      JsonNode list = json(get("/api/feeds")).get("feeds");
      assertThat(list).hasSize(2);
      JsonNode ok = list.get(0);
      assertThat(ok.get("url").asText()).isEqualTo(feeds.uri("/rss").toString());
      assertThat(ok.get("last_status").asInt()).isEqualTo(200);
      assertThat(ok.get("items_seen").asLong()).isEqualTo(2);
      assertThat(ok.get("interval_seconds").asLong()).isEqualTo(600);
      assertThat(ok.get("current_interval_seconds").asLong()).isEqualTo(1800);
      assertThat(ok.get("last_error").isNull()).isTrue();
      JsonNode down = list.get(1);
      assertThat(down.get("last_status").asInt()).isEqualTo(500);
      assertThat(down.get("error_count").asInt()).isEqualTo(1);
      assertThat(down.get("last_error").asText()).startsWith("HTTP 500 from ");
      JsonNode health = json(get("/healthz")).get("feeds");
      assertThat(health.get("configured").asInt()).isEqualTo(2);
      assertThat(health.get("failing").asInt()).isEqualTo(1);
      assertThat(health.get("items_seen").asLong()).isEqualTo(2);
    }
  }

  @Test
  void aPostedPageIsStoredAndReadBack() throws Exception {
    HttpResponse<String> r = post("/api/articles?url=https://courier.example/ferry", "text/html; charset=utf-8",
        PAGE, TOKEN);
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode created = json(r);
    long id = created.get("id").asLong();
    assertThat(created.get("created").asBoolean()).isTrue();
    assertThat(r.headers().firstValue("Location")).hasValue("/api/articles/" + id);

    HttpResponse<String> answer = get("/api/articles/" + id);
    JsonNode a = json(answer);
    assertThat(a.get("schema").asInt()).isEqualTo(PrecisJson.SCHEMA);
    assertThat(a.get("id").asText()).isEqualTo(Long.toString(id));
    assertThat(a.get("url").asText()).isEqualTo("https://courier.example/ferry");
    assertThat(a.get("title").asText()).isEqualTo("Ferry runs aground off Gull Point");
    assertThat(a.get("source").asText()).isEqualTo("Harbour Courier");
    assertThat(a.get("language").asText()).isEqualTo("en");
    assertThat(a.get("text").asText()).contains("all 212 passengers were taken ashore")
        .doesNotContain("<p>");
    StoredArticle stored = server.store().article(id).orElseThrow();
    assertThat(stored.rawType()).isEqualTo("text/html");
    assertThat(PrecisJson.readDocument(answer.body())).isEqualTo(stored.document());
    assertThat(answer.headers().firstValue("ETag")).hasValue('"' + stored.contentHash() + '"');
    assertThat(answer.headers().firstValue("Last-Modified")).hasValueSatisfying(v -> assertThat(v).endsWith(" GMT"));
    assertThat(json(get("/healthz")).get("articles").asLong()).isEqualTo(1);
  }

  @Test
  void aPostedPageKeepsItsAuthor() throws Exception {
    String page = PAGE.replace("<head>", "<head><meta name=\"author\" content=\"Nell Quayside\">");
    long id = json(post("/api/articles?url=https://courier.example/ferry", "text/html", page, TOKEN)).get("id").asLong();
    assertThat(server.store().article(id).orElseThrow().author()).isEqualTo("Nell Quayside");
    assertThat(json(get("/api/articles/" + id)).get("author").asText()).isEqualTo("Nell Quayside");
  }

  @Test
  void aPostedPageKeepsTheLanguageItDeclares() throws Exception {
    String german = "<!doctype html><html lang=\"de\"><head><title>Fähre läuft vor Gull Point auf Grund</title></head>"
        + "<body><article><h1>Fähre läuft vor Gull Point auf Grund</h1><p>Die Morgenfähre aus Saltmarket ist am"
        + " Montag vor Gull Point auf Grund gelaufen; alle 212 Fahrgäste wurden von Rettungsbooten an Land"
        + " gebracht.</p></article></body></html>";
    long de = json(post("/api/articles?url=https://kurier.example/faehre", "text/html", german, TOKEN))
        .get("id").asLong();
    assertThat(server.store().article(de).orElseThrow().language()).isEqualTo("de");
    long none = json(post("/api/articles", "text/plain", "A note that declares no language at all.", TOKEN))
        .get("id").asLong();
    assertThat(server.store().article(none).orElseThrow().language()).isNull();
  }

  @Test
  void jsonDocumentsArePostedOneOrInABatchEachIdempotent() throws Exception {
    Document ferry = new Document("f1", "Ferry refloated", "Harbour Courier", "https://courier.example/refloated",
        LocalDateTime.of(2026, 3, 11, 7, 45), "The ferry that ran aground off Gull Point was refloated at high tide.",
        "en", "Nell Quayside");
    HttpResponse<String> one = post("/api/articles", "application/json", PrecisJson.write(ferry), TOKEN);
    assertThat(one.statusCode()).isEqualTo(201);
    long ferryId = json(one).get("id").asLong();
    assertThat(json(one).get("created").asBoolean()).isTrue();
    StoredArticle stored = server.store().article(ferryId).orElseThrow();
    assertThat(stored.author()).isEqualTo("Nell Quayside");
    assertThat(stored.language()).isEqualTo("en");
    assertThat(PrecisJson.readDocument(get("/api/articles/" + ferryId).body()))
        .isEqualTo(ferry.withId(Long.toString(ferryId)));

    Document tug = new Document("t1", "Tug crews thanked", null, null, null,
        "The harbour master thanked the tug crews who freed the ferry.", null, null);
    Document sameUrl = ferry.withText("An edited text of the refloating story.");
    Document sameText = tug.withId("t2");
    String array = "[" + String.join(",", PrecisJson.write(tug), PrecisJson.write(sameUrl), PrecisJson.write(sameText))
        + "]";
    HttpResponse<String> batch = post("/api/articles", "application/json", array, TOKEN);
    assertThat(batch.statusCode()).isEqualTo(201);
    JsonNode items = json(batch).get("articles");
    assertThat(items).hasSize(3);
    long tugId = items.get(0).get("id").asLong();
    assertThat(items.get(0).get("created").asBoolean()).isTrue();
    assertThat(items.get(0).get("document").asText()).isEqualTo("t1");
    assertThat(items.get(1).get("id").asLong()).isEqualTo(ferryId);
    assertThat(items.get(1).get("created").asBoolean()).isFalse();
    assertThat(items.get(2).get("id").asLong()).isEqualTo(tugId);
    assertThat(items.get(2).get("created").asBoolean()).isFalse();

    String lines = PrecisJson.write(ferry) + "\n" + PrecisJson.write(tug) + "\n";
    HttpResponse<String> again = post("/api/articles", "application/x-ndjson", lines, TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("articles")).extracting(n -> n.get("id").asLong()).containsExactly(ferryId, tugId);
    assertThat(json(again).get("articles")).allSatisfy(n -> assertThat(n.get("created").asBoolean()).isFalse());
    assertThat(json(get("/healthz")).get("articles").asLong()).isEqualTo(2);
  }

  @Test
  void aMalformedItemRefusesTheWholeBatch() throws Exception {
    String good = PrecisJson.write(Document.of("a", "The quay reopened to shipping on Tuesday."));
    String noText = "{\"id\": \"b\", \"title\": \"A headline alone\"}";
    HttpResponse<String> r = post("/api/articles", "application/json", "[" + good + "," + good.replace("\"a\"",
        "\"c\"").replace("Tuesday", "Wednesday") + "," + noText + "]", TOKEN);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).isEqualTo(
        "the request body is not a document or a list of documents: [2].text: missing");
    HttpResponse<String> lines = post("/api/articles", "application/x-ndjson",
        good + "\n" + good.replace("\"title\":null", "\"title\":42"), TOKEN);
    assertThat(lines.statusCode()).isEqualTo(400);
    assertThat(json(lines).get("error").asText()).endsWith("[1].title: not a string");
    HttpResponse<String> blank = post("/api/articles", "application/json",
        "[" + good + "," + good.replace("The quay reopened to shipping on Tuesday.", " ") + "]", TOKEN);
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(json(blank).get("error").asText()).endsWith("[1].text: empty (an article needs text)");
    assertThat(json(get("/healthz")).get("articles").asLong()).as("nothing of a refused batch").isZero();

    HttpResponse<String> notJson = post("/api/articles", "application/json", "[" + good, TOKEN);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).get("error").asText()).startsWith("the request body is not JSON: ").contains("line 1");
    HttpResponse<String> none = post("/api/articles", "application/json", "[]", TOKEN);
    assertThat(json(none).get("error").asText()).isEqualTo("the request body holds no documents");
    HttpResponse<String> withUrl = post("/api/articles?url=https://courier.example/x", "application/json", good, TOKEN);
    assertThat(withUrl.statusCode()).isEqualTo(400);
    assertThat(json(withUrl).get("error").asText()).contains("its url field");
    HttpResponse<String> big = post("/api/articles", "application/json",
        PrecisJson.write(Document.of("big", "word ".repeat(2000))), TOKEN);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(post("/api/articles", "application/json", good, null).statusCode()).isEqualTo(401);
    assertThat(json(get("/healthz")).get("articles").asLong()).isZero();
  }

  @Test
  void theSameUrlOrTheSameTextGivesTheExistingId() throws Exception {
    long id = json(post("/api/articles?url=https://courier.example/ferry", "text/html", PAGE, TOKEN)).get("id").asLong();
    HttpResponse<String> again = post("/api/articles?url=https://courier.example/ferry", "text/html", PAGE, TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("created").asBoolean()).isFalse();
    assertThat(json(again).get("id").asLong()).isEqualTo(id);
    HttpRequest viaHeader = HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", "text/html")
        .header("Authorization", "Bearer " + TOKEN).header(HttpApi.URL_HEADER, "https://mirror.example/ferry")
        .POST(HttpRequest.BodyPublishers.ofString(PAGE)).build();
    HttpResponse<String> sameText = http.send(viaHeader, HttpResponse.BodyHandlers.ofString());
    assertThat(json(sameText).get("id").asLong()).isEqualTo(id);

    String text = "Title: Lifeboat crews praised\nSource: Harbour Courier\n\nThe lifeboat crews who brought 212"
        + " passengers ashore were praised by the harbour master on Tuesday.";
    HttpResponse<String> plain = post("/api/articles", "text/plain", text, TOKEN);
    assertThat(plain.statusCode()).isEqualTo(201);
    long plainId = json(plain).get("id").asLong();
    assertThat(plainId).isNotEqualTo(id);
    JsonNode stored = json(get("/api/articles/" + plainId));
    assertThat(stored.get("title").asText()).isEqualTo("Lifeboat crews praised");
    assertThat(stored.get("url").isNull()).isTrue();
    assertThat(json(post("/api/articles", "text/plain", text, TOKEN)).get("id").asLong()).isEqualTo(plainId);
  }

  @Test
  void writesNeedTheToken() throws Exception {
    HttpResponse<String> none = post("/api/articles", "text/plain", "Some text.", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(json(none).get("error").asText()).contains("Authorization: Bearer");
    assertThat(post("/api/articles", "text/plain", "Some text.", "wrong-token-0123456789").statusCode()).isEqualTo(401);
    assertThat(post("/api/articles", "text/plain", "Some text.", TOKEN + "x").statusCode()).isEqualTo(401);
    assertThat(json(get("/healthz")).get("articles").asLong()).isZero();
  }

  @Test
  void badRequestsGetAClearJsonError() throws Exception {
    HttpResponse<String> big = post("/api/articles", "text/plain", "word ".repeat(2000), TOKEN);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(json(big).get("error").asText()).contains("limit is 4096 bytes");

    HttpResponse<String> empty = post("/api/articles", "text/plain", "", TOKEN);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json(empty).get("error").asText()).contains("empty");

    HttpResponse<String> binary = post("/api/articles", "text/plain", "\u0000\u0001\u0002\u0003 binary \u0000", TOKEN);
    assertThat(binary.statusCode()).isEqualTo(400);
    assertThat(json(binary).get("error").asText()).startsWith("the request body");

    HttpResponse<String> badUrl = post("/api/articles?url=javascript:alert(1)", "text/html", PAGE, TOKEN);
    assertThat(badUrl.statusCode()).isEqualTo(400);
    assertThat(json(badUrl).get("error").asText()).contains("absolute http or https URL");

    HttpResponse<String> two = post("/api/articles", "text/plain", "First article text.\n|||||\nSecond one.", TOKEN);
    assertThat(two.statusCode()).isEqualTo(400);
    assertThat(json(two).get("error").asText()).contains("holds 2 articles");

    HttpResponse<String> xml = post("/api/articles", "application/xml", "<article>x</article>", TOKEN);
    assertThat(xml.statusCode()).isEqualTo(415);
    assertThat(json(xml).get("error").asText()).contains("text/html", "application/json");

    assertThat(json(get("/healthz")).get("articles").asLong()).isZero();
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefused() throws Exception {
    byte[] big = "word ".repeat(2000).getBytes(StandardCharsets.UTF_8);
    HttpRequest r = HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", "text/plain")
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
    HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
    assertThat(resp.statusCode()).isEqualTo(413);
    assertThat(json(resp).get("error").asText()).contains("too large");
  }

  @Test
  void unknownArticlesAndPagesAre404AndTraversalGoesNowhere() throws Exception {
    HttpResponse<String> missing = get("/api/articles/12345");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).isEqualTo("no article 12345");
    assertThat(get("/api/articles/abc").statusCode()).isEqualTo(404);
    HttpResponse<String> unknown = get("/nothing/here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("error").asText()).contains("/nothing/here");
    for (String path : List.of("/api/articles/../../../../etc/passwd", "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
        "/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/articles/1%00")) {
      String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(path).startsWith("HTTP/1.1 4").doesNotContain("root:", "Exception", "at org.")
          .containsPattern("\\{\"error\":\"[^\"]+\"\\}$");
    }
  }

  @Test
  void aLockedStoreIs503WithAClearMessageAndReadsGoOn() throws Exception {
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + server.store().file());
        Statement s = other.createStatement()) {
      s.executeUpdate("BEGIN IMMEDIATE");
      s.executeUpdate("INSERT INTO articles (content_hash, text, received) VALUES ('h', 'x', 'now')");
      HttpResponse<String> r = post("/api/articles", "text/plain", "Written while the store is locked.", TOKEN);
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(json(r).get("error").asText()).contains("locked by another process");
      assertThat(get("/healthz").statusCode()).isEqualTo(200);
      s.executeUpdate("ROLLBACK");
    }
    HttpResponse<String> after = post("/api/articles", "text/plain", "Written while the store is locked.", TOKEN);
    assertThat(after.statusCode()).isEqualTo(201);
  }

  @Test
  void aSlowBodyIsCutOff() throws Exception {
    long t0 = System.nanoTime();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nAuthorization: Bearer "
          + TOKEN + "\r\nContent-Length: 1000\r\n\r\nOnly a few bytes").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 4"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
    assertThat(json(get("/healthz")).get("articles").asLong()).isZero();
  }

  @Test
  void refusesToStartWithWriteAccessAndNoTokenOffLoopback() {
    ServerConfig noToken = ServerConfig.empty();
    assertThatThrownBy(() -> PrecisServer.start(noToken, options(false), Clock.systemUTC(), l -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--no-auth");
    PrecisServer.Options open = new PrecisServer.Options("0.0.0.0", 0, dir, true, Duration.ofSeconds(2),
        Duration.ofMillis(300));
    assertThatThrownBy(() -> PrecisServer.start(noToken, open, Clock.systemUTC(), l -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--no-auth is allowed only on a loopback address");
  }

  @Test
  void onLoopbackWithNoAuthWritesNeedNoToken() throws Exception {
    server.close();
    server = PrecisServer.start(ServerConfig.empty(), options(true), Clock.systemUTC(), l -> {});
    assertThat(post("/api/articles", "text/plain", "A note written without a token.", null).statusCode()).isEqualTo(201);
  }

  /** Sends a request as written, without any client's normalising, and returns the whole answer. */
  private String raw(String request) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
