package dev.precis.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.ingest.InputException;
import dev.precis.ingest.Skips;
import dev.precis.model.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputTest {
  @TempDir Path tmp;

  private static List<String> ids(ArticleInput in) {
    List<String> ids = new ArrayList<>();
    in.forEachRemaining(d -> ids.add(d.id()));
    return ids;
  }

  @Test
  void streamsArticleRowsInFileOrder() throws IOException, InputException {
    Path rows = tmp.resolve("stream.jsonl");
    Files.writeString(rows, ArticleRowsTest.ROWS, UTF_8);
    List<String> warnings = new ArrayList<>();
    try (ArticleInput in = ArticleInput.open(List.of(rows.toString()), warnings::add, null)) {
      assertThat(ids(in)).containsExactly("k1", rows + ":5");
      assertThat(in.withoutText()).isEqualTo(1);
      assertThat(in.undated()).isEqualTo(1);
      assertThat(in.articles()).isEqualTo(2);
    }
  }

  @Test
  void aPartOfAFileOfRowsIsReadAsRowsWhereverItStarts() throws IOException {
    byte[] rows = ArticleRowsTest.ROWS.getBytes(UTF_8);
    assertThat(ArticleInput.isPlainArticleRows(new ByteArrayInputStream(rows))).isTrue();
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write(rows);
    }
    assertThat(ArticleInput.isPlainArticleRows(new ByteArrayInputStream(gz.toByteArray()))).isFalse();
    assertThat(ArticleInput.isPlainArticleRows(new ByteArrayInputStream(
        "{\"id\": \"s\", \"documents\": []}\n".getBytes(UTF_8)))).isFalse();
    assertThat(ArticleInput.isPlainArticleRows(new ByteArrayInputStream("<html></html>".getBytes(UTF_8)))).isFalse();

    String tail = ArticleRowsTest.ROWS.substring(ArticleRowsTest.ROWS.indexOf('\n') + 1);
    Skips skips = new Skips();
    try (ArticleInput in = ArticleInput.rows(new ByteArrayInputStream(tail.getBytes(UTF_8)), "part 2", w -> {},
        skips)) {
      assertThat(ids(in)).containsExactly("part 2:4");
    }
    try (ArticleInput in = ArticleInput.rows(new ByteArrayInputStream(new byte[0]), "empty part", w -> {}, skips)) {
      assertThat(in.hasNext()).isFalse();
    }
  }

  @Test
  void readsArticleRowsFromStandardInput() throws InputException {
    try (ArticleInput in = ArticleInput.open(List.of("-"), w -> {},
        new ByteArrayInputStream(ArticleRowsTest.ROWS.getBytes(UTF_8)))) {
      assertThat(ids(in)).containsExactly("k1", "standard input:5");
    }
  }

  @Test
  void flattensStoriesByDateWhenAllAreDated() throws IOException, InputException {
    Path dir = Files.createDirectories(tmp.resolve("kiln"));
    Files.writeString(dir.resolve("a.txt"), "Date: 2026-02-04\n\nThe pottery reopened a day after the kiln fire.\n");
    Files.writeString(dir.resolve("b.txt"), "Date: 2026-02-03\n\nA kiln fire closed the Brantwick pottery.\n");
    try (ArticleInput in = ArticleInput.open(List.of(dir.toString()), w -> {}, null)) {
      assertThat(ids(in)).containsExactly("b", "a");
    }
  }

  @Test
  void keepsInputOrderWhenSomeAreUndated() throws IOException, InputException {
    Path dir = Files.createDirectories(tmp.resolve("kiln"));
    Files.writeString(dir.resolve("a.txt"), "Date: 2026-02-04\n\nThe pottery reopened a day after the kiln fire.\n");
    Files.writeString(dir.resolve("b.txt"), "A kiln fire closed the Brantwick pottery.\n");
    try (ArticleInput in = ArticleInput.open(List.of(dir.toString()), w -> {}, null)) {
      List<Document> docs = new ArrayList<>();
      in.forEachRemaining(docs::add);
      assertThat(docs).extracting(Document::id).containsExactly("a", "b");
      assertThat(in.undated()).isEqualTo(1);
    }
  }

  @Test
  void missingFileIsAnInputError() {
    assertThatThrownBy(() -> ArticleInput.open(List.of(tmp.resolve("none.jsonl").toString()), w -> {}, null))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file");
  }

  @Test
  void readsOneStreamOfArticleRowsCountingWhatItSkips() throws InputException {
    String rows = ArticleRowsTest.ROWS + "{not json\n";
    Skips skips = new Skips();
    try (ArticleInput in = ArticleInput.read(new ByteArrayInputStream(rows.getBytes(UTF_8)), "hdfs://x/rows.jsonl",
        w -> {}, skips)) {
      assertThat(ids(in)).containsExactly("k1", "hdfs://x/rows.jsonl:5");
    }
    assertThat(skips.get(Skips.Kind.MALFORMED_LINE)).isEqualTo(1);
    assertThat(skips.get(Skips.Kind.EMPTY_PAGE)).isEqualTo(1);
  }

  @Test
  void truncatedGzipOfArticleRowsKeepsWhatCameBeforeAndIsCounted() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      rows.append("{\"id\": \"r").append(i).append("\", \"text\": \"Row ").append(i)
          .append(" holds some words about the harbour and the weather of the day.\"}\n");
    }
    byte[] gz = gzip(rows.toString().getBytes(UTF_8));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    Skips skips = new Skips();
    List<String> read;
    try (ArticleInput in = ArticleInput.read(new ByteArrayInputStream(cut), "rows.jsonl.gz", w -> {}, skips)) {
      read = ids(in);
    }
    assertThat(read).isNotEmpty().hasSizeLessThan(2000).startsWith("r0", "r1");
    assertThat(skips.get(Skips.Kind.TRUNCATED_GZIP)).isEqualTo(1);
  }

  @Test
  void readsOtherFormatsOfOneStreamThroughTheDocumentReader() throws InputException {
    String html = "<html><head><title>Quay reopens</title></head><body><article><p>The old quay at Brackmouth"
        + " reopened on Monday after a year of repairs.</p></article></body></html>";
    Skips skips = new Skips();
    try (ArticleInput in = ArticleInput.read(new ByteArrayInputStream(html.getBytes(UTF_8)), "s3://b/quay.html",
        w -> {}, skips)) {
      assertThat(in.next().text()).startsWith("The old quay at Brackmouth");
      assertThat(in.hasNext()).isFalse();
    }
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    assertThatThrownBy(() -> ArticleInput.read(new ByteArrayInputStream(binary), "logo.png", w -> {}, skips))
        .isInstanceOf(InputException.class).hasMessageContaining("binary");
    assertThat(skips.get(Skips.Kind.BINARY)).isEqualTo(1);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
