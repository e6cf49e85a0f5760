package dev.precis.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.cluster.ArticleInput;
import dev.precis.cluster.ArticleRows;
import dev.precis.cluster.ClusterEvaluator;
import dev.precis.cluster.StoryClusterer;
import dev.precis.cluster.StoryClusterers;
import dev.precis.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream of many days, cut into time slots: it is clustered as many blocks in several tasks, yet the stories
 * (joined across the slots' borders) are those of the single machine.
 */
class SlotsJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WINDOW = "2";

  @TempDir Path tmp;

  @Test
  void aStreamOfManySlotsIsClusteredInManyBlocksAsOnOneMachine() throws Exception {
    // 480 articles, 24 a day: 20 days, stories of about two days, slots of 3 days (7 slots).
    Path rows = Files.writeString(tmp.resolve("stream.jsonl"), JobInputs.jsonl(JobInputs.stream(480, 24, 31)
        .stream().map(ArticleRows.Row::article).toList()), UTF_8);
    Path out = tmp.resolve("out");
    JobSummary summary = PrecisJob.run(SharedSpark.get(), JobOptions.parse(new String[] {"--input",
        rows.toString(), "--output", out.toString(), "--window", WINDOW, "--slot", "3", "--partitions", "4",
        "--no-summary"}));

    assertThat(summary.blocks()).isGreaterThanOrEqualTo(7);
    assertThat(summary.largestBlock()).isLessThan(480 / 3);
    JobMetrics.Tasks stories = summary.tasks().get("stories");
    assertThat(stories.count()).isGreaterThanOrEqualTo(4);

    Map<String, String> single = new HashMap<>();
    StoryClusterer clusterer = StoryClusterers.create(StoryClusterers.DEFAULT, Map.of("window", WINDOW));
    try (ArticleInput in = ArticleInput.open(List.of(rows.toString()), w -> {}, null)) {
      while (in.hasNext()) {
        Document d = in.next();
        single.put(d.id(), clusterer.assign(d).story());
      }
    }
    Map<String, String> spark = new HashMap<>();
    try (Stream<Path> files = Files.list(out.resolve("articles"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(f, UTF_8)) {
          JsonNode n = JSON.readTree(line);
          spark.put(n.get("id").asText(), n.get("story").asText());
        }
      }
    }
    assertThat(spark).hasSize(480);
    ClusterEvaluator.Scores s = ClusterEvaluator.score(single, spark);
    assertThat(s.bcubedF1()).isGreaterThanOrEqualTo(0.95);
  }
}
