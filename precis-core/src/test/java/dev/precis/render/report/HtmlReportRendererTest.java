package dev.precis.render.report;

import dev.precis.compare.StoryReport;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportRendererTest {
  private static final Pattern KEY = Pattern.compile("s(\\d+)-d(\\d+)-(\\d+)-(\\d+)");
  private static final Set<String> ARTICLE_LINKS = Set.of("https://wire.example/a?x=1&y=2",
      "http://blog.example/c?q=%22x%22%20onmouseover=%22alert(5)");

  private final ReportRenderer html = ReportRenderers.get("html");

  private static org.jsoup.nodes.Document parse(String page) {
    return Jsoup.parse(page);
  }

  @Test
  void isOnePageWithItsOwnStyleAndScriptOnly() throws Exception {
    String page = html.render(ReportFixtures.handMade());
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    org.jsoup.nodes.Document doc = parse(page);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("script").first().data()).isEqualTo(HtmlReportRenderer.SCRIPT);
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("style").first().data()).isEqualTo(HtmlReportRenderer.STYLE);
    String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none'; ")
        .contains("style-src 'sha256-" + sha256(HtmlReportRenderer.STYLE) + "'")
        .contains("script-src 'sha256-" + sha256(HtmlReportRenderer.SCRIPT) + "'")
        .doesNotContain("unsafe");
    assertThat(HtmlReportRenderer.STYLE).doesNotContain("url(").doesNotContain("@import");
    assertThat(HtmlReportRenderer.SCRIPT).doesNotContain("http").doesNotContain("fetch")
        .doesNotContain("innerHTML").doesNotContain("eval(");
    assertThat(doc.select("link, img, iframe, object, embed, base, form, input, textarea, video, audio, source"))
        .isEmpty();
  }

  @Test
  void untrustedTextIsEscapedEverywhere() {
    String page = html.render(ReportFixtures.handMade());
    String lower = page.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("</textarea")
        .doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<a href=\"javascript")
        .doesNotContain("<!--").doesNotContain("<style>body").doesNotContain("<evil")
        .doesNotContain("onerror=alert(1)>").doesNotContain("\" onmouseover");
    assertThat(page.indexOf("<script>")).isEqualTo(page.lastIndexOf("<script>"));
    org.jsoup.nodes.Document doc = parse(page);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().toLowerCase(Locale.ROOT)).as(a.toString()).doesNotContain("javascript:");
      }
    }
    // the text reads as written
    assertThat(doc.title()).isEqualTo("bridge <i> — cross-source report");
    assertThat(doc.select("h2").first().text()).isEqualTo("bridge <i>");
    assertThat(doc.getElementById("s0-d1").selectFirst(".text").wholeText()).isEqualTo(ReportFixtures.B_TEXT);
    assertThat(doc.getElementById("s0-d2").selectFirst(".text").wholeText()).isEqualTo(ReportFixtures.C_TEXT);
    assertThat(doc.getElementById("s0-d1").selectFirst("h4").text()).isEqualTo("[2] <script>alert(1)</script>");
    assertThat(doc.getElementById("s0-d1").selectFirst(".doc-meta").text())
        .isEqualTo("\"><img src=x onerror=alert(1)> · b-<evil id=\"x\">");
    assertThat(doc.select("#s0-summary .sent").get(1).text())
        .isEqualTo("</textarea><script>alert(2)</script> Officials said 17 were hurt.");
  }

  @Test
  void linksGoOnlyToThePageItselfAndToTheArticlesWebAddresses() {
    org.jsoup.nodes.Document doc = parse(html.render(List.of(ReportFixtures.handMade(), ReportFixtures.ferry())));
    assertThat(doc.select("[src]")).isEmpty();
    Set<String> external = new HashSet<>();
    for (Element a : doc.select("[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
      } else {
        external.add(href);
        assertThat(a.tagName()).isEqualTo("a");
        assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
      }
    }
    assertThat(external).isEqualTo(ARTICLE_LINKS);
    for (Element e : doc.select("[xlink:href], [action], [formaction], [srcset], [poster], [data]")) {
      throw new AssertionError("reference in " + e);
    }
  }

  @Test
  void idsAreUniqueAcrossStories() {
    org.jsoup.nodes.Document doc = parse(html.render(List.of(ReportFixtures.handMade(), ReportFixtures.ferry(),
        ReportFixtures.handMade())));
    Set<String> seen = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(seen.add(e.id())).as(e.id()).isTrue();
    }
    assertThat(doc.select("section.story")).hasSize(3);
  }

  @Test
  void citationMarksJumpToTheCitedPassage() {
    StoryReport r = ReportFixtures.handMade();
    org.jsoup.nodes.Document doc = parse(html.render(List.of(ReportFixtures.ferry(), r)));
    assertJumpsLandOnTheirPassages(doc, List.of(ReportFixtures.ferry().story(), r.story()));
    Elements marks = doc.select("#s1-summary sup.cites").first().select("a.jump");
    assertThat(marks.eachText()).containsExactly("1", "2");
    String key = marks.get(1).attr("href").substring(1);
    Element target = doc.getElementById(key);
    assertThat(target.hasClass("m-cite")).isTrue();
    assertThat(target.parents()).contains(doc.getElementById("s1-d1"));
  }

  @Test
  void everySectionIsThere() {
    org.jsoup.nodes.Document doc = parse(html.render(ReportFixtures.handMade()));
    for (String section : List.of("summary", "corroboration", "unique", "quotes", "conflicts", "entities",
        "timeline", "sharing", "sources")) {
      assertThat(doc.getElementById("s0-" + section)).as(section).isNotNull();
      assertThat(doc.select("nav.toc a[href=#s0-" + section + "]")).as(section).hasSize(1);
    }
    Elements rows = doc.select("#s0-summary table.sentences tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).select(".count").text()).isEqualTo("2");
    assertThat(rows.get(0).select(".chip").eachText())
        .containsExactly("[1] Wire", "[2] \"><img src=x onerror=alert(1)>");
    assertThat(rows.get(1).select(".count").text()).isEqualTo("1");

    assertThat(doc.select("#s0-corroboration .count").text()).isEqualTo("2");
    assertThat(doc.select("#s0-corroboration .badge.copies")).hasSize(1);
    assertThat(doc.select("#s0-unique li").eachText()).hasSize(2);
    Elements quotes = doc.select("#s0-quotes tbody tr");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).select("td").get(1).text()).isEqualTo("Ann Lee");
    assertThat(quotes.get(0).select("a.jump")).hasSize(2);
    assertThat(doc.select("#s0-conflicts .kind").text()).isEqualTo("Number");
    assertThat(doc.select("#s0-conflicts .value").eachText()).containsExactly("14", "<17>");
    assertThat(doc.select("#s0-conflicts a.jump")).hasSize(2);
    assertThat(doc.select("#s0-entities tbody tr").get(0).select("td").eachText())
        .containsExactly("Ann Lee", "person", "1", "1", "1", "3");
    Elements events = doc.select("#s0-timeline li");
    assertThat(events.get(0).select(".date").text()).isEqualTo("2026-03-10");
    assertThat(events.get(0).select(".badge.rel")).hasSize(1);
    assertThat(events.get(1).select(".undated").text()).isEqualTo("undated");
    assertThat(events.get(1).text()).contains("“next week <soon>”");
  }

  @Test
  void sharingIsAnInlineSvgHeatmapWithLabels() {
    org.jsoup.nodes.Document doc = parse(html.render(ReportFixtures.handMade()));
    Element svg = doc.selectFirst("#s0-sharing svg.heatmap");
    assertThat(svg).isNotNull();
    assertThat(svg.select("rect")).hasSize(9);
    assertThat(svg.select("text.hm-row").eachText().get(0)).startsWith("[1] Wire");
    assertThat(svg.select("text.hm-col").eachText()).hasSize(3);
    List<String> cells = new ArrayList<>();
    for (Element g : svg.select("g.hm-cell")) {
      cells.add(g.selectFirst("text").text());
    }
    assertThat(cells).containsExactly("—", "50%", "0%", "25%", "—", "–", "0%", "0%", "—");
    assertThat(svg.select("g.hm-cell title").get(1).text())
        .isEqualTo("[1] Wire: 50% of its statements also in [2] \"><img src=x onerror=alert(1)>");
  }

  @Test
  void anEmptyOutputIsStillAPage() {
    String page = html.render(List.of());
    assertThat(page).startsWith("<!DOCTYPE html>").contains("No stories.").endsWith("</html>\n");
  }

  /** Each jump link's target and its fragments exist, and together hold exactly the passage the key names. */
  static void assertJumpsLandOnTheirPassages(org.jsoup.nodes.Document doc, List<Story> stories) {
    Elements jumps = doc.select("a.jump");
    assertThat(jumps).isNotEmpty();
    for (Element a : jumps) {
      String key = a.attr("href").substring(1);
      Matcher m = KEY.matcher(key);
      assertThat(m.matches()).as(key).isTrue();
      Document d = stories.get(Integer.parseInt(m.group(1))).documents().get(Integer.parseInt(m.group(2)));
      String passage = d.text().substring(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      Element first = doc.getElementById(key);
      assertThat(first).as(key).isNotNull();
      Elements fragments = doc.select("span[data-k=" + key + "]");
      assertThat(fragments.first()).isEqualTo(first);
      StringBuilder text = new StringBuilder();
      for (Element f : fragments) {
        text.append(f.wholeText());
      }
      assertThat(text.toString()).as(key).isEqualTo(passage);
    }
  }

  private static String sha256(String s) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
