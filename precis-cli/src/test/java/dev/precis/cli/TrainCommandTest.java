package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.learn.TreeModel;
import dev.precis.summarize.SentenceFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Stories of two short articles whose reference repeats the first article's opening sentence. */
  private Path stories(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String lead = "The council of town " + i + " voted on Tuesday to close the old bridge over the river for repairs.";
      ObjectNode row = JSON.createObjectNode().put("id", "t" + i);
      ArrayNode docs = row.putArray("documents");
      docs.addObject().put("id", "a").put("text", lead + " Traffic will use the ferry until the spring. "
          + "Shops near the bridge said they expected fewer customers over the winter months.");
      docs.addObject().put("id", "b").put("text", "Engineers found cracks in the bridge of town " + i
          + " last month. The repairs are expected to cost about two million. The mayor said safety came first.");
      row.putArray("references").add(lead + " Engineers had found cracks.");
      lines.add(JSON.writeValueAsString(row));
    }
    Path file = tmp.resolve("train.jsonl");
    Files.write(file, lines);
    return file;
  }

  @Test
  void writesAModelOfTheFeaturesAndSaysHowItWasMade() throws IOException {
    Path model = tmp.resolve("m.bin");
    Run run = Run.of("train", "--dataset", stories(12).toString(), "--trees", "5", "--seed", "3", "--out",
        model.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("12 stories", "5 trees of depth 5, lambdarank, gain labels, seed 3");
    try (InputStream in = Files.newInputStream(model)) {
      assertThat(TreeModel.read(in).features()).isEqualTo(SentenceFeatures.COUNT);
    }
    Run logistic = Run.of("train", "--dataset", stories(12).toString(), "--trees", "5", "--objective", "LOGISTIC",
        "--label", "oracle", "--out", tmp.resolve("p.bin").toString());
    assertThat(logistic.out()).contains("logistic, oracle labels");
  }

  @Test
  void mistakesAreOneLine() throws IOException {
    String data = stories(2).toString();
    String out = tmp.resolve("m.bin").toString();
    Run label = Run.of("train", "--dataset", data, "--label", "gian", "--out", out);
    assertThat(label.code()).isEqualTo(Main.USAGE);
    assertThat(label.err()).contains("--label: unknown value 'gian'; known: [oracle, order, gain]")
        .doesNotContain("Exception");
    Run objective = Run.of("train", "--dataset", data, "--objective", "ranknet", "--out", out);
    assertThat(objective.err()).contains("--objective: unknown value 'ranknet'; known: [logistic, lambdarank]");
    assertThat(Run.of("train", "--dataset", data, "--without", "story", "--out", out).err())
        .contains("unknown feature group 'story'");
    assertThat(Files.exists(tmp.resolve("m.bin"))).isFalse();
  }
}
