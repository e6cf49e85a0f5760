package dev.precis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the JSON of {@code precis eval --format json} into a Markdown table for BENCHMARKS.md.
 *
 * <p>Usage: {@code EvalMarkdown EVAL.json TIME.txt} where TIME.txt holds "wall-seconds peak-kilobytes" of
 * the run as {@code /usr/bin/time -f "%e %M"} wrote them.
 */
public final class EvalMarkdown {
  private EvalMarkdown() {}

  public static void main(String[] args) throws Exception {
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    List<JsonNode> reports = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(reports::add);
    } else {
      reports.add(root);
    }
    String[] time = Files.readString(Path.of(args[1])).trim().split("\\s+");
    JsonNode first = reports.get(0);
    String measure = first.get("measure").asText();
    String key = switch (measure) {
      case "recall" -> "R";
      case "precision" -> "P";
      default -> "F";
    };
    System.out.printf(Locale.ROOT, "%s, %d stories, preset `%s` (%s); whole run %.1f s wall, peak RSS %d MB.%n%n",
        first.get("dataset").asText(), first.get("stories").asInt(), first.get("preset").asText(),
        measure.equals("f") ? "F1" : measure, Double.parseDouble(time[0]), Long.parseLong(time[1]) / 1024);
    System.out.println("| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-SU4 | avg words | stories/s |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (JsonNode r : reports) {
      StringBuilder row = new StringBuilder("| " + r.get("algorithm").asText());
      for (String metric : List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4")) {
        JsonNode m = r.get("rouge").get(metric);
        JsonNode ci = m.get(key + "_ci");
        row.append(String.format(Locale.ROOT, " | %.2f [%.2f, %.2f]", m.get(key).asDouble(),
            ci.get(0).asDouble(), ci.get(1).asDouble()));
      }
      row.append(String.format(Locale.ROOT, " | %.1f | %.0f%s |", r.get("avg_words").asDouble(),
          r.get("stories_per_second").asDouble(), r.get("stories_per_second_measured").asBoolean() ? "" : "*"));
      System.out.println(row);
    }
    if (reports.size() > 1) {
      System.out.println();
      System.out.println("\\* estimated from each algorithm's share of worker time in the shared run (analysis "
          + "included); see the speed section for a run of the default alone.");
    }
  }
}
