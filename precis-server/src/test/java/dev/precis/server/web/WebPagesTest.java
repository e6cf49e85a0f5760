package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class WebPagesTest {
  private static final Set<String> OUR_SCRIPTS = Set.of(WebPages.PAGE_JS, WebPages.REPORT_JS);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private TestSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(site.uri(path)).header("Accept", "text/html,*/*;q=0.8").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String form, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(site.uri("/admin/feeds"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertSecurityHeaders(HttpResponse<?> r) {
    String where = r.request().method() + " " + r.uri();
    assertThat(r.headers().firstValue("Content-Security-Policy")).as(where).contains(WebPages.CSP);
    assertThat(WebPages.CSP).contains("script-src 'self'").contains("frame-ancestors 'none'")
        .contains("default-src 'none'").doesNotContain("unsafe");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).as(where).contains("no-referrer");
    assertThat(r.headers().firstValue("X-Frame-Options")).as(where).contains("DENY");
  }

  /** Only this server's scripts and style sheet, no inline script, style or event handler, no foreign link. */
  private static void assertOnlyOurCode(String html, String where) {
    org.jsoup.nodes.Document d = Jsoup.parse(html);
    for (Element s : d.select("script")) {
      assertThat(OUR_SCRIPTS).as(where + ": " + s.outerHtml()).contains(s.attr("src"));
      assertThat(s.data()).as(where).isEmpty();
    }
    assertThat(d.select("script")).as(where).hasSize(2);
    assertThat(d.select("style, iframe, frame, object, embed, img, math, base, form[action^=http], meta[http-equiv]"))
        .as(where).isEmpty();
    assertThat(d.select("link").eachAttr("href")).as(where).containsExactly(WebPages.CSS);
    assertThat(d.select("svg").not(".heatmap")).as(where).isEmpty();
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as(where + ": " + e.tagName()).doesNotStartWith("on").isNotEqualTo("style")
            .isNotEqualTo("srcdoc").doesNotContain("href:");
        if (name.equals("href") || name.equals("src") || name.equals("action")) {
          String v = a.getValue().strip().toLowerCase(Locale.ROOT);
          boolean ours = v.startsWith("/") && !v.startsWith("//") || v.startsWith("#") || v.startsWith("?");
          assertThat(ours || v.startsWith("https://") || v.startsWith("http://")).as(where + ": " + v).isTrue();
        }
      }
    }
  }

  @Test
  void everyRouteCarriesTheSecurityHeadersAndNoInlineCode() throws Exception {
    site = new TestSite(FakeStories.sample());
    site.stories.add(1, FakeStories.doc("ferry-4", "Switchboard fault was reported", "Tidewater Radio", null,
        "2026-05-04T12:00", "The ship's engineers had reported a fault in the main switchboard the week before."
            + " The operator said a replacement part had been ordered."), Instant.parse("2026-05-04T12:05:00Z"));
    for (String path : List.of("/", "/?q=frost", "/?outlet=Farm+Wire&from=2026-05-01&to=2026-05-31", "/?from=May",
        "/?page=0", "/stories/1", "/stories/1?since=1", "/stories/1?since=x", "/stories/2", "/stories/999",
        "/stories/abc", "/admin/feeds", "/no/such/page", "/stories/1/nothing")) {
      HttpResponse<String> r = get(path);
      assertSecurityHeaders(r);
      assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t)
          .startsWith("text/html"));
      assertOnlyOurCode(r.body(), path);
      assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("at dev.precis")
          .doesNotContain("at io.javalin");
    }
    for (String path : List.of(WebPages.CSS, WebPages.PAGE_JS, WebPages.REPORT_JS)) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).isEqualTo(200);
      assertSecurityHeaders(r);
    }
    assertSecurityHeaders(postForm("url=https%3A%2F%2Fnews.example%2Frss"));
    HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(site.uri("/stories/1/events"))
            .header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertSecurityHeaders(events);
    events.body().close();
  }

  @Test
  void unknownPagesAndStoriesGetAnHtmlNotFoundPage() throws Exception {
    site = new TestSite(FakeStories.sample());
    for (String path : List.of("/stories/999", "/stories/abc", "/stories/-1", "/no/such/page")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("Not found");
    }
    HttpResponse<String> badVersion = get("/stories/1?since=first");
    assertThat(badVersion.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(badVersion.body()).select(".problem").text()).contains("\"first\"");
  }

  @Test
  void theFrontPageListsStoriesNewestFirstWithFiltersAndPages() throws Exception {
    site = new TestSite(FakeStories.sample());
    org.jsoup.nodes.Document front = Jsoup.parse(get("/").body());
    List<String> links = front.select(".story-item a.headline").eachAttr("href");
    assertThat(links).containsExactly("/stories/1", "/stories/2");
    assertThat(front.select(".story-item .meta").first().text()).startsWith("3 outlets · 3 articles · updated"
        + " 2026-05-04 09:30 UTC");
    assertThat(front.select("select[name=outlet] option").eachText()).contains("Farm Wire", "Estuary Post");
    assertThat(Jsoup.parse(get("/?q=blossom").body()).select(".story-item a.headline").eachAttr("href"))
        .containsExactly("/stories/2");
    assertThat(Jsoup.parse(get("/?outlet=Estuary+Post").body()).select(".story-item a.headline")
        .eachAttr("href")).containsExactly("/stories/1");
    assertThat(Jsoup.parse(get("/?to=2026-05-03").body()).select(".story-item a.headline").eachAttr("href"))
        .containsExactly("/stories/2");
    HttpResponse<String> bad = get("/?from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.body()).select(".problem").text())
        .isEqualTo("\"yesterday\" in from is not a day: write it as YYYY-MM-DD.");
    assertThat(Jsoup.parse(bad.body()).select("input[name=from]").attr("value")).isEqualTo("yesterday");

    FakeStories many = new FakeStories();
    for (int i = 0; i < StoryPages.PAGE_SIZE + 2; i++) {
      many.create(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i), List.of(
          FakeStories.doc("a" + i, "Item " + i, "Outlet A", null, null, "Report number " + i + " was filed on time."),
          FakeStories.doc("b" + i, "Item " + i, "Outlet B", null, null, "Report number " + i + " was filed.")));
    }
    site.close();
    site = new TestSite(many);
    org.jsoup.nodes.Document first = Jsoup.parse(get("/?q=report").body());
    assertThat(first.select(".story-item")).hasSize(StoryPages.PAGE_SIZE);
    assertThat(first.select(".story-item a.headline").first().attr("href")).isEqualTo("/stories/22");
    assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/?q=report&page=2");
    assertThat(first.select(".pager a[rel=prev]")).isEmpty();
    org.jsoup.nodes.Document second = Jsoup.parse(get("/?q=report&page=2").body());
    assertThat(second.select(".story-item a.headline").eachAttr("href")).containsExactly("/stories/2", "/stories/1");
    assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/?q=report");
    assertThat(second.select(".pager a[rel=next]")).isEmpty();
  }

  @Test
  void aStoryPageLinksEachCitationToItsPassageAndShowsWhatIsNew() throws Exception {
    site = new TestSite(FakeStories.sample());
    org.jsoup.nodes.Document page = Jsoup.parse(get("/stories/1").body());
    assertThat(page.select("#story").attr("data-version")).isEqualTo("1");
    // the page's title is the headline the front page lists it under
    String listed = Jsoup.parse(get("/").body()).select("a.headline[href=/stories/1]").text();
    assertThat(listed).isNotBlank();
    assertThat(page.select("#story-head h1").text()).isEqualTo(listed);
    assertThat(page.select("#new-since").hasAttr("hidden")).isTrue();
    List<Element> marks = page.select("#report .summary sup.cites a.jump");
    assertThat(marks).isNotEmpty();
    for (Element a : marks) {
      Element passage = page.getElementById(a.attr("href").substring(1));
      assertThat(passage).as(a.attr("href")).isNotNull();
      assertThat(passage.hasClass("m-cite")).isTrue();
    }
    Element firstSentence = page.select("#report .summary .sent").first();
    Element firstPassage = page.getElementById(marks.get(0).attr("href").substring(1));
    assertThat(firstPassage.text()).isEqualTo(firstSentence.text());
    // the third article's address is javascript: — shown as text, not as a link
    List<String> sources = page.select("#source-list li").eachText();
    assertThat(sources).hasSize(3);
    assertThat(page.select("#source-list a[href^=https]").eachAttr("href")).containsExactly(
        "https://estuarypost.example/2026/05/ferry-power", "https://coastalcourier.example/news/ferry-adrift");
    assertThat(page.select("#source-list a[href^=/api/articles/]").eachAttr("href"))
        .containsExactly("/api/articles/100", "/api/articles/101", "/api/articles/102");

    long added = site.stories.add(1, FakeStories.doc("ferry-4", "Crew member treated for smoke inhalation",
        "Tidewater Radio", "https://tidewater.example/ferry", "2026-05-04T12:00",
        "One crew member was treated for smoke inhalation after a small fire in the switchboard room, the"
            + " coastguard said. The fire was put out within minutes."), Instant.parse("2026-05-04T12:05:00Z"));
    assertThat(Jsoup.parse(get("/stories/1").body()).select("#story").attr("data-version"))
        .as("the page kept for version 1 is dropped").isEqualTo("2");
    org.jsoup.nodes.Document since = Jsoup.parse(get("/stories/1?since=1").body());
    assertThat(since.select("#story").attr("data-version")).isEqualTo("2");
    Element fresh = since.getElementById("new-since");
    assertThat(fresh.hasAttr("hidden")).isFalse();
    assertThat(fresh.select("h2").text()).isEqualTo("New since version 1");
    assertThat(fresh.select(".new-articles li").eachText())
        .containsExactly("[4] Tidewater Radio Crew member treated for smoke inhalation");
    assertThat(fresh.select(".new-articles a").attr("href")).isEqualTo("#s0-d3");
    assertThat(fresh.select(".summary .sent").eachText()).anyMatch(s -> s.contains("smoke inhalation"));
    assertThat(since.getElementById("s0-d3")).isNotNull();
    assertThat(added).isEqualTo(105);
    assertThat(Jsoup.parse(get("/stories/1?since=2").body()).select("#new-since").text())
        .isEqualTo("New since version 2 Nothing new since version 2.");
    assertThat(Jsoup.parse(get("/stories/1?since=7").body()).select("#new-since").text())
        .isEqualTo("New since version 7 Version 7 is not known.");
  }

  @Test
  void hostileArticlesAreShownAsTextAndNeverAsMarkup() throws Exception {
    FakeStories stories = new FakeStories();
    long id = stories.create(Instant.parse("2026-06-01T12:00:00Z"), XssCorpus.articles());
    site = new TestSite(stories);
    stories.add(id, FakeStories.doc("x4", "<img src=x onerror=alert('late')>Gates to close on Wednesday",
        "<svg onload=alert(1)>", "https://ok.example/\"><script>alert(7)</script>", "2026-06-01T13:00",
        "The water board said the spillway gates would close on Wednesday. <script>alert('late')</script>"),
        Instant.parse("2026-06-01T13:05:00Z"));
    for (String path : List.of("/", "/stories/" + id, "/stories/" + id + "?since=1", "/?q=%3Cscript%3E")) {
      String body = get(path).body();
      assertOnlyOurCode(body, path);
    }
    org.jsoup.nodes.Document page = Jsoup.parse(get("/stories/" + id + "?since=1").body());
    // shown, as text: the titles and outlet names with their markup
    assertThat(page.text()).contains("<script>window.pwned=1;alert('title')</script>Dam gates opened at Brell")
        .contains("<b onmouseover=\"alert('outlet')\">Brell Observer</b>").contains("'); alert('quote'); //")
        .contains("<img src=x onerror=alert('late')>Gates to close on Wednesday");
    assertThat(page.select("#source-list a[href^=http]").eachAttr("href"))
        .containsExactly("https://ok.example/%22%3E%3Cscript%3Ealert(7)%3C/script%3E");
    assertThat(page.select("title").text()).doesNotContain("<style>");

    site.feeds.clear();
    assertThat(postForm("url=" + java.net.URLEncoder.encode(XssCorpus.FEED, StandardCharsets.UTF_8) + "&token="
        + TestSite.TOKEN).statusCode()).isEqualTo(303);
    String admin = get("/admin/feeds").body();
    assertOnlyOurCode(admin, "/admin/feeds");
    assertThat(Jsoup.parse(admin).select("table.feeds a").attr("href")).isEqualTo(XssCorpus.FEED);
  }

  @Test
  void addingAFeedNeedsTheTokenAndAnHttpAddress() throws Exception {
    site = new TestSite(FakeStories.sample());
    HttpResponse<String> noToken = postForm("url=https%3A%2F%2Fnews.example%2Frss");
    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(Jsoup.parse(noToken.body()).select(".problem").text()).contains("needs the server's token");
    assertThat(Jsoup.parse(noToken.body()).select("input[name=url]").attr("value"))
        .isEqualTo("https://news.example/rss");
    assertThat(postForm("url=https%3A%2F%2Fnews.example%2Frss&token=wrong").statusCode()).isEqualTo(401);
    for (String bad : List.of("javascript%3Aalert(1)", "file%3A%2F%2F%2Fetc%2Fpasswd", "news.example%2Frss", "",
        "https%3A%2F%2Fuser%3Apw%40news.example%2F")) {
      HttpResponse<String> r = postForm("url=" + bad + "&token=" + TestSite.TOKEN);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(Jsoup.parse(r.body()).select(".problem").text()).as(bad).isNotBlank();
    }
    assertThat(postForm("url=https%3A%2F%2Fnews.example%2Frss&interval_minutes=0&token=" + TestSite.TOKEN)
        .statusCode()).isEqualTo(400);
    assertThat(postForm("url=https%3A%2F%2Fnews.example%2Frss&token=" + TestSite.TOKEN, "Sec-Fetch-Site",
        "cross-site").statusCode()).isEqualTo(403);
    assertThat(site.feeds).isEmpty();

    HttpResponse<String> ok = postForm("url=https%3A%2F%2Fnews.example%2Frss&interval_minutes=30&fetch_pages=on"
        + "&token=" + TestSite.TOKEN);
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location")).contains("/admin/feeds?added=1");
    assertThat(site.feeds).singleElement().satisfies(f -> {
      assertThat(f.url()).hasToString("https://news.example/rss");
      assertThat(f.interval()).isEqualTo(Duration.ofMinutes(30));
      assertThat(f.fetchPages()).isTrue();
    });
    org.jsoup.nodes.Document admin = Jsoup.parse(get("/admin/feeds").body());
    assertThat(admin.select("table.feeds tbody tr")).hasSize(1);
    assertThat(admin.select("table.feeds tbody td").eachText()).containsExactly("https://news.example/rss full pages",
        "never", "–", "–", "0", "0", admin.select("table.feeds tbody td").get(6).text(), "30 min");
  }

  @Test
  void liveRefreshSendsTheVersionOnConnectingAndOnEachChange() throws Exception {
    site = new TestSite(FakeStories.sample());
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(site.uri("/stories/1/events"))
            .header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("text/event-stream"));
    try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      assertThat(nextEvent(in)).containsExactly("event: version", "data: 1");
      site.stories.add(2, FakeStories.doc("o3", "Frost", "Hill Post", null, null, "The frost came early."),
          Instant.now());
      site.stories.add(1, FakeStories.doc("f5", "Ferry", "Hill Post", null, null, "The ferry is back."),
          Instant.now());
      assertThat(nextEvent(in)).containsExactly("event: version", "data: 2");
    }
    HttpResponse<String> gone = http.send(HttpRequest.newBuilder(site.uri("/stories/77/events"))
            .header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(gone.body()).contains("event: gone");
  }

  /** The lines of the next event (up to its blank line), comments skipped. */
  private static List<String> nextEvent(BufferedReader in) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isEmpty() && !lines.isEmpty()) {
        return lines;
      }
      if (!line.isEmpty() && !line.startsWith(":")) {
        lines.add(line);
      }
    }
    return lines;
  }
}
