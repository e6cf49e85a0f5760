package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.server.ServerConfig.StorySettings;
import dev.precis.server.stories.StoryViews;
import dev.precis.server.stories.Updates;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The stories' JSON and Atom endpoints, the sample stories and the errors, on a real server over a real store. */
@Timeout(120)
class StoryApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" ]]> \u0001bell \uD800 <b>bold";

  @TempDir Path dir;
  private PrecisServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server = PrecisServer.start(new ServerConfig(HttpApiTest.TOKEN, 1_000_000, List.of(), List.of())
            .withStories(new StorySettings(2, 3, Duration.ofMillis(100), Duration.ofSeconds(2))),
        new PrecisServer.Options("127.0.0.1", 0, dir, false, Duration.ofSeconds(10), Duration.ofSeconds(5)),
        Clock.systemUTC(), line -> { });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String type, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitIdle() throws InterruptedException {
    Updates.awaitIdle(server);
  }

  private static String article(String id, String title, String outlet, String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("title", title);
    o.put("source", outlet);
    o.put("date", "2026-06-02T09:00:00");
    o.put("text", text);
    return o.toString();
  }

  /**
   * Two outlets on an invented ferry strike, with hostile outlet names and one hostile title, which is the
   * headline (their leads differ, so the title they both carry wins).
   */
  private void postHostileStory() throws Exception {
    String text = "Ferry crews at the port of Quellstad walked out on Tuesday over a dispute about night shifts,"
        + " and no boats sailed to the islands.\n\nThe union said the strike would last two days.";
    ArrayNode batch = JSON.createArrayNode();
    batch.add(JSON.readTree(article("h1", HOSTILE, "Outlet <i>One</i> & Co", text)));
    batch.add(JSON.readTree(article("h2", HOSTILE, "Second \"Outlet\"", "Travellers queued for refunds at the"
        + " Quellstad ticket office.\n\nNo boats sailed from Quellstad to the islands on Tuesday after the ferry"
        + " crews walked out over night shifts.\n\nThe union said the strike would last two days.")));
    assertThat(post("/api/articles", "application/json", batch.toString(), HttpApiTest.TOKEN).statusCode())
        .isEqualTo(201);
    awaitIdle();
  }

  @Test
  void theAtomFeedIsWellFormedAndEscapesHostileTitles() throws Exception {
    postHostileStory();
    HttpResponse<String> r = get("/feed.atom");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
    assertThat(r.body()).doesNotContain("<script>", "<b>", "<i>");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document feed = f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    Element root = feed.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(root.getLocalName()).isEqualTo("feed");
    NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(1);
    Element entry = (Element) entries.item(0);
    String headline = entry.getElementsByTagNameNS("*", "title").item(0).getTextContent();
    StoryViews.Listing listed = server.stories().stories(StoryViews.Filter.latest(10)).get(0);
    long id = listed.id();
    assertThat(listed.headline()).as("the title both carry").startsWith("<script>alert('x')</script> & \"quoted\"")
        .endsWith("<b>bold");
    assertThat(headline).isEqualTo(StoryApi.xml(listed.headline()));
    Element link = (Element) entry.getElementsByTagNameNS("*", "link").item(0);
    assertThat(link.getAttribute("href")).isEqualTo("http://127.0.0.1:" + server.port() + "/stories/" + id);
    assertThat(entry.getElementsByTagNameNS("*", "category").getLength()).isEqualTo(2);
    assertThat(((Element) entry.getElementsByTagNameNS("*", "category").item(0)).getAttribute("term"))
        .isIn("Outlet <i>One</i> & Co", "Second \"Outlet\"");
  }

  @Test
  void aHostileTitleIsEscapedEvenWhenItIsTheHeadline() {
    assertThat(StoryApi.xml(HOSTILE)).doesNotContain("\u0001").doesNotContain("\uD800")
        .startsWith("<script>alert('x')</script> & \"quoted\" ]]> bell");
  }

  @Test
  void listingFiltersByWordsOutletDayAndSince() throws Exception {
    postHostileStory();
    long id = server.stories().stories(StoryViews.Filter.latest(10)).get(0).id();
    JsonNode all = JSON.readTree(get("/api/stories").body());
    assertThat(all.get("stories")).hasSize(1);
    long cursor = all.get("cursor").asLong();
    assertThat(cursor).isPositive();
    assertThat(JSON.readTree(get("/api/stories?q=quellstad+strike").body()).get("stories")).hasSize(1);
    assertThat(JSON.readTree(get("/api/stories?q=volcano").body()).get("stories")).isEmpty();
    assertThat(JSON.readTree(get("/api/stories?outlet=" + URLEncoder.encode("Second \"Outlet\"",
        StandardCharsets.UTF_8)).body()).get("stories")).hasSize(1);
    assertThat(JSON.readTree(get("/api/stories?outlet=Nobody").body()).get("stories")).isEmpty();
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    assertThat(JSON.readTree(get("/api/stories?from=" + today + "&to=" + today).body()).get("stories")).hasSize(1);
    assertThat(JSON.readTree(get("/api/stories?to=" + today.minusDays(1)).body()).get("stories")).isEmpty();
    assertThat(JSON.readTree(get("/api/stories?since=" + (cursor - 1)).body()).get("stories")).hasSize(1);
    assertThat(JSON.readTree(get("/api/stories?since=" + cursor).body()).get("stories")).isEmpty();
    assertThat(JSON.readTree(get("/api/stories?since=" + Instant.now().plusSeconds(60)).body()).get("stories"))
        .isEmpty();
    assertThat(JSON.readTree(get("/api/stories?since=2020-01-01T00:00:00Z").body()).get("stories")).hasSize(1);
    assertThat(server.stories().outlets()).containsExactly("Outlet <i>One</i> & Co", "Second \"Outlet\"");
    assertThat(server.stories().version(id, 1)).isPresent();
    assertThat(server.stories().version(id, 2)).isEmpty();
    assertThat(server.stories().latest(id + 100)).isEmpty();
  }

  @Test
  void mistakesGetClearJsonErrors() throws Exception {
    postHostileStory();
    long id = server.stories().stories(StoryViews.Filter.latest(10)).get(0).id();
    String[][] cases = {
        {"/stories/abc.json", "404", "no story abc"},
        {"/stories/9999.json", "404", "no story 9999"},
        {"/stories/" + id + ".json?version=7", "404", "has no version 7"},
        {"/stories/" + id + ".json?version=x", "400", "version must be a whole number"},
        {"/api/stories?since=yesterday", "400", "since must be an instant"},
        {"/api/stories?from=10/03/2026", "400", "from must be a day"},
        {"/api/stories?limit=0", "400", "limit must be"},
        {"/api/stories?limit=5000", "400", "too large"},
        {"/api/stories/" + id + "/update", "400", "?since=VERSION"},
        {"/api/stories/" + id + "/update?since=-1", "400", "since must be"},
        {"/api/stories/9999/update?since=1", "404", "no story 9999"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = get(c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
      assertThat(JSON.readTree(r.body()).get("error").asText()).as(c[0]).contains(c[2]);
      assertThat(r.body()).doesNotContain("Exception", "at dev.precis");
    }
  }

  @Test
  void theSampleLoadsOnlyIntoAnEmptyStoreAndOnlyWithTheToken() throws Exception {
    assertThat(post("/api/sample", "application/json", "", null).statusCode()).isEqualTo(401);
    HttpResponse<String> r = post("/api/sample", "application/json", "", HttpApiTest.TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(JSON.readTree(r.body()).get("articles").asInt()).isEqualTo(6);
    HttpResponse<String> again = post("/api/sample", "application/json", "", HttpApiTest.TOKEN);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("error").asText()).contains("only into an empty store");
    awaitIdle();
    List<StoryViews.Listing> stories = server.stories().stories(StoryViews.Filter.latest(10));
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).outlets()).hasSize(6).contains("Meridian Wire Service", "The Daily Blare");
    assertThat(stories.get(0).headline()).contains("Tollgate Swing Bridge");
    JsonNode json = JSON.readTree(get("/stories/" + stories.get(0).id() + ".json").body());
    assertThat(json.get("report").get("summary").get("sentences")).isNotEmpty();
  }
}
