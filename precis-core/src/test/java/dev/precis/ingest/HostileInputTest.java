package dev.precis.ingest;

import static dev.precis.ingest.IngestFixtures.bytes;
import static dev.precis.ingest.IngestFixtures.copy;
import static dev.precis.ingest.IngestFixtures.errorOf;
import static dev.precis.ingest.IngestFixtures.gzip;
import static dev.precis.ingest.IngestFixtures.read;
import static dev.precis.ingest.IngestFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compression, damaged and binary data, attacks, and inputs too big to hold naively. */
class HostileInputTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void gzipIsReadTransparentlyForEveryFormat() throws Exception {
    List<String> fixtures = new ArrayList<>(IngestFixtures.ALL);
    write(tmp.resolve("fixtures/plain.txt"), "Title: T\n\nPlain text.".getBytes(UTF_8));
    write(tmp.resolve("fixtures/rows.jsonl"), "{\"id\": \"r\", \"documents\": [{\"text\": \"Row.\"}]}\n"
        .getBytes(UTF_8));
    for (String f : fixtures) {
      copy(f, tmp, "fixtures/" + f);
    }
    try (var files = Files.list(tmp.resolve("fixtures"))) {
      for (Path plain : files.sorted().toList()) {
        String name = plain.getFileName().toString();
        List<Story> expected = read(warnings, plain);
        Path gz = write(tmp.resolve("gz/" + name + ".gz"), gzip(Files.readAllBytes(plain)));
        Path unnamed = write(tmp.resolve("unnamed/" + name), gzip(Files.readAllBytes(plain)));
        assertThat(read(warnings, gz)).as(name + ".gz").isEqualTo(expected);
        if (!name.endsWith(".jsonl")) {
          // Compressed content under a plain name: recognised by its magic bytes.
          assertThat(read(warnings, unnamed)).as(name + " compressed").isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void gzipFromStandardInput() throws Exception {
    StoryReader reader = new StoryReader(warnings::add,
        new ByteArrayInputStream(gzip(bytes("feed-atom.xml"))));
    Story story = reader.readAll(List.of("-")).get(0);
    assertThat(story.id()).isEqualTo("stdin");
    assertThat(story.documents()).extracting(Document::id).containsExactly("stdin-0", "stdin-1", "stdin-2-summary");
    StoryReader html = new StoryReader(warnings::add, new ByteArrayInputStream(bytes("news-jsonld.html")));
    assertThat(html.readAll(List.of("-")).get(0).documents().get(0).source()).isEqualTo("The Northmere Courier");
  }

  @Test
  void truncatedGzipKeepsWhatWasRead() throws Exception {
    StringBuilder sgml = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sgml.append("<DOC>\n<DOCNO> APW20260310.").append(String.format("%04d", i)).append(" </DOCNO>\n<TEXT>\n")
          .append("Document ").append(i).append(" says the water rose by ").append(i * 7 % 97)
          .append(" centimetres in the night.\n</TEXT>\n</DOC>\n");
    }
    byte[] gz = gzip(sgml.toString().getBytes(UTF_8));
    Path f = write(tmp.resolve("wire.sgml.gz"), Arrays.copyOf(gz, gz.length / 2));
    Story story = read(warnings, f).get(0);
    assertThat(story.documents().size()).isBetween(50, 399);
    assertThat(story.documents().get(0).text()).isEqualTo("Document 0 says the water rose by 0 centimetres in the"
        + " night.");
    assertThat(warnings.get(0))
        .startsWith(f + ": gzip data truncated or corrupt (Unexpected end of ZLIB input stream); using the ");

    warnings.clear();
    Path header = write(tmp.resolve("header-only.txt.gz"), Arrays.copyOf(gz, 5));
    assertThat(errorOf(warnings, header)).startsWith(header + ": corrupt gzip data (");
  }

  @Test
  void binaryJunkIsRefusedWithOneMessageNamingTheFile() throws Exception {
    byte[] junk = new byte[100_000];
    new Random(42).nextBytes(junk);
    junk[0] = 'x';
    Path f = write(tmp.resolve("page.html"), junk);
    assertThat(errorOf(warnings, f)).isEqualTo(f + ": binary file, not text");
    Path gz = write(tmp.resolve("page2.html.gz"), gzip(junk));
    assertThat(errorOf(warnings, gz)).isEqualTo(gz + ": binary file, not text");
    Path pdf = write(tmp.resolve("report.txt"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(errorOf(warnings, pdf)).isEqualTo(pdf + ": binary file (PDF), not text");
    assertThat(warnings).isEmpty();
  }

  @Test
  void utf16FilesWithByteOrderMark() throws Exception {
    Path text = write(tmp.resolve("u16.txt"), "\uFEFFTitle: Z\u00fcrich\n\nDer See stieg.".getBytes(
        StandardCharsets.UTF_16LE));
    Document d = read(warnings, text).get(0).documents().get(0);
    assertThat(d.title()).isEqualTo("Z\u00fcrich");
    assertThat(d.text()).isEqualTo("Der See stieg.");
    Path html = write(tmp.resolve("u16.html"), ("\uFEFF<html><head><meta charset=\"utf-8\"></head><body><p>"
        + "Gr\u00fc\u00dfe</p></body></html>").getBytes(StandardCharsets.UTF_16BE));
    assertThat(read(warnings, html).get(0).documents().get(0).text()).isEqualTo("Gr\u00fc\u00dfe");
    assertThat(warnings).isEmpty();
  }

  @Test
  void gzipBombStopsAtTheSizeLimit() throws Exception {
    Path f = tmp.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 8; i++) {
        out.write(spaces);
      }
    }
    StoryReader small = new StoryReader(warnings::add, InputStream.nullInputStream()).withMaxTextBytes(4 << 20);
    assertThatThrownBy(() -> small.readAll(List.of(f.toString()))).isInstanceOf(InputException.class)
        .hasMessage(f + ": file too big (more than 4.0 MB; the limit for a text file is 4.0 MB)");
    Path big = tmp.resolve("big.html");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(51L << 20); // sparse: costs no disk
    }
    assertThat(errorOf(warnings, big)).isEqualTo(big + ": file too big (51.0 MB; the limit for a text file is"
        + " 50.0 MB)");
  }

  @Test
  void xmlBombIsNeverExpanded() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n");
    Path f = write(tmp.resolve("bomb.rss"), ("<?xml version=\"1.0\"?>\n" + dtd + "<rss version=\"2.0\"><channel>"
        + "<title>Bomb</title><item><title>Item</title><description>&lol9;</description></item></channel></rss>")
        .getBytes(UTF_8));
    String error = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> errorOf(warnings, f));
    assertThat(error).isEqualTo(f + ": not a readable RSS/Atom feed (Error on line 14: The entity \"lol9\" was"
        + " referenced, but not declared.; entities declared in a DOCTYPE are never read)");
  }

  @Test
  void externalEntitiesAndDtdsAreNeverFetched() throws Exception {
    Path secret = write(tmp.resolve("secret.txt"), "TOP-SECRET-MARKER".getBytes(UTF_8));
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String http = "http://127.0.0.1:" + server.getLocalPort();
      String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + http + "/evil.dtd\" [\n"
          + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
          + "<!ENTITY remote SYSTEM \"" + http + "/entity\">\n"
          + "<!ENTITY % param SYSTEM \"" + http + "/param.dtd\">\n%param;\n]>\n"
          + "<rss version=\"2.0\"><channel><title>XXE</title><item><title>Item &file;</title>"
          + "<description>Text &remote; end.</description></item></channel></rss>";
      Path f = write(tmp.resolve("xxe.xml"), feed.getBytes(UTF_8));
      Path xhtml = write(tmp.resolve("xxe.xhtml"), ("<?xml version=\"1.0\"?>\n<!DOCTYPE html SYSTEM \"" + http
          + "/x.dtd\" [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">]>\n<html><head>"
          + "<link rel=\"stylesheet\" href=\"" + http + "/s.css\"><script src=\"" + http + "/s.js\"></script>"
          + "<meta http-equiv=\"refresh\" content=\"0; url=" + http + "/\"></head><body>"
          + "<iframe src=\"" + http + "/frame\"></iframe><img src=\"" + http + "/i.png\">"
          + "<p>Body &file; text.</p></body></html>").getBytes(UTF_8));
      // The feed is refused (its entities are undeclared once its DOCTYPE is dropped); the page is read with
      // its entity reference left as it is.
      assertThat(errorOf(warnings, f)).isEqualTo(f + ": not a readable RSS/Atom feed (Error on line 8: The entity"
          + " \"file\" was referenced, but not declared.; entities declared in a DOCTYPE are never read)");
      Document page = read(warnings, xhtml).get(0).documents().get(0);
      assertThat(page.text()).isEqualTo("Body &file; text.").doesNotContain("TOP-SECRET-MARKER");
      server.setSoTimeout(300);
      assertThatThrownBy(() -> {
        try (Socket s = server.accept()) {
          // a connection was made
        }
      }).as("nothing may connect to the network").isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void tenThousandFilesAreReadInBoundedTime() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("many"));
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(dir.resolve(String.format("%05d.txt", i)), "Article " + i + " says the river is high.");
    }
    Files.writeString(dir.resolve("10000.html"), "<html><body><p>And one page.</p></body></html>");
    Story story = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(warnings, dir).get(0));
    assertThat(story.documents()).hasSize(10_001);
    assertThat(story.documents().get(9_999).text()).isEqualTo("Article 9999 says the river is high.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aThirtyMegabytePageIsReadInBoundedTimeAndMemory() throws Exception {
    Path f = tmp.resolve("huge.html");
    try (Writer w = Files.newBufferedWriter(f, UTF_8)) {
      w.write("<!DOCTYPE html><html lang=\"en\"><head><title>Endless live blog</title>"
          + "<script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\", \"headline\": \"Endless\","
          + " \"datePublished\": \"2026-03-10T08:00:00Z\"}</script></head><body>"
          + "<div class=\"cookie-banner\">We use cookies.</div><nav><a href=\"/\">Home</a></nav><main>");
      long written = 0;
      for (int i = 0; written < 30L << 20; i++) {
        String block = "<div class=\"entry\"><p>Update " + i + ": the water level at the Halden gauge was"
            + " measured again, and officials said the situation remained under control.</p>"
            + "<aside class=\"related\">Related: older update " + i + "</aside></div>\n";
        w.write(block);
        written += block.length();
      }
      w.write("</main><footer>Footer</footer></body></html>");
    }
    long heapBefore = usedHeap();
    Story story = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(warnings, f).get(0));
    Document d = story.documents().get(0);
    assertThat(d.title()).isEqualTo("Endless");
    assertThat(d.text().length()).isBetween(500_000, HtmlArticles.MAX_ARTICLE_CHARS);
    assertThat(d.text()).startsWith("Update 0: the water level").doesNotContain("cookies", "Related:", "Home");
    assertThat(warnings).containsExactly(f + ": article text cut at 1,000,000 characters");
    assertThat(usedHeap() - heapBefore).as("memory kept after reading").isLessThan(64L << 20);
  }

  @Test
  void aThirtyMegabytePageOfScriptAndInlineImagesGivesItsFewParagraphs() throws Exception {
    Path f = tmp.resolve("heavy.html");
    try (Writer w = Files.newBufferedWriter(f, UTF_8)) {
      w.write("<html><head><title>Heavy</title><script>var state = [");
      for (int i = 0; i < 400_000; i++) {
        w.write("{\"id\":" + i + ",\"v\":\"abcdefghijklmnopqrstuvwxyz\"},");
      }
      w.write("0];</script></head><body><img src=\"data:image/png;base64,");
      for (int i = 0; i < 150_000; i++) {
        w.write("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA");
      }
      w.write("\"><article><p>The only paragraph that matters.</p><p>And a second one.</p></article></body></html>");
    }
    assertThat(Files.size(f)).isGreaterThan(25L << 20);
    Document d = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(warnings, f).get(0))
        .documents().get(0);
    assertThat(d.text()).isEqualTo("The only paragraph that matters.\n\nAnd a second one.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void damagedFixturesGiveStoriesOrAClearError() throws IOException {
    // Seeded mutations (bit flips, cuts, splices, gzip) of every fixture: never any other exception.
    Random random = new Random(7);
    List<byte[]> seeds = new ArrayList<>();
    for (String f : IngestFixtures.ALL) {
      seeds.add(bytes(f));
    }
    seeds.add(WarcArticlesTest.crawl());
    for (int round = 0; round < 300; round++) {
      byte[] b = seeds.get(random.nextInt(seeds.size())).clone();
      switch (random.nextInt(5)) {
        case 0 -> {
          for (int k = 0; k < 1 + random.nextInt(20); k++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
          }
        }
        case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
        case 2 -> {
          byte[] other = seeds.get(random.nextInt(seeds.size()));
          int cut = random.nextInt(b.length);
          b = concat(Arrays.copyOf(b, cut), Arrays.copyOfRange(other, random.nextInt(other.length), other.length));
        }
        case 3 -> {
          byte[] gz = gzip(b);
          b = Arrays.copyOf(gz, 10 + random.nextInt(gz.length - 10));
        }
        default -> {
          for (int k = 0; k < 1 + random.nextInt(5); k++) {
            String marks = "<>&;\"'[]!-/";
            b[random.nextInt(b.length)] = (byte) marks.charAt(random.nextInt(marks.length()));
          }
        }
      }
      byte[] input = b;
      StoryReader reader = new StoryReader(warnings::add, new ByteArrayInputStream(input));
      try (StoryStream stories = reader.open(List.of("-"))) {
        stories.forEachRemaining(story -> assertThat(story.documents()).allSatisfy(d ->
            assertThat(d.text()).isNotNull()));
      } catch (InputException e) {
        assertThat(e.getMessage()).startsWith("standard input: ");
      } catch (RuntimeException e) {
        throw new AssertionError("round " + round + ": " + e, e);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
