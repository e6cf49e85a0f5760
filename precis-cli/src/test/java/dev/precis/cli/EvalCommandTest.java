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

/** {@code precis eval} on small benchmark files written here. */
class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** A benchmark file of {@code n} stories in the shared row format, each with one reference. */
  private Path dataset(String name, int n, String language) throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      var row = JSON.createObjectNode();
      row.put("id", "story-" + i);
      row.put("language", i % 2 == 0 ? language : "fr");
      var docs = row.putArray("documents");
      docs.addObject().put("id", "a" + i).put("text",
          "The river Senna burst its banks at Harlow Mill on Friday night. Forty homes were flooded.\n\n"
              + "Volunteers filled sandbags in the square until dawn.");
      docs.addObject().put("id", "b" + i).put("text",
          "Floodwater from the Senna reached forty homes in Harlow Mill. The council opened the school hall "
              + "as a shelter for " + (10 + i) + " families.");
      row.putArray("references").add("The Senna flooded forty homes in Harlow Mill; families sheltered in the "
          + "school hall while volunteers filled sandbags.");
      rows.add(JSON.writeValueAsString(row));
    }
    Path file = tmp.resolve(name);
    Files.write(file, rows, UTF_8);
    return file;
  }

  @Test
  void printsATableWithEveryMetric() throws IOException {
    Run run = Run.of("eval", "--dataset", dataset("flood.jsonl", 6, "en").toString(), "--algorithm", "lead");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("flood.jsonl: 6 stories, preset multinews", "ROUGE-1", "ROUGE-2", "ROUGE-L",
        "ROUGE-SU4", "lead");
  }

  @Test
  void verbatimScoresSourceSentencesWhole() throws IOException {
    var row = JSON.createObjectNode();
    row.put("id", "pier");
    row.putArray("documents").addObject().put("id", "a").put("text",
        "The harbour pier will stay closed until the inspection ends, police said on Monday.");
    row.putArray("references").add("The harbour pier stays closed until the inspection ends.");
    Path file = tmp.resolve("pier.jsonl");
    Files.writeString(file, JSON.writeValueAsString(row) + "\n", UTF_8);
    Path compressed = tmp.resolve("compressed.jsonl");
    Path verbatim = tmp.resolve("verbatim.jsonl");
    assertThat(Run.of("eval", "--dataset", file.toString(), "--out", compressed.toString()).code()).isZero();
    assertThat(Run.of("eval", "--dataset", file.toString(), "--verbatim", "--out", verbatim.toString()).code())
        .isZero();
    assertThat(JSON.readTree(Files.readString(compressed)).get("summary").asText())
        .isEqualTo("The harbour pier will stay closed until the inspection ends.");
    assertThat(JSON.readTree(Files.readString(verbatim)).get("summary").asText())
        .isEqualTo("The harbour pier will stay closed until the inspection ends, police said on Monday.");
  }

  @Test
  void jsonHasTheDocumentedShapeAndOutHasOneLinePerStory() throws IOException {
    Path out = tmp.resolve("out.jsonl");
    Run run = Run.of("eval", "--dataset", dataset("flood.jsonl", 5, "en").toString(), "--words", "20",
        "--format", "json", "--out", out.toString(), "--algorithm", "coverage");
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("dataset").asText()).isEqualTo("flood.jsonl");
    assertThat(report.get("stories").asInt()).isEqualTo(5);
    assertThat(report.get("algorithm").asText()).isEqualTo("coverage");
    assertThat(report.get("preset").asText()).isEqualTo("multinews");
    for (String metric : List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4")) {
      JsonNode m = report.get("rouge").get(metric);
      assertThat(m.get("F").asDouble()).isBetween(1.0, 100.0);
      assertThat(m.get("R_ci")).hasSize(2);
      assertThat(m.get("F_ci").get(0).asDouble()).isLessThanOrEqualTo(m.get("F_ci").get(1).asDouble());
    }
    assertThat(report.get("avg_words").asDouble()).isBetween(1.0, 20.0);
    assertThat(report.get("stories_per_second").asDouble()).isPositive();

    List<String> lines = Files.readAllLines(out, UTF_8);
    assertThat(lines).hasSize(5);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("story-0");
    assertThat(first.get("summary").asText()).contains("Senna");
  }

  @Test
  void allRunsEverySummarizerOnTheSameStories() throws IOException {
    Run run = Run.of("eval", "--dataset", dataset("flood.jsonl", 4, "en").toString(), "--algorithm", "all",
        "--format", "json", "--language", "en");
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode list = JSON.readTree(run.out());
    assertThat(list.isArray()).isTrue();
    assertThat(list.size()).isGreaterThanOrEqualTo(7);
    list.forEach(r -> assertThat(r.get("stories").asInt()).isEqualTo(2));
  }

  @Test
  void algorithmOptionsApplyToTheAlgorithmsThatHaveThem() throws IOException {
    String data = dataset("flood.jsonl", 3, "en").toString();
    Run ok = Run.of("eval", "--dataset", data, "--algorithm", "all", "--option", "maxSimilarity=0.9",
        "--option", "seeds=0");
    assertThat(ok.code()).as(ok.toString()).isZero();
    Run unknown = Run.of("eval", "--dataset", data, "--algorithm", "all", "--option", "nosuch=1");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo("precis: --option nosuch: no algorithm has this option (see 'precis algorithms') (see 'precis eval --help')");
    Run bad = Run.of("eval", "--dataset", data, "--option", "costExponent=3");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().lines()).hasSize(1);
    assertThat(bad.err()).contains("option costExponent must be 0 to 2, got 3.0");
  }

  @Test
  void limitTakesTheFirstStories() throws IOException {
    Run run = Run.of("eval", "--dataset", dataset("flood.jsonl", 9, "en").toString(), "--limit", "3",
        "--format", "json");
    assertThat(JSON.readTree(run.out()).get("stories").asInt()).as(run.toString()).isEqualTo(3);
  }

  @Test
  void badInputIsOneLine() throws IOException {
    Path data = dataset("flood.jsonl", 2, "en");
    assertOneLine(Run.of("eval", "--dataset", tmp.resolve("missing.jsonl").toString()), "no such file");
    assertOneLine(Run.of("eval", "--dataset", data.toString(), "--words", "0"), "--words must be at least 1");
    assertOneLine(Run.of("eval", "--dataset", data.toString(), "--preset", "cnn"), "unknown preset 'cnn'");
    assertOneLine(Run.of("eval", "--dataset", data.toString(), "--algorithm", "magic"), "unknown algorithm");
    assertOneLine(Run.of("eval", "--dataset", data.toString(), "--language", "de"), "no stories to evaluate");
    assertOneLine(Run.of("eval", "--dataset", data.toString(), "--preset", "duc", "--rouge-dir", tmp.toString()),
        "does not hold");
  }

  private static void assertOneLine(Run run, String expected) {
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err()).as(run.toString()).startsWith("precis: ").contains(expected).doesNotContain("Exception");
  }
}
