package dev.precis.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRowsTest {
  @TempDir Path tmp;

  static final String ROWS = String.join("\n",
      "{\"id\": \"k1\", \"title\": \"Kiln fire\", \"text\": \"A kiln fire closed the Brantwick pottery.\","
          + " \"date\": \"2026-02-03T09:30:00\", \"source\": \"Wire\", \"lang\": \"en\", \"story\": \"kiln\"}",
      "",
      "not json",
      "{\"id\": \"k2\", \"text\": \"  \", \"story\": \"kiln\"}",
      "{\"text\": \"Brantwick potters counted the loss.\", \"date\": \"someday\", \"story\": \"kiln\"}");

  @Test
  void readsRowsKeepingTheLabelApart() {
    List<String> warnings = new ArrayList<>();
    List<ArticleRows.Row> rows = new ArrayList<>();
    try (ArticleRows r = new ArticleRows(new ByteArrayInputStream(ROWS.getBytes(UTF_8)), "k.jsonl", warnings::add)) {
      r.forEachRemaining(rows::add);
      assertThat(r.malformedLines()).isEqualTo(1);
      assertThat(r.withoutText()).isEqualTo(1);
    }
    assertThat(rows).hasSize(2);
    ArticleRows.Row first = rows.get(0);
    assertThat(first.article().id()).isEqualTo("k1");
    assertThat(first.article().title()).isEqualTo("Kiln fire");
    assertThat(first.article().source()).isEqualTo("Wire");
    assertThat(first.article().date()).isEqualTo(LocalDateTime.of(2026, 2, 3, 9, 30));
    assertThat(first.story()).isEqualTo("kiln");
    assertThat(first.language()).isEqualTo("en");
    assertThat(rows.get(1).article().id()).isEqualTo("k.jsonl:5");
    assertThat(rows.get(1).article().date()).isNull();
    assertThat(warnings).containsExactly("k.jsonl:3: not a JSON object; line skipped",
        "k.jsonl:4: article k2 has no text; skipped",
        "k.jsonl:5: cannot read the date 'someday' of k.jsonl:5; ignored");
  }

  @Test
  void readsGzip() throws IOException, dev.precis.ingest.InputException {
    Path file = tmp.resolve("k.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(ROWS.getBytes(UTF_8));
    }
    try (ArticleRows r = ArticleRows.open(file, w -> {})) {
      assertThat(r.next().article().id()).isEqualTo("k1");
    }
  }

  @Test
  void tellsArticleRowsFromStoryRows() {
    assertThat(ArticleRows.isArticleRow("{\"id\": \"a\", \"text\": \"x\"}")).isTrue();
    assertThat(ArticleRows.isArticleRow("{\"id\": \"s\", \"documents\": [], \"text\": \"x\"}")).isFalse();
    assertThat(ArticleRows.isArticleRow("{\"id\": \"s\"}")).isFalse();
    assertThat(ArticleRows.isArticleRow("{oops")).isFalse();
  }
}
