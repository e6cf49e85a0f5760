package dev.precis.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis report} run in-process on the sample corpus and on hostile input. */
class ReportCommandTest {
  static final String EXAMPLE = SummarizeCommandTest.EXAMPLE;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STORY_FIELDS = List.of("id", "algorithm", "budget", "documents", "summary",
      "corroboration", "unique", "quotes", "conflicts", "entities", "timeline", "sharing");
  /** A file name (so a document id) that is markup. */
  private static final String EVIL_NAME = "\"><img src=x onerror=alert(1)>.txt";

  @TempDir Path tmp;

  @BeforeAll
  static void sampleCorpusIsThere() {
    assumeTrue(Files.isDirectory(Path.of(EXAMPLE)), "sample corpus present");
  }

  private static void assertClean(Run run) {
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).as(run.toString()).isEmpty();
  }

  /** Exit 2, nothing on stdout, one line on stderr without a stack trace; returns the line. */
  private static String failsWithOneLine(String... args) {
    Run run = Run.of(args);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(run.err()).as(run.toString()).startsWith("precis: ").endsWith("\n").doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    return run.err().strip();
  }

  /** A story directory whose name, file names, metadata and text try to break out of the page. */
  private Path hostileStory() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("<script>alert(0)<\\script> story"));
    Files.writeString(dir.resolve(EVIL_NAME), """
        Title: <script>alert(1)</script> Bridge falls</textarea>
        Source: "><img src=x onerror=alert(1)>
        URL: javascript:alert(1)
        Date: 2026-03-10T10:15:00Z

        The bridge over the river fell on Tuesday morning, officials said. Fourteen people were hurt.

        "We will rebuild it," said Mayor Ann Lee. A sign on the bank read "x < y > z" and <> too.
        """, UTF_8);
    Files.writeString(dir.resolve("b.txt"), """
        Title: Bridge collapse injures 17 </title><script>alert(2)</script>
        Source: The Ledger & <b>Co</b> '><svg onload=alert(3)>
        URL: https://ledger.example/bridge?a=1&b="2"><script>alert(4)</script>

        The bridge over the river fell on Tuesday morning, officials said. Seventeen people were hurt, the\
         hospital said.

        "We will rebuild it," Mayor Ann Lee said on Wednesday.
        """, UTF_8);
    return dir;
  }

  @Test
  void jsonParsesAndHoldsEverySection() throws IOException {
    Run run = Run.of("report", EXAMPLE, "-a", "lead", "--format", "json", "--words", "80");
    assertClean(run);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("stories").size()).isEqualTo(1);
    JsonNode story = root.get("stories").get(0);
    List<String> fields = new ArrayList<>();
    story.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyElementsOf(STORY_FIELDS);
    assertThat(story.get("id").asText()).isEqualTo("harbour-bridge");
    assertThat(story.get("budget").get("limit").asInt()).isEqualTo(80);
    assertThat(story.get("documents").size()).isEqualTo(6);
    SummarizeCommandTest.assertSpansMatch(story);
    for (JsonNode s : story.get("summary").get("sentences")) {
      assertThat(s.get("documents").size()).isBetween(1, 6);
      assertThat(s.get("outlets").size()).isBetween(1, s.get("documents").size());
    }
    // the first sentence of the wire story is carried by several outlets
    assertThat(story.get("summary").get("sentences").get(0).get("outlets").size()).isGreaterThan(1);
    for (String list : List.of("corroboration", "quotes", "conflicts", "entities", "timeline")) {
      assertThat(story.get(list).isArray()).as(list).isTrue();
    }
    assertThat(story.get("quotes").size()).isPositive();
    assertThat(story.get("quotes").get(0).get("documents").size()).isPositive();
    assertThat(story.get("unique").size()).isEqualTo(6);
    assertThat(story.get("sharing").get("shared").size()).isEqualTo(6);
    assertThat(story.get("sharing").get("shared").get(0).size()).isEqualTo(6);
    for (JsonNode c : story.get("conflicts")) {
      assertThat(c.get("kind").asText()).isIn("number", "date", "name", "quote_speaker");
      assertThat(c.get("claims").size()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void jsonSummaryIsTheOneSummarizeWrites() throws IOException {
    JsonNode summarized = JSON.readTree(Run.of("summarize", EXAMPLE, "-a", "lead", "-f", "json").out())
        .get("stories").get(0);
    JsonNode reported = JSON.readTree(Run.of("report", EXAMPLE, "-a", "lead", "-f", "json").out())
        .get("stories").get(0);
    for (String field : List.of("id", "algorithm", "budget", "documents")) {
      assertThat(reported.get(field)).as(field).isEqualTo(summarized.get(field));
    }
    JsonNode sentences = reported.get("summary").get("sentences").deepCopy();
    for (JsonNode s : sentences) {
      ((ObjectNode) s).remove(List.of("documents", "outlets"));
    }
    assertThat(sentences).isEqualTo(summarized.get("summary").get("sentences"));
  }

  @Test
  void markdownIsTheDefaultAndHasEverySection() {
    Run run = Run.of("report", EXAMPLE, "-a", "lead");
    assertClean(run);
    assertThat(run.out()).startsWith("# harbour-bridge\n\n*Cross-source report of 6 articles; summary by `lead`, ");
    assertThat(run.out()).containsSubsequence("\n## Summary\n", "| # | Sentence | Outlets | Carried by |",
        "\n## Corroboration\n", "\n## What each outlet adds\n", "### [1] Meridian Wire Service",
        "\n## Quotes\n", "| Quote | Speaker | Outlets |", "\n## Contradictions\n",
        "\n## People, organisations and places\n", "\n## Timeline\n", "\n## Outlet sharing\n",
        "| [1] Meridian Wire Service | — |", "\n## Sources\n",
        "1. [**Swing bridge span collapses into river in Kestrelmouth, 14 injured**](<https://meridianwire");
  }

  @Test
  void htmlIsOneSelfContainedPage() {
    Run run = Run.of("report", EXAMPLE, "-a", "lead", "--format", "html");
    assertClean(run);
    String page = run.out();
    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("[src], link, img, iframe, object, embed, base")).isEmpty();
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
    Set<String> external = new HashSet<>();
    for (Element a : doc.select("[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
      } else {
        assertThat(href).startsWith("https://");
        assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
        external.add(href);
      }
    }
    assertThat(external).hasSize(5); // six articles, one without a URL
    for (String section : List.of("summary", "corroboration", "unique", "quotes", "conflicts", "entities",
        "timeline", "sharing", "sources")) {
      assertThat(doc.getElementById("s0-" + section)).as(section).isNotNull();
    }
    assertThat(doc.select("svg.heatmap rect")).hasSize(36);
    assertThat(doc.select("#s0-summary table.sentences tbody tr")).isNotEmpty();
    assertThat(doc.select("#s0-summary sup.cites a.jump")).isNotEmpty();
    assertThat(doc.select("article.doc")).hasSize(6);
  }

  @Test
  void htmlEscapesEverythingFromTheInput() throws IOException {
    Path dir = hostileStory();
    Run run = Run.of("report", dir.toString(), "-a", "lead", "--format", "html");
    assertClean(run);
    String page = run.out();
    String lower = page.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<svg onload")
        .doesNotContain("</textarea").doesNotContain("</title><script").doesNotContain("<b>")
        .doesNotContain("href=\"javascript").doesNotContain("\"><script");
    assertThat(page.indexOf("<script>")).isEqualTo(page.lastIndexOf("<script>"));
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("img, svg:not(.heatmap), textarea, iframe, object, embed, b")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.toString()).doesNotStartWith("on");
        assertThat(a.getValue().toLowerCase(Locale.ROOT)).as(a.toString()).doesNotContain("javascript:");
      }
    }
    assertThat(doc.select("[src]")).isEmpty();
    List<String> external = new ArrayList<>();
    for (Element a : doc.select("[href]")) {
      if (!a.attr("href").startsWith("#")) {
        external.add(a.attr("href"));
        assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
      }
    }
    // the javascript: URL is dropped; the other is kept, its quotes and brackets percent-encoded
    assertThat(external).containsExactly(
        "https://ledger.example/bridge?a=1&b=%222%22%3E%3Cscript%3Ealert(4)%3C/script%3E");
    // and the input reads as written
    assertThat(doc.select("h2").text()).isEqualTo("<script>alert(0)<\\script> story");
    assertThat(doc.select("article.doc h4").eachText()).contains(
        "[1] <script>alert(1)</script> Bridge falls</textarea>");
    assertThat(doc.select("article.doc .doc-meta").eachText()).anySatisfy(meta -> assertThat(meta)
        .startsWith("\"><img src=x onerror=alert(1)> · 2026-03-10 10:15 · \"><img src=x onerror=alert(1)>"));
    assertThat(doc.select("article.doc .text").eachText()).anySatisfy(t -> assertThat(t).contains("\"x < y > z\""));
  }

  @Test
  void markdownAndJsonOfHostileInputAreSafeToo() throws IOException {
    Path dir = hostileStory();
    Run md = Run.of("report", dir.toString(), "-a", "lead");
    assertClean(md);
    String rest = md.out().replaceAll("`[^`\n]*`", "").replaceAll("<https?://[^<>\\s]*>", "");
    assertThat(rest).doesNotContainPattern("(?<!\\\\)<").doesNotContain("javascript:");
    Run json = Run.of("report", dir.toString(), "-a", "lead", "-f", "json");
    assertClean(json);
    JsonNode story = JSON.readTree(json.out()).get("stories").get(0);
    assertThat(story.get("documents").get(0).get("url").asText()).isEqualTo("javascript:alert(1)"); // data, as given
  }

  @Test
  void outFileGetsTheReportAndTheFormatFromItsName() throws IOException {
    Path out = tmp.resolve("report.html");
    Run run = Run.of("report", EXAMPLE, "-a", "lead", "--out", out.toString());
    assertClean(run);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    Path json = tmp.resolve("r.json");
    assertClean(Run.of("report", EXAMPLE, "-a", "lead", "-o", json.toString()));
    assertThat(JSON.readTree(json.toFile()).get("stories").size()).isEqualTo(1);
    Path forced = tmp.resolve("r.html");
    assertClean(Run.of("report", EXAMPLE, "-a", "lead", "-o", forced.toString(), "-f", "markdown"));
    assertThat(Files.readString(forced)).startsWith("# harbour-bridge");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void aFailedRunLeavesTheOutFileAlone() throws IOException {
    Path out = Files.writeString(tmp.resolve("keep.md"), "old report\n");
    assertThat(failsWithOneLine("report", EXAMPLE, "nope.txt", "-o", out.toString()))
        .isEqualTo("precis: no such file: nope.txt");
    assertThat(Files.readString(out)).isEqualTo("old report\n");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.md");
    }
  }

  @Test
  void badInputIsOneLineAndExitCode2() throws IOException {
    assertThat(failsWithOneLine("report", "foo/bar.txt")).isEqualTo("precis: no such file: foo/bar.txt");
    assertThat(failsWithOneLine("report", EXAMPLE, "--format", "pdf"))
        .isEqualTo("precis: unknown format 'pdf'; known: markdown, json, html (see 'precis report --help')");
    assertThat(failsWithOneLine("report", EXAMPLE, "--words", "0"))
        .isEqualTo("precis: --words must be at least 1, got 0 (see 'precis report --help')");
    assertThat(failsWithOneLine("report", EXAMPLE, "--algorithm", "nope")).startsWith("precis: unknown");
    assertThat(failsWithOneLine("report")).contains("PATH").endsWith("(see 'precis report --help')");
    assertThat(failsWithOneLine("report", EXAMPLE, "--out", tmp.resolve("no/such/dir/r.md").toString()))
        .isEqualTo("precis: --out " + tmp.resolve("no/such/dir/r.md") + ": no such directory: "
            + tmp.resolve("no/such/dir"));
    assertThat(failsWithOneLine("report", EXAMPLE, "--out", tmp.toString()))
        .isEqualTo("precis: --out " + tmp + ": is a directory");
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    assertThat(failsWithOneLine("report", empty.toString())).isEqualTo("precis: " + empty + ": empty file");
  }

  @Test
  void helpNamesTheFormats() {
    Run run = Run.of("report", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: precis report").contains("--format=FORMAT")
        .contains("markdown, json, html").contains("--words=N").contains("--algorithm=NAME").contains("--out=FILE");
    assertThat(Run.of("--help").out()).contains("report");
  }

  /**
   * The HTML report in a real headless Chromium, driven over the DevTools protocol: the page loads without a
   * console message, script error, CSP violation or dialog, and clicking a citation mark lights the cited passage
   * in the source text and scrolls it into view. Skipped when Chromium is not installed.
   */
  @Nested
  class InChromium {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theSampleReportLoadsCleanlyAndCitationMarksLightTheirPassage() throws Exception {
      Path page = tmp.resolve("harbour-bridge.html");
      assertClean(Run.of("report", EXAMPLE, "-a", "lead", "--out", page.toString()));
      try (Chromium chromium = Chromium.start(tmp.resolve("profile"))) {
        Chromium.Page tab = chromium.open(page);
        JsonNode result = tab.evaluate("""
            (async () => {
              const sent = document.querySelector('#s0-summary .sent');
              const mark = document.querySelector('#s0-summary sup.cites a.jump');
              mark.click();
              const key = mark.getAttribute('href').slice(1);
              const lit = Array.from(document.querySelectorAll('.hl'));
              let inView = false;
              for (let i = 0; i < 40 && !inView; i++) {
                const r = lit[0].getBoundingClientRect();
                inView = r.top >= 0 && r.bottom <= window.innerHeight;
                if (!inView) { await new Promise(res => setTimeout(res, 50)); }
              }
              const missing = Array.from(document.querySelectorAll('a.jump'))
                  .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length;
              return {sentence: sent.textContent, key: key, lit: lit.length,
                  litText: lit.map(e => e.textContent).join(''), firstId: lit[0].id,
                  allDataK: lit.every(e => e.dataset.k === key), inView: inView, missing: missing,
                  hash: location.hash, jumps: document.querySelectorAll('a.jump').length};
            })()""");
        assertThat(result.get("lit").asInt()).as(result.toString()).isPositive();
        assertThat(result.get("firstId").asText()).isEqualTo(result.get("key").asText());
        assertThat(result.get("allDataK").asBoolean()).isTrue();
        assertThat(result.get("litText").asText().replaceAll("\\s+", " "))
            .isEqualTo(result.get("sentence").asText());
        assertThat(result.get("inView").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("missing").asInt()).isZero();
        assertThat(result.get("jumps").asInt()).isGreaterThan(10);
        assertThat(tab.problems()).as("console messages, errors and dialogs").isEmpty();
      }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hostileInputRunsNoScriptInTheBrowser() throws Exception {
      Path page = tmp.resolve("hostile.html");
      assertClean(Run.of("report", hostileStory().toString(), "-a", "lead", "--out", page.toString()));
      try (Chromium chromium = Chromium.start(tmp.resolve("profile"))) {
        Chromium.Page tab = chromium.open(page);
        JsonNode result = tab.evaluate("""
            (() => ({scripts: document.scripts.length, images: document.images.length,
                handlers: Array.from(document.querySelectorAll('*')).filter(e =>
                    Array.from(e.attributes).some(a => a.name.startsWith('on'))).length}))()""");
        assertThat(result.get("scripts").asInt()).isEqualTo(1);
        assertThat(result.get("images").asInt()).isZero();
        assertThat(result.get("handlers").asInt()).isZero();
        assertThat(tab.problems()).as("console messages, errors and dialogs").isEmpty();
      }
    }
  }

  /** A headless Chromium with a minimal DevTools-protocol client (JDK WebSocket and Jackson only). */
  static final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private final Process process;
    private final int port;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<Page> pages = new ArrayList<>();

    private Chromium(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    /** The browser binary: $PRECIS_CHROMIUM, or chromium, chromium-browser or google-chrome on the PATH. */
    static Path binary() {
      String env = System.getenv("PRECIS_CHROMIUM");
      if (env != null && !env.isBlank()) {
        return Files.isExecutable(Path.of(env)) ? Path.of(env) : null;
      }
      String path = System.getenv("PATH");
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
          Path p = Path.of(dir.isEmpty() ? "." : dir, name);
          if (Files.isExecutable(p)) {
            return p;
          }
        }
      }
      return null;
    }

    static Chromium start(Path profile) throws Exception {
      Path binary = binary();
      assumeTrue(binary != null, "Chromium is not installed (apt-get install chromium); bench/report-screenshot.sh"
          + " checks the page in .ci/run");
      Files.createDirectories(profile);
      ProcessBuilder pb = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
          "--remote-allow-origins=*", "--window-size=1280,2000", "about:blank");
      pb.redirectErrorStream(true);
      Process process = pb.start();
      process.getOutputStream().close();
      CompletableFuture<String> endpoint = new CompletableFuture<>();
      Chromium c;
      try {
        List<String> early = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
          try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
              early.add(line);
              Matcher m = LISTENING.matcher(line);
              if (m.find()) {
                endpoint.complete(m.group(1));
              }
            }
          } catch (IOException e) {
            // the browser went away
          }
          endpoint.completeExceptionally(new IllegalStateException("Chromium ended: " + early));
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        URI ws = URI.create(endpoint.get(60, TimeUnit.SECONDS));
        c = new Chromium(process, ws.getPort());
      } catch (Exception e) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw e;
      }
      return c;
    }

    /** Opens a file in the first tab and waits for its load event. */
    Page open(Path file) throws Exception {
      HttpClient http = HttpClient.newHttpClient();
      JsonNode targets = null;
      for (int i = 0; i < 100; i++) {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/json/list")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        targets = JSON.readTree(res.body());
        if (targets.size() > 0) {
          break;
        }
        Thread.sleep(100);
      }
      JsonNode target = null;
      for (JsonNode t : targets) {
        if (t.get("type").asText().equals("page")) {
          target = t;
          break;
        }
      }
      assertThat(target).as("a page target").isNotNull();
      Page page = new Page(http, URI.create(target.get("webSocketDebuggerUrl").asText()));
      pages.add(page);
      page.call("Runtime.enable", null);
      page.call("Log.enable", null);
      page.call("Page.enable", null);
      ObjectNode nav = JSON.createObjectNode().put("url", file.toUri().toString());
      page.loaded = new CountDownLatch(1);
      JsonNode r = page.call("Page.navigate", nav);
      assertThat(r.has("errorText")).as(r.toString()).isFalse();
      assertThat(page.loaded.await(30, TimeUnit.SECONDS)).as("load event").isTrue();
      return page;
    }

    @Override
    public void close() {
      for (Page p : pages) {
        p.close();
      }
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    /** One tab: commands with replies, and what the page reports. */
    static final class Page implements WebSocket.Listener {
      private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
      private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
      private final AtomicInteger ids = new AtomicInteger();
      private final StringBuilder frame = new StringBuilder();
      private final WebSocket socket;
      volatile CountDownLatch loaded = new CountDownLatch(1);

      Page(HttpClient http, URI ws) throws Exception {
        socket = http.newWebSocketBuilder().buildAsync(ws, this).get(30, TimeUnit.SECONDS);
      }

      JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
          msg.set("params", params);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        JsonNode r = reply.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
          throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.get("result");
      }

      /** The value of a JavaScript expression (awaited when it is a promise), as JSON. */
      JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
            .put("awaitPromise", true).put("returnByValue", true));
        assertThat(r.has("exceptionDetails")).as(String.valueOf(r.get("exceptionDetails"))).isFalse();
        return r.get("result").get("value");
      }

      /** Console messages, uncaught exceptions, error log entries (CSP violations among them) and dialogs. */
      List<String> problems() {
        synchronized (problems) {
          return new ArrayList<>(problems);
        }
      }

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        frame.append(data);
        if (last) {
          String text = frame.toString();
          frame.setLength(0);
          try {
            handle(JSON.readTree(text));
          } catch (IOException e) {
            problems.add("unreadable DevTools message: " + e.getMessage());
          }
        }
        ws.request(1);
        return null;
      }

      private void handle(JsonNode msg) {
        if (msg.has("id")) {
          CompletableFuture<JsonNode> reply = replies.remove(msg.get("id").asInt());
          if (reply != null) {
            reply.complete(msg);
          }
          return;
        }
        String method = msg.path("method").asText();
        JsonNode params = msg.path("params");
        switch (method) {
          case "Page.loadEventFired" -> loaded.countDown();
          case "Runtime.consoleAPICalled" -> problems.add("console." + params.path("type").asText() + ": "
              + params.path("args"));
          case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
          case "Log.entryAdded" -> {
            String level = params.path("entry").path("level").asText();
            if (level.equals("error") || level.equals("warning")) {
              problems.add("log " + level + ": " + params.path("entry").path("text").asText());
            }
          }
          case "Page.javascriptDialogOpening" -> problems.add("dialog: " + params.path("message").asText());
          default -> { }
        }
      }

      void close() {
        try {
          socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
          socket.abort();
        }
      }
    }
  }
}
