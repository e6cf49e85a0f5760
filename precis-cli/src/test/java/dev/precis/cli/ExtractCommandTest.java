package dev.precis.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path tmp;

  private static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Quay wall repaired | Coastline"
      + " Today</title><meta property=\"og:site_name\" content=\"Coastline Today\"><meta name=\"author\" content=\""
      + "Tamsin Rowe\"><meta property=\"article:published_time\" content=\"2024-06-09T13:50:00+01:00\"><link"
      + " rel=\"canonical\" href=\"https://coastline.example/2024/06/09/quay\"></head><body><nav><a href=\"/\">Home"
      + "</a><a href=\"/news\">News</a></nav><article><h1>Quay wall repaired</h1><p>The quay wall at Saltcombe Bay"
      + " reopened on Sunday after six weeks of repairs to its stonework.</p><figure><img src=\"q.jpg\"><figcaption>"
      + "The wall on Sunday. (Hal Brannock via AP, File)</figcaption></figure><p>Fishing boats will moor there again"
      + " from Monday, the harbour trust said.</p></article><footer>All rights reserved.</footer></body></html>";

  private Path page(String name, String html) throws Exception {
    return Files.writeString(tmp.resolve(name), html, UTF_8);
  }

  @Test
  void textWithMetadata() throws Exception {
    Run run = Run.of("extract", page("quay.html", PAGE).toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("""
        Title: Quay wall repaired
        Outlet: Coastline Today
        Author: Tamsin Rowe
        Date: 2024-06-09T13:50:00
        Language: en
        URL: https://coastline.example/2024/06/09/quay

        The quay wall at Saltcombe Bay reopened on Sunday after six weeks of repairs to its stonework.

        Fishing boats will moor there again from Monday, the harbour trust said.
        """);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonAndMarkdownOfSeveralPages() throws Exception {
    Path a = page("a.html", PAGE);
    Path b = page("b.html", "<html><body><p>A page without metadata still has its paragraph of text here.</p>"
        + "</body></html>");
    Run json = Run.of("extract", "--format", "json", a.toString(), b.toString());
    assertThat(json.code()).as(json.toString()).isZero();
    assertThat(json.out()).contains("\"articles\" : [", "\"file\" : \"" + a + "\"", "\"author\" : \"Tamsin Rowe\"",
        "\"title\" : null", "\"text\" : \"A page without metadata still has its paragraph of text here.\"");
    Run md = Run.of("extract", "-f", "markdown", a.toString());
    assertThat(md.out()).startsWith("# Quay wall repaired\n\n*Coastline Today · Tamsin Rowe · 2024-06-09 13:50 · en*"
        + " <https://coastline.example/2024/06/09/quay>\n\nThe quay wall");
    Run text = Run.of("extract", a.toString(), b.toString());
    assertThat(text.out()).contains("harbour trust said.\n\n|||||\n\nA page without metadata");
  }

  @Test
  void aPageWithoutAnArticleIsOneLineAndExitCodeTwo() throws Exception {
    Path empty = page("menu.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
    Run run = Run.of("extract", page("quay.html", PAGE).toString(), empty.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("precis: " + empty + ": no article text in the page\n");
    Path feed = page("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>");
    assertThat(Run.of("extract", feed.toString()).err()).isEqualTo("precis: " + feed
        + ": not an HTML page but an RSS/Atom feed\n");
    assertThat(Run.of("extract", tmp.resolve("missing.html").toString()).err())
        .isEqualTo("precis: no such file: " + tmp.resolve("missing.html") + "\n");
    assertThat(Run.of("extract", "--format", "xml", empty.toString()).code()).isEqualTo(Main.USAGE);
  }
}
