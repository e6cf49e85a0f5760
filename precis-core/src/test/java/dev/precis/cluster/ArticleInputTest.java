package dev.precis.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.ingest.InputException;
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
}
