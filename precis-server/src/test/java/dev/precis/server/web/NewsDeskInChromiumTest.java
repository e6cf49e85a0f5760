package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.json.PrecisJson;
import dev.precis.server.PrecisServer;
import dev.precis.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end, in Chromium against the real server: the sample is loaded through the API, clustered and summarized
 * by the story updater; the story page's citation lights the cited sentence; an article posted to the story shows
 * up in the open page's "new since" section through live refresh.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class NewsDeskInChromiumTest {
  private static final String TOKEN = "news-desk-e2e-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** An article written for this test: one more outlet's report of the sample's bridge collapse. */
  private static final String NEW_ARTICLE = """
      {"id": "07-river-radio", "title": "Divers search the River Menne below the fallen Tollgate span",
       "source": "River Radio Kestrelmouth", "url": "https://riverradio.example/news/tollgate-divers",
       "date": "2026-03-11T15:30:00",
       "text": "Police divers searched the River Menne below the collapsed Tollgate Swing Bridge on Wednesday to make sure no vehicle was left under the water. The central span of the Tollgate Swing Bridge gave way on Tuesday morning as traffic crossed into the city centre of Kestrelmouth. The divers found a second delivery van resting on the riverbed, empty, the harbour police said. Engineers began lifting the broken roadway from the river with a floating crane."}
      """;

  @TempDir Path dir;
  private PrecisServer server;
  private Browser browser;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    String missing = Browser.missing();
    Assumptions.assumeTrue(missing == null, missing);
    ServerConfig config = new ServerConfig(TOKEN, ServerConfig.DEFAULT_MAX_BODY_BYTES, List.of(), List.of(),
        new ServerConfig.StorySettings(2, 3, Duration.ofMillis(300), Duration.ofSeconds(5)));
    server = PrecisServer.start(config, new PrecisServer.Options("127.0.0.1", 0, dir, false, Duration.ofSeconds(30),
        Duration.ofSeconds(5)), Clock.systemUTC(), line -> {});
    browser = new Browser();
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> post(String path, String type, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode stories() throws Exception {
    return JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/stories")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).get("stories");
  }

  @Test
  void theSampleStoryCitesItsSentencesAndShowsAPostedArticleAsNew() throws Exception {
    HttpResponse<String> sample = post("/api/sample", "application/json", "");
    assertThat(sample.statusCode()).as(sample.body()).isBetween(200, 201);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    JsonNode listed = stories();
    while (listed.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      listed = stories();
    }
    assertThat(listed).as("stories listed after loading the sample").isNotEmpty();
    long id = listed.get(0).get("id").asLong();
    int version = listed.get(0).get("version").asInt();

    JavascriptExecutor js = browser.driver;
    WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
    browser.driver.get(uri("/").toString());
    assertThat(browser.driver.findElement(By.cssSelector(".story-item a.headline")).getText())
        .isEqualTo(listed.get(0).get("headline").asText());
    browser.driver.findElement(By.cssSelector(".story-item a.headline")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("/stories/" + id));
    wait.until(d -> "on".equals(d.findElement(By.id("story")).getAttribute("data-live")));
    assertThat(browser.driver.findElement(By.id("story")).getAttribute("data-version")).isEqualTo("" + version);

    // each sentence's citation of the passage it prints lights exactly that passage of the stored article
    JsonNode report = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/stories/" + id + ".json")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).get("report").findParent("summary");
    List<String> docIds = report.get("documents").findValuesAsText("id");
    JsonNode cited = report.get("summary").get("sentences");
    List<WebElement> sentences = browser.driver.findElements(By.cssSelector("#report .summary .sent"));
    assertThat(sentences).hasSize(cited.size()).hasSizeGreaterThan(1);
    for (int i = 0; i < cited.size(); i++) {
      JsonNode c = cited.get(i).get("citations").get(0);
      int d = docIds.indexOf(c.get("document").asText());
      int start = c.get("start").asInt();
      int end = c.get("end").asInt();
      String passage = report.get("documents").get(d).get("text").asText().substring(start, end);
      assertThat(sentences.get(i).getText()).isEqualTo(normalize(cited.get(i).get("text").asText()));
      WebElement mark = sentences.get(i).findElement(By.xpath("following-sibling::sup[1]/a[@href='#s0-d" + d + "-"
          + start + "-" + end + "']"));
      mark.click();
      String lit = (String) js.executeScript(
          "return Array.from(document.querySelectorAll('.hl')).map(e => e.textContent).join('')");
      assertThat(lit).as("the passage lit for: " + sentences.get(i).getText()).isEqualTo(passage);
      assertThat(inOrder(words(sentences.get(i).getText()), words(lit))).as(lit + " prints "
          + sentences.get(i).getText()).isTrue();
    }

    HttpResponse<String> posted = post("/api/articles", "application/json", NEW_ARTICLE);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    wait.until(d -> Boolean.TRUE.equals(js.executeScript(
        "var e = document.getElementById('new-since'); return e !== null && !e.hidden")));
    assertThat(browser.driver.findElement(By.cssSelector("#new-since h2")).getText())
        .isEqualTo("New since version " + version);
    assertThat(browser.driver.findElement(By.cssSelector("#new-since .new-articles")).getText())
        .contains("River Radio Kestrelmouth").contains("Divers search the River Menne below the fallen Tollgate span");
    assertThat(browser.driver.findElement(By.id("story")).getAttribute("data-version"))
        .isEqualTo("" + (version + 1));
    assertThat(browser.problems()).isEmpty();
    assertThat(browser.escaped()).isEmpty();
  }

  @Test
  void hostileArticlesPostedToTheServerRunNoScriptButOursInAnyPage() throws Exception {
    String batch = XssCorpus.articles().stream().map(PrecisJson::write)
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    HttpResponse<String> posted = post("/api/articles", "application/json", batch);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    JsonNode listed = stories();
    while (listed.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      listed = stories();
    }
    assertThat(listed).as("the hostile articles form a shown story").hasSize(1);
    long id = listed.get(0).get("id").asLong();
    HttpResponse<String> feed = http.send(HttpRequest.newBuilder(uri("/admin/feeds"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
            "url=" + java.net.URLEncoder.encode(XssCorpus.FEED, java.nio.charset.StandardCharsets.UTF_8)
                + "&token=" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(feed.statusCode()).isEqualTo(303);
    for (String path : List.of("/", "/?q=%3Cscript%3E", "/?outlet=" + java.net.URLEncoder.encode(
        XssCorpus.articles().get(1).source(), java.nio.charset.StandardCharsets.UTF_8), "/stories/" + id,
        "/stories/" + id + "?since=1", "/admin/feeds", "/stories/%3Csvg%20onload=alert(1)%3E")) {
      browser.driver.get(uri(path).toString());
      new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
          ((JavascriptExecutor) d).executeScript("return document.readyState")));
      for (WebElement mark : browser.driver.findElements(By.cssSelector("a.jump"))) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()", mark);
      }
      browser.assertRanOnlyOurCode(path);
    }
    browser.driver.get(uri("/admin/feeds").toString());
    assertThat(browser.driver.findElement(By.cssSelector("table.feeds a")).getAttribute("href"))
        .isEqualTo(XssCorpus.FEED);
    assertThat(browser.escaped()).as("requests that left loopback").isEmpty();
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
  }

  /**
   * Whether {@code printed} is {@code passage} with words left out (a printed sentence may be cut: a connective, a
   * clause, an attribution), never changed or reordered.
   */
  private static boolean inOrder(List<String> printed, List<String> passage) {
    int at = 0;
    for (String w : printed) {
      if (w.isEmpty()) {
        continue;
      }
      while (at < passage.size() && !passage.get(at).equals(w)) {
        at++;
      }
      if (at++ >= passage.size()) {
        return false;
      }
    }
    return true;
  }
}
