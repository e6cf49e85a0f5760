package dev.precis.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis cluster} and {@code precis eval-clusters} on small streams written here. */
class ClusterCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static final String KILN = "A kiln fire closed the Brantwick pottery on Monday night; firefighters kept"
      + " the flames from the clay store, and the owners said the works would reopen within a month.";
  private static final String KILN2 = "The Brantwick pottery, shut by Monday's kiln fire, will reopen within a"
      + " month, its owners said, after firefighters saved the clay store.";
  private static final String VOTE = "Councillors in Hollin Ford voted eleven to four to turn the old tram depot"
      + " into a covered market, ending a dispute that has run since the depot closed.";

  private Path stream(boolean dated, String... extraRows) throws IOException {
    List<String> rows = new ArrayList<>();
    String[][] articles = {{"k1", KILN, "kiln", "2026-02-02T20:00"}, {"v1", VOTE, "vote", "2026-02-03T10:00"},
        {"k2", KILN2, "kiln", "2026-02-03T11:00"}};
    for (String[] a : articles) {
      var row = JSON.createObjectNode().put("id", a[0]).put("title", "").put("text", a[1]).put("story", a[2]);
      if (dated) {
        row.put("date", a[3]);
      } else {
        row.putNull("date");
      }
      rows.add(JSON.writeValueAsString(row));
    }
    rows.addAll(List.of(extraRows));
    Path file = tmp.resolve(dated ? "dated.jsonl" : "undated.jsonl");
    Files.write(file, rows, UTF_8);
    return file;
  }

  @Test
  void writesOneLinePerArticle() throws IOException {
    Run run = Run.of("cluster", stream(true).toString());
    assertThat(run.code()).as(run.toString()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : run.out().strip().split("\n")) {
      lines.add(JSON.readTree(l));
    }
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("k1", "v1", "k2");
    assertThat(lines.get(0).get("story").asText()).isEqualTo(lines.get(2).get("story").asText());
    assertThat(lines.get(1).get("story").asText()).isNotEqualTo(lines.get(0).get("story").asText());
    assertThat(lines.get(0).get("score").asDouble()).isZero();
    assertThat(lines.get(2).get("score").asDouble()).isPositive();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void undatedArticlesAndArticlesWithoutTextAreReported() throws IOException {
    Run run = Run.of("cluster", stream(false, "{\"id\": \"empty\", \"text\": \"\"}").toString(), "--format",
        "markdown");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("# 2 stories from 3 articles").contains("Articles without a date: 3 (taken in input order).",
        "## s1 (2 articles)", "- `k1`", "- `k2`", "## s2 (1 article)");
    assertThat(run.err()).contains("article empty has no text; skipped",
        "3 articles have no date: undated articles are taken in input order", "1 article has no text and was skipped");
  }

  @Test
  void jsonListsStoriesWithTheirArticlesAndTheOptions() throws IOException {
    Run run = Run.of("cluster", stream(true).toString(), "--format", "json", "--window", "2", "--option",
        "threshold=0.3");
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("algorithm").asText()).isEqualTo("news");
    assertThat(root.get("options").get("window").asText()).isEqualTo("2.0");
    assertThat(root.get("options").get("threshold").asText()).isEqualTo("0.3");
    assertThat(root.get("articles").asInt()).isEqualTo(3);
    assertThat(root.get("stories")).hasSize(2);
    assertThat(root.get("stories").get(0).get("articles")).extracting(n -> n.get("id").asText())
        .containsExactly("k1", "k2");
    assertThat(root.get("stories").get(0).get("articles").get(0).get("date").asText())
        .isEqualTo("2026-02-02T20:00");
  }

  @Test
  void summarizesEachStory() throws IOException {
    Run run = Run.of("cluster", stream(true).toString(), "--summarize", "--words", "40");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("s1 (2 articles", "s2 (1 article;", "Brantwick", "Hollin Ford");
  }

  @Test
  void readsArticleFilesToo() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(dir.resolve("a.txt"), KILN + "\n");
    Files.writeString(dir.resolve("b.txt"), VOTE + "\n");
    Files.writeString(dir.resolve("c.txt"), KILN + "\n");
    Run run = Run.of("cluster", dir.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("{\"id\":\"a\",\"story\":\"s1\"", "{\"id\":\"b\",\"story\":\"s2\"",
        "{\"id\":\"c\",\"story\":\"s1\"");
  }

  @Test
  void mistakesAreOneLine() throws IOException {
    Path file = stream(true);
    Run unknown = Run.of("cluster", file.toString(), "--option", "speed=9");
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("news has no option 'speed'; its options: window").doesNotContain("Exception");
    Run range = Run.of("cluster", file.toString(), "--window", "0");
    assertThat(range.code()).isEqualTo(Main.USAGE);
    assertThat(range.err()).contains("news: option window must be above 0 and at most 3650, got 0.0");
    Run algorithm = Run.of("cluster", file.toString(), "--algorithm", "kmeans");
    assertThat(algorithm.err()).contains("unknown clustering algorithm 'kmeans'; known: news, tfidf");
    assertThat(Run.of("cluster", file.toString(), "--format", "text").err()).contains("unknown format 'text'");
    assertThat(Run.of("cluster", file.toString(), "--words", "5").err()).contains("--words needs --summarize");
    Run missing = Run.of("cluster", tmp.resolve("none.jsonl").toString());
    assertThat(missing.code()).isEqualTo(Main.USAGE);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void evalClustersPrintsEveryMetric() throws IOException {
    Run run = Run.of("eval-clusters", "--dataset", stream(true).toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("dated.jsonl: 3 articles (dated), 2 gold stories, 2 predicted",
        "algorithm news: window=90", "B-cubed      1.0000    1.0000    1.0000", "pairwise     1.0000    1.0000"
            + "    1.0000", "ARI 1.0000", "articles/s", "articles per CPU second");
  }

  @Test
  void evalClustersNeedsLabels() throws IOException {
    Path file = tmp.resolve("nolabels.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"text\": \"" + KILN + "\"}\n");
    Run run = Run.of("eval-clusters", "--dataset", file.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("no labeled articles");
  }
}
