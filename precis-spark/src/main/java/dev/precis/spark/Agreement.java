package dev.precis.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.cluster.ClusterEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code Agreement SINGLE.jsonl SPARK_DIR}: how far the job's stories agree with {@code precis cluster}'s on the
 * same input, scored by the library's {@link ClusterEvaluator} with the single-machine clustering as the gold one.
 * {@code SINGLE.jsonl} is {@code precis cluster}'s output ({@code {"id", "story", "score"}} per line);
 * {@code SPARK_DIR} is the job's {@code --output} directory in the jsonl format (its {@code articles} part files).
 */
public final class Agreement {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Agreement() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Agreement SINGLE.jsonl SPARK_OUTPUT_DIR");
      System.exit(2);
    }
    Map<String, String> single = stories(List.of(Path.of(args[0])));
    List<Path> parts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[1], "articles"))) {
      files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().forEach(parts::add);
    }
    Map<String, String> spark = stories(parts);
    ClusterEvaluator.Scores s = ClusterEvaluator.score(single, spark);
    System.out.printf(Locale.ROOT, "%d articles; precis cluster %d stories, Spark %d stories%n", single.size(),
        distinct(single), distinct(spark));
    System.out.printf(Locale.ROOT, "B-cubed precision %.4f recall %.4f F1 %.4f; pairwise F1 %.4f; ARI %.4f%n",
        s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwiseF1(), s.ari());
  }

  /** Article id to story, from JSON lines with {@code id} and {@code story}; a repeated id keeps its last story. */
  static Map<String, String> stories(List<Path> files) {
    Map<String, String> m = new HashMap<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            JsonNode n = JSON.readTree(line);
            m.put(n.get("id").asText(), n.get("story").asText());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(f + ": " + e.getMessage(), e);
      }
    }
    return m;
  }

  private static long distinct(Map<String, String> m) {
    return m.values().stream().distinct().count();
  }
}
