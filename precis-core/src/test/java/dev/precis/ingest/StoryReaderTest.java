package dev.precis.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();
  private final StoryReader reader = new StoryReader(warnings::add, InputStream.nullInputStream());

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private List<Story> read(Path... paths) throws InputException {
    List<String> args = new ArrayList<>();
    for (Path p : paths) {
      args.add(p.toString());
    }
    return reader.readAll(args);
  }

  private String errorOf(Path... paths) {
    try {
      read(paths);
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("no InputException");
  }

  @Test
  void readsTheSampleCorpusDirectoryAsOneStory() throws InputException {
    Path dir = Path.of("../examples/harbour-bridge");
    assumeTrue(Files.isDirectory(dir), "sample corpus present");
    List<Story> stories = read(dir);
    assertThat(stories).hasSize(1);
    Story story = stories.get(0);
    assertThat(story.id()).isEqualTo("harbour-bridge");
    assertThat(story.language()).isEqualTo("en");
    assertThat(story.documents()).extracting(Document::id).containsExactly("01-meridian-wire",
        "02-national-ledger", "03-kestrelmouth-gazette", "04-tidemark-news", "05-harbourline-business",
        "06-the-daily-blare");
    Document first = story.documents().get(0);
    assertThat(first.title()).isEqualTo("Swing bridge span collapses into river in Kestrelmouth, 14 injured");
    assertThat(first.source()).isEqualTo("Meridian Wire Service");
    assertThat(first.url()).isEqualTo("https://meridianwire.example/news/2026/03/10/kestrelmouth-bridge-collapse");
    assertThat(first.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 15));
    assertThat(first.text()).startsWith("KESTRELMOUTH, March 10 (Meridian) - The central span");
    Document tidemark = story.documents().get(3);
    assertThat(tidemark.source()).isEqualTo("Tidemark News");
    assertThat(tidemark.date()).isNull();
    assertThat(warnings).isEmpty();
    for (Document d : story.documents()) {
      assertThat(d.text()).doesNotStartWith("Title:").doesNotContain("\r").doesNotEndWith(" ").doesNotEndWith("\n");
    }
  }

  @Test
  void readsTheSeedArticlesWithoutHeaders() throws InputException {
    Path seeds = Path.of(System.getProperty("precis.shared", "../../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "shared seeds present");
    Story story = read(seeds).get(0);
    assertThat(story.id()).isEqualTo("seeds");
    assertThat(story.documents()).hasSize(5);
    assertThat(story.documents().get(0).id()).isEqualTo("000_0350d8beeaa1b960");
    assertThat(story.documents().get(0).title()).isNull();
    assertThat(story.documents().get(1).text()).startsWith("Donald Trump to invite Vladimir Putin");
  }

  @Test
  void headerIsCaseInsensitiveAndTextIsCleaned() throws InputException, IOException {
    Path f = write("a.txt", "\uFEFFtitle: A headline\r\nSOURCE:The Outlet \r\nDate: 2026-03-10\r\n"
        + "url: https://x.example/a\r\n\r\n\r\nBody\u00A0one.  \r\nStill one.\r\n\r\nPara two.\r\n\r\n");
    Story story = read(f).get(0);
    assertThat(story.id()).isEqualTo("a");
    Document d = story.documents().get(0);
    assertThat(d.id()).isEqualTo("a");
    assertThat(d.title()).isEqualTo("A headline");
    assertThat(d.source()).isEqualTo("The Outlet");
    assertThat(d.url()).isEqualTo("https://x.example/a");
    assertThat(d.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    assertThat(d.text()).isEqualTo("Body one.\nStill one.\n\nPara two.");
  }

  @Test
  void textWithoutHeaderIsAllText() throws InputException, IOException {
    Path f = write("b.md", "Title of a kind\n\nThe body.\n");
    assertThat(read(f).get(0).documents().get(0).text()).isEqualTo("Title of a kind\n\nThe body.");
    Path g = write("c.txt", "Title: not a header because prose follows at once\nThe body.\n");
    assertThat(read(g).get(0).documents().get(0).title()).isNull();
  }

  @Test
  void unreadableDateIsAWarning() throws InputException, IOException {
    Path f = write("d.txt", "Title: T\nDate: last Tuesday\n\nText.");
    Document d = read(f).get(0).documents().get(0);
    assertThat(d.date()).isNull();
    assertThat(d.title()).isEqualTo("T");
    assertThat(warnings).singleElement().asString().contains("d.txt").contains("last Tuesday");
  }

  @Test
  void headerWithoutTextIsAnError() throws IOException {
    Path f = write("h.txt", "Title: T\nSource: S\n");
    assertThat(errorOf(f)).isEqualTo(f + ": no text after the header");
  }

  @Test
  void separatedArticlesAreDocumentsOfOneStory() throws InputException, IOException {
    Path f = write("multi.txt", "Title: First\n\nOne text.\n|||||\nTwo text.\n\n|||||\n\n"
        + "Three text. ||||| Four text. |||||");
    Story story = read(f).get(0);
    assertThat(story.id()).isEqualTo("multi");
    assertThat(story.documents()).extracting(Document::id)
        .containsExactly("multi-0", "multi-1", "multi-2", "multi-3");
    assertThat(story.documents()).extracting(Document::text)
        .containsExactly("One text.", "Two text.", "Three text.", "Four text.");
    assertThat(story.documents().get(0).title()).isEqualTo("First");
  }

  @Test
  void severalFilesAreOneStoryNamedAfterTheirDirectory() throws InputException, IOException {
    Path a = write("event/x.txt", "Alpha.");
    Path b = write("event/y.txt", "Beta.");
    List<Story> stories = read(a, b);
    assertThat(stories).singleElement().extracting(Story::id).isEqualTo("event");
    assertThat(stories.get(0).documents()).extracting(Document::id).containsExactly("x", "y");
  }

  @Test
  void repeatedDocumentIdsAreMadeUnique() throws InputException, IOException {
    Path a = write("one/same.txt", "Alpha.");
    Path b = write("two/same.txt", "Beta.");
    Story story = read(a, b).get(0);
    assertThat(story.id()).isEqualTo("story");
    assertThat(story.documents()).extracting(Document::id).containsExactly("same", "same-2");
  }

  @Test
  void directoryTakesArticleFilesInNameOrder() throws InputException, IOException {
    write("dir/b.md", "Bee.");
    write("dir/a.TXT", "Ay.");
    write("dir/c.html", "<p>Sea.</p>");
    write("dir/.hidden.txt", "ignored");
    write("dir/README.md", "ignored");
    write("dir/sub/d.txt", "ignored");
    write("dir/notes.csv", "ignored");
    write("dir/LICENSE", "ignored: no extension, and plain text");
    Story story = read(tmp.resolve("dir")).get(0);
    assertThat(story.id()).isEqualTo("dir");
    assertThat(story.documents()).extracting(Document::id).containsExactly("a", "b", "c");
    assertThat(story.documents().get(2).text()).isEqualTo("Sea.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void storiesComeInArgumentOrder() throws InputException, IOException {
    write("d1/a.txt", "Ay.");
    Path f = write("f.txt", "Eff.");
    write("d2/b.txt", "Bee.");
    List<Story> stories = read(tmp.resolve("d1"), f, tmp.resolve("d2"));
    assertThat(stories).extracting(Story::id).containsExactly("d1", "f", "d2");
  }

  @Test
  void jsonlIsOneStoryPerLineAndMalformedLinesAreSkipped() throws InputException, IOException {
    String rows = "{\"id\": \"s1\", \"language\": \"fr\", \"documents\": [{\"id\": \"d1\", \"date\": \"1998-10-17\","
        + " \"title\": null, \"text\": \"Un.\\r\\n\\r\\nDeux.  \"}, {\"text\": \"Trois.\"}],"
        + " \"references\": [\"Ref one.\"]}\n"
        + "\n"
        + "{\"id\": \"s2\", \"documents\": [\n"
        + "{\"id\": 7, \"documents\": [{\"id\": \"x\", \"date\": \"1998-10-17T05:50:00\", \"text\": \"Four.\"}]}\n"
        + "{\"id\": \"s3\", \"docs\": []}\n";
    Path f = write("data.jsonl", rows);
    try (StoryStream stream = reader.open(List.of(f.toString()))) {
      List<Story> stories = new ArrayList<>();
      stream.forEachRemaining(stories::add);
      assertThat(stories).extracting(Story::id).containsExactly("s1", "7");
      Story s1 = stories.get(0);
      assertThat(s1.language()).isEqualTo("fr");
      assertThat(s1.references()).containsExactly("Ref one.");
      assertThat(s1.documents()).extracting(Document::id).containsExactly("d1", "s1-1");
      assertThat(s1.documents().get(0).text()).isEqualTo("Un.\n\nDeux.");
      assertThat(s1.documents().get(0).date()).isEqualTo(LocalDateTime.of(1998, 10, 17, 0, 0));
      assertThat(stories.get(1).documents().get(0).date()).isEqualTo(LocalDateTime.of(1998, 10, 17, 5, 50));
      assertThat(stream.malformedLines()).isEqualTo(2);
    }
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).startsWith(f + ":3: malformed JSON");
    assertThat(warnings.get(1)).startsWith(f + ":5: not a story row");
  }

  @Test
  void anUnreadableDateIsNamedOnOneLine() throws InputException, IOException {
    Path f = write("dates.jsonl", "{\"id\": \"s\", \"documents\": [{\"id\": \"d\", \"date\": \"spring\\n1998\","
        + " \"text\": \"Text.\"}]}\n");
    assertThat(read(f)).extracting(Story::id).containsExactly("s");
    assertThat(warnings).singleElement().asString().contains("cannot read the date 'spring 1998'")
        .doesNotContain("\n");
  }

  @Test
  void gzippedJsonlIsRead() throws InputException, IOException {
    Path f = tmp.resolve("data.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      for (int i = 0; i < 3; i++) {
        out.write(("{\"id\": \"g" + i + "\", \"documents\": [{\"id\": \"a\", \"text\": \"Text " + i + ".\"}]}\n")
            .getBytes(UTF_8));
      }
    }
    assertThat(read(f)).extracting(Story::id).containsExactly("g0", "g1", "g2");
  }

  @Test
  void jsonlIsReadLazily() throws InputException {
    // Standard input that fails after the first line: the first story must come before the failure.
    byte[] first = "{\"id\": \"one\", \"documents\": [{\"text\": \"Only.\"}]}\n".getBytes(UTF_8);
    InputStream failing = new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        if (pos < first.length) {
          return first[pos++];
        }
        throw new IOException("disk on fire");
      }
    };
    StoryReader lazy = new StoryReader(warnings::add, failing);
    try (StoryStream stream = lazy.open(List.of("-"))) {
      assertThat(stream.next().id()).isEqualTo("one");
      assertThat(stream.hasNext()).isFalse();
    }
    assertThat(warnings).singleElement().asString().contains("standard input").contains("disk on fire");
  }

  @Test
  void standardInputIsTextOrJsonl() throws InputException {
    StoryReader text = new StoryReader(warnings::add,
        new ByteArrayInputStream("Title: T\n\nFrom a pipe.\n".getBytes(UTF_8)));
    Story story = text.readAll(List.of("-")).get(0);
    assertThat(story.id()).isEqualTo("stdin");
    assertThat(story.documents().get(0).id()).isEqualTo("stdin");
    assertThat(story.documents().get(0).text()).isEqualTo("From a pipe.");
    StoryReader json = new StoryReader(warnings::add,
        new ByteArrayInputStream("\n {\"id\": \"j\", \"documents\": []}\n".getBytes(UTF_8)));
    assertThat(json.readAll(List.of("-"))).extracting(Story::id).containsExactly("j");
  }

  @Test
  void missingPathIsAnError() {
    assertThat(errorOf(tmp.resolve("nope/bar.txt"))).isEqualTo("no such file: " + tmp.resolve("nope/bar.txt"));
  }

  @Test
  void noInputIsAnError() {
    assertThatThrownBy(() -> reader.readAll(List.of())).isInstanceOf(InputException.class)
        .hasMessage("no input given");
  }

  @Test
  void emptyDirectoryIsAnError() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("empty"));
    write("empty/notes.csv", "x");
    assertThat(errorOf(dir)).isEqualTo(dir + ": no article files (.txt, .md, .html, .xml, .rss, .atom, .warc,"
        + " .sgml) in the directory");
  }

  @Test
  void directoryOfStoryDirectoriesSaysSo() throws IOException {
    write("corpus/README.md", "About the corpus.");
    write("corpus/one/a.txt", "Ay.");
    Path dir = tmp.resolve("corpus");
    assertThat(errorOf(dir)).isEqualTo(dir + ": no article files (.txt, .md, .html, .xml, .rss, .atom, .warc,"
        + " .sgml) in the directory; name its subdirectories to read them (one story each)");
  }

  @Test
  void emptyAndBlankFilesAreErrors() throws IOException {
    Path empty = write("e.txt", "");
    assertThat(errorOf(empty)).isEqualTo(empty + ": empty file");
    Path blank = write("w.txt", " \n\t\r\n\u00A0 \n");
    assertThat(errorOf(blank)).isEqualTo(blank + ": empty file (only white space)");
  }

  @Test
  void binaryFilesAreErrors() throws IOException {
    Path nul = write("n.txt", new byte[] {'a', 'b', 0, 'c'});
    assertThat(errorOf(nul)).isEqualTo(nul + ": binary file, not text");
    byte[] control = new byte[100];
    for (int i = 0; i < control.length; i++) {
      control[i] = (byte) (i % 3 == 0 ? 1 : 'x');
    }
    Path ctl = write("c.txt", control);
    assertThat(errorOf(ctl)).isEqualTo(ctl + ": binary file, not text");
    Path pdf = write("p.txt", "%PDF-1.7\n...".getBytes(UTF_8));
    assertThat(errorOf(pdf)).isEqualTo(pdf + ": binary file (PDF), not text");
  }

  @Test
  void utf16IsRead() throws InputException, IOException {
    Path f = write("u.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0});
    assertThat(read(f).get(0).documents().get(0).text()).isEqualTo("a");
    assertThat(warnings).isEmpty();
  }

  @Test
  void windows1252IsReadWithAWarning() throws InputException, IOException {
    Path f = write("w.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94, '.'});
    assertThat(read(f).get(0).documents().get(0).text()).isEqualTo("Café “q”.");
    assertThat(warnings).containsExactly(f + ": not UTF-8; read as windows-1252");
  }

  @Test
  void neitherUtf8NorWindows1252IsAnError() throws IOException {
    Path f = write("x.txt", new byte[] {'a', (byte) 0x81, 'b'});
    assertThat(errorOf(f)).isEqualTo(f + ": not UTF-8 text");
  }

  @Test
  void tooBigFilesAreRefused() throws IOException {
    Path big = tmp.resolve("big.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(51L << 20); // sparse: costs no disk
    }
    assertThat(errorOf(big)).isEqualTo(big + ": file too big (51.0 MB; the limit for a text file is 50.0 MB)");
    Path f = write("small.txt", "Twelve bytes");
    assertThatThrownBy(() -> new StoryReader(warnings::add).withMaxTextBytes(10).readAll(List.of(f.toString())))
        .hasMessageContaining("file too big");
  }

  @Test
  void badFilesAreSkippedWhileOthersAreReadable() throws InputException, IOException {
    write("mixed/a.txt", "Good text.");
    write("mixed/b.txt", new byte[] {0, 1, 2});
    write("mixed/c.md", "   ");
    Story story = read(tmp.resolve("mixed")).get(0);
    assertThat(story.documents()).extracting(Document::id).containsExactly("a");
    assertThat(warnings).containsExactly(
        tmp.resolve("mixed") + "/b.txt: binary file, not text; skipped",
        tmp.resolve("mixed") + "/c.md: empty file (only white space); skipped");
  }

  @Test
  void nothingReadableIsAnErrorNamingTheInput() throws IOException {
    write("bad/a.txt", "");
    write("bad/b.txt", new byte[] {0});
    Path dir = tmp.resolve("bad");
    assertThat(errorOf(dir)).isEqualTo(dir + ": nothing readable (2 files skipped, see the warnings above)");
    assertThat(warnings).hasSize(2);
  }

  @Test
  void jsonlWithoutStoriesIsUnusable() throws IOException {
    Path f = write("bad.jsonl", "not json\n");
    assertThat(errorOf(f)).isEqualTo(f + ": no story in the file (1 malformed lines)");
    Path gz = write("fake.jsonl.gz", "{}");
    assertThat(errorOf(gz)).isEqualTo(gz + ": no story in the file (1 malformed lines)");
    assertThat(warnings).contains(gz + ": not gzip-compressed, though its name ends in .gz; read as it is");
  }

  @Test
  void readsTheBenchmarkFilesWhenPresent() throws InputException {
    Path data = Path.of(System.getProperty("precis.shared", "../../shared"), "data", "duc2003.jsonl");
    assumeTrue(Files.isRegularFile(data), "benchmark data present");
    List<Story> stories = read(data);
    assertThat(stories).hasSize(30);
    assertThat(stories.get(0).id()).isEqualTo("d30003t");
    assertThat(stories.get(0).references()).hasSize(4);
    assertThat(stories).allSatisfy(s -> assertThat(s.documents()).isNotEmpty());
    assertThat(warnings).isEmpty();
  }
}
