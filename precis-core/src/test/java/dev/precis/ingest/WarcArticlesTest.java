package dev.precis.ingest;

import static dev.precis.ingest.IngestFixtures.bytes;
import static dev.precis.ingest.IngestFixtures.errorOf;
import static dev.precis.ingest.IngestFixtures.gzip;
import static dev.precis.ingest.IngestFixtures.read;
import static dev.precis.ingest.IngestFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArticlesTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();

  private static final Instant CRAWLED = Instant.parse("2026-03-12T08:30:00Z");

  private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(contentType), body)
        .build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }

  private static byte[] warc(WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(out)) {
      for (WarcRecord r : records) {
        writer.write(r);
      }
    }
    return out.toByteArray();
  }

  /** A crawl of the fixture pages with the usual other records around them. */
  static byte[] crawl() throws IOException {
    byte[] simple = ("<html><head><title>Levels fall</title></head><body><p>The water level in the valley fell"
        + " overnight.</p></body></html>").getBytes(UTF_8);
    String latinPage = "<html><body><p>Le caf\u00e9 a rouvert.</p></body></html>";
    return warc(
        new Warcinfo.Builder().date(CRAWLED).fields(java.util.Map.of("software", List.of("test"))).build(),
        new WarcRequest.Builder(URI.create("https://courier.example/a")).date(CRAWLED)
            .body(new HttpRequest.Builder("GET", "/a").build()).build(),
        response("https://courier.example/a", 200, "text/html; charset=utf-8", bytes("news-jsonld.html")),
        response("https://courier.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        response("https://courier.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(UTF_8)),
        response("https://valley.example/levels", 200, "text/html", simple),
        response("https://cafe.example/", 200, "text/html;charset=ISO-8859-1",
            latinPage.getBytes(Charset.forName("ISO-8859-1"))),
        new WarcResource.Builder(URI.create("urn:x-resource")).date(CRAWLED)
            .body(MediaType.HTML, "<p>A resource, not a response</p>".getBytes(UTF_8)).build());
  }

  @Test
  void htmlResponsesWithStatus200AreTheArticles() throws Exception {
    Path f = write(tmp.resolve("crawl.warc"), crawl());
    List<Story> stories = read(warnings, f);
    assertThat(stories).singleElement().extracting(Story::id).isEqualTo("crawl");
    List<Document> docs = stories.get(0).documents();
    assertThat(docs).extracting(Document::id).containsExactly("crawl-0", "crawl-1", "crawl-2");
    assertThat(docs).extracting(Document::url).containsExactly("https://courier.example/a",
        "https://valley.example/levels", "https://cafe.example/");
    Document courier = docs.get(0);
    assertThat(courier.title()).isEqualTo("Reservoir spillway gives way above Veldenburg & valley towns");
    assertThat(courier.source()).isEqualTo("The Northmere Courier");
    assertThat(courier.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 15)); // the page's own date
    assertThat(courier.text()).startsWith("The concrete spillway").doesNotContain("cookies");
    Document levels = docs.get(1);
    assertThat(levels.title()).isEqualTo("Levels fall");
    assertThat(levels.date()).isEqualTo(LocalDateTime.of(2026, 3, 12, 8, 30)); // no page date: WARC-Date, UTC
    assertThat(levels.text()).isEqualTo("The water level in the valley fell overnight.");
    assertThat(docs.get(2).text()).isEqualTo("Le caf\u00e9 a rouvert."); // the HTTP charset
    assertThat(warnings).isEmpty();
  }

  @Test
  void gzippedWarcsAreRead() throws Exception {
    Path whole = write(tmp.resolve("whole.warc.gz"), gzip(crawl()));
    assertThat(read(warnings, whole).get(0).documents()).hasSize(3);
    // Per-record compression, as crawlers write it: concatenated gzip members.
    ByteArrayOutputStream members = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(members),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      writer.write(response("https://valley.example/levels", 200, "text/html",
          "<p>First page text.</p>".getBytes(UTF_8)));
      writer.write(response("https://valley.example/other", 200, "text/html",
          "<p>Second page text.</p>".getBytes(UTF_8)));
    }
    Path perRecord = write(tmp.resolve("records.warc.gz"), members.toByteArray());
    assertThat(read(warnings, perRecord).get(0).documents()).extracting(Document::text)
        .containsExactly("First page text.", "Second page text.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void malformedRecordsAreCountedAndSkipped() throws Exception {
    byte[] before = warc(response("https://a.example/1", 200, "text/html", "<p>Before.</p>".getBytes(UTF_8)));
    byte[] broken = ("WARC/1.0\r\nWARC-Type response\r\nthis is no header\r\n\r\n").getBytes(UTF_8);
    byte[] badHttp = warc(new WarcResponse.Builder(URI.create("https://a.example/2")).date(CRAWLED)
        .body(MediaType.HTTP_RESPONSE, "HTTP/1.1 twohundred\r\n\r\n<p>x</p>".getBytes(UTF_8)).build());
    byte[] after = warc(response("https://a.example/3", 200, "text/html", "<p>After.</p>".getBytes(UTF_8)));
    Path f = write(tmp.resolve("damaged.warc"), concat(before, broken, badHttp, after));
    Story story = read(warnings, f).get(0);
    assertThat(story.documents()).extracting(Document::text).containsExactly("Before.", "After.");
    assertThat(warnings).singleElement().asString()
        .startsWith(f + ": 2 malformed WARC records skipped (first: ");
  }

  @Test
  void aRecordWithAnUnreadableLengthIsSkippedAndTheRestRead() throws Exception {
    byte[] bad = ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n").getBytes(UTF_8);
    byte[] after = warc(response("https://a.example/3", 200, "text/html", "<p>After.</p>".getBytes(UTF_8)));
    Path f = write(tmp.resolve("bad-length.warc"), concat(bad, after));
    Story story = read(warnings, f).get(0);
    assertThat(story.documents()).extracting(Document::text).containsExactly("After.");
    assertThat(warnings).singleElement().asString().startsWith(f + ": 1 malformed WARC record skipped");
  }

  @Test
  void aTruncatedWarcKeepsTheArticlesBeforeTheCut() throws Exception {
    byte[] two = warc(response("https://a.example/1", 200, "text/html", "<p>One.</p>".getBytes(UTF_8)),
        response("https://a.example/2", 200, "text/html", "<p>Two.</p>".getBytes(UTF_8)));
    byte[] third = warc(response("https://a.example/3", 200, "text/html", "<p>Three.</p>".getBytes(UTF_8)));
    Path f = write(tmp.resolve("cut.warc"), concat(two, Arrays.copyOf(third, third.length / 2)));
    Story story = read(warnings, f).get(0);
    assertThat(story.documents()).hasSize(2);
    assertThat(warnings).singleElement().asString().startsWith(f + ": read error after 2 articles (");

    warnings.clear();
    byte[] gz = gzip(concat(two, warc(response("https://courier.example/a", 200, "text/html",
        bytes("news-jsonld.html")))));
    Path g = write(tmp.resolve("cut.warc.gz"), Arrays.copyOf(gz, gz.length * 3 / 4));
    Story partial = read(warnings, g).get(0);
    assertThat(partial.documents()).extracting(Document::text).startsWith("One.", "Two.");
    assertThat(partial.documents()).hasSize(3); // the page cut short gives what was read of it
    assertThat(partial.documents().get(2).title()).startsWith("Reservoir spillway");
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).startsWith(g + ": gzip data truncated or corrupt (Unexpected end of ZLIB input"
        + " stream); using the ");
    assertThat(warnings.get(1)).startsWith(g + ": read error after 3 articles (");
  }

  @Test
  void aWarcWithoutHtmlPagesIsAnError() throws Exception {
    Path f = write(tmp.resolve("images.warc"), warc(response("https://a.example/i.png", 200, "image/png",
        new byte[] {1, 2, 3})));
    assertThat(errorOf(warnings, f)).isEqualTo(f + ": no HTML pages (response records with status 200 and"
        + " text/html) in the WARC");
  }

  @Test
  void aWarcInADirectoryAddsItsPagesToTheDirectoryStory() throws Exception {
    write(tmp.resolve("event/a.txt"), "Plain article.".getBytes(UTF_8));
    write(tmp.resolve("event/b.warc"), crawl());
    Story story = read(warnings, tmp.resolve("event")).get(0);
    assertThat(story.documents()).extracting(Document::id).containsExactly("a", "b-0", "b-1", "b-2");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
