package dev.precis.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Precis;
import dev.precis.cluster.ArticleInput;
import dev.precis.cluster.ArticleRows;
import dev.precis.cluster.ClusterEvaluator;
import dev.precis.cluster.StoryClusterer;
import dev.precis.cluster.StoryClusterers;
import dev.precis.json.PrecisJson;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job against the single-machine path ({@code precis cluster}, then the facade) on generated JSONL and WARC. */
class PrecisJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WORDS = 40;

  @TempDir static Path tmp;
  private static Path rows;
  private static Path crawl;
  private static JobSummary summary;
  private static Path out;

  @BeforeAll
  static void runJob() throws Exception {
    rows = Files.writeString(tmp.resolve("stream.jsonl"), JobInputs.jsonl(JobInputs.stream(200, 40, 11).stream()
        .map(ArticleRows.Row::article).toList()), UTF_8);
    crawl = JobInputs.warc(tmp.resolve("crawl.warc"), JobInputs.stream(40, 40, 23).stream()
        .map(ArticleRows.Row::article).toList());
    out = tmp.resolve("out");
    summary = PrecisJob.run(SharedSpark.get(), JobOptions.parse(new String[] {"--input", rows.toString(),
        crawl.toString(), "--output", out.toString(), "--words", Integer.toString(WORDS), "--partitions", "3",
        "--split-mb", "0.01"}));
  }

  /** {@code precis cluster}'s stories of the same inputs: story id to its articles in arrival order. */
  private static Map<String, List<Document>> singleMachine() throws Exception {
    Map<String, List<Document>> stories = new LinkedHashMap<>();
    StoryClusterer clusterer = StoryClusterers.create(StoryClusterers.DEFAULT, Map.of());
    try (ArticleInput in = ArticleInput.open(List.of(rows.toString(), crawl.toString()), w -> {}, null)) {
      while (in.hasNext()) {
        Document d = in.next();
        stories.computeIfAbsent(clusterer.assign(d).story(), k -> new ArrayList<>()).add(d);
      }
    }
    return stories;
  }

  private static List<JsonNode> lines(String part) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve(part))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(f, UTF_8)) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  @Test
  void everyArticleOfBothFormatsIsInOneStory() throws Exception {
    assertThat(summary.articles()).isEqualTo(240);
    assertThat(summary.describe()).contains("from 2 input files (read in ");
    List<JsonNode> articles = lines("articles");
    assertThat(articles).hasSize(240);
    assertThat(articles.stream().map(n -> n.get("id").asText()).distinct()).hasSize(240)
        .contains("a0", "a199", "crawl-0", "crawl-39");
    assertThat(lines("stories")).hasSize((int) summary.stories());
  }

  @Test
  void storiesAgreeWithTheSingleMachineClustering() throws Exception {
    Map<String, String> single = new HashMap<>();
    singleMachine().forEach((story, docs) -> docs.forEach(d -> single.put(d.id(), story)));
    Map<String, String> spark = new HashMap<>();
    lines("articles").forEach(n -> spark.put(n.get("id").asText(), n.get("story").asText()));
    ClusterEvaluator.Scores s = ClusterEvaluator.score(single, spark);
    assertThat(s.bcubedF1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void identicalStoriesGetIdenticalSummariesAndReports() throws Exception {
    Map<Set<String>, List<Document>> single = new HashMap<>();
    singleMachine().values().forEach(docs -> single.put(ids(docs), docs));
    Precis precis = Precis.builder().summarizer(Summarizers.DEFAULT).budget(Budget.words(WORDS)).build();
    int compared = 0;
    for (JsonNode story : lines("stories")) {
      Set<String> members = new TreeSet<>();
      story.get("articles").forEach(a -> members.add(a.asText()));
      List<Document> docs = single.get(members);
      if (docs == null) {
        continue;
      }
      String expected = PrecisJson.write(precis.report(Story.of(story.get("id").asText(), docs)));
      assertThat(story.get("report")).isEqualTo(JSON.readTree(expected));
      assertThat(story.get("report").get("summary")).isNotNull();
      compared++;
    }
    assertThat(compared).isGreaterThan((int) (summary.stories() * 0.9));
  }

  @Test
  void storiesCarryTheirTimeSpanAndOutlets() throws Exception {
    JsonNode story = lines("stories").stream().filter(n -> n.get("articles").size() > 2).findFirst().orElseThrow();
    assertThat(story.get("start").asText()).isLessThanOrEqualTo(story.get("end").asText());
    assertThat(story.get("outlets").toString()).contains("synthetic");
    assertThat(story.get("id").asText()).matches("s\\d+");
  }

  private static Set<String> ids(List<Document> docs) {
    Set<String> s = new TreeSet<>();
    docs.forEach(d -> s.add(d.id()));
    return s;
  }
}
