package dev.precis.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks every per-case R/P/F of {@code ../shared/data/rouge-fixtures.jsonl} (official ROUGE-1.5.5
 * output, 5 decimals) and the bootstrap averages of each setting (within 0.0005). Skipped when the
 * shared data directory is absent.
 */
class RougeFixtureTest {
  private static final double CASE_TOLERANCE = 0.000005 + 1e-9;
  private static final double AVERAGE_TOLERANCE = 0.0005;

  private static Path fixtures;
  private static RougeResources resources;

  /** Locates the data, or returns why the test must be skipped. */
  private static String locate() {
    if (resources != null) {
      return null;
    }
    Optional<Path> dir = RougeResources.findDefaultDir();
    if (dir.isEmpty()) {
      return "ROUGE data not found: set -Dprecis.shared=<dir> (Surefire sets it to <repo>/../shared)"
          + " or provide ../shared/data/rouge; skipping the ROUGE-1.5.5 fixture test";
    }
    Path file = dir.get().getParent().resolve("rouge-fixtures.jsonl");
    if (!Files.isRegularFile(file)) {
      return "fixture file missing: " + file + "; skipping the ROUGE-1.5.5 fixture test";
    }
    fixtures = file;
    resources = RougeResources.load(dir.get());
    return null;
  }

  private record Setting(String flags, List<JsonNode> cases, JsonNode averages) {}

  private static Map<String, Setting> readSettings() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> flags = new LinkedHashMap<>();
    Map<String, List<JsonNode>> cases = new LinkedHashMap<>();
    Map<String, JsonNode> averages = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(fixtures, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = mapper.readTree(line);
        String setting = row.get("setting").asText();
        flags.put(setting, row.get("flags").asText());
        if (row.has("average_over_all_cases")) {
          averages.put(setting, row.get("average_over_all_cases"));
        } else {
          cases.computeIfAbsent(setting, k -> new ArrayList<>()).add(row);
        }
      }
    }
    Map<String, Setting> out = new LinkedHashMap<>();
    for (String s : flags.keySet()) {
      out.put(s, new Setting(flags.get(s), cases.getOrDefault(s, List.of()), averages.get(s)));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void reproducesRouge155PerCaseAndAverages() throws IOException {
    String skip = locate();
    Assumptions.assumeTrue(skip == null, skip);
    Map<String, Setting> settings = readSettings();
    assertEquals(3, settings.size(), "settings in fixture file");
    List<String> failures = new ArrayList<>();
    int checkedCases = 0;
    int checkedFigures = 0;
    for (Map.Entry<String, Setting> e : settings.entrySet()) {
      Setting s = e.getValue();
      RougeOptions options = RougeOptions.parse(s.flags());
      Rouge rouge = new Rouge(options, resources);
      // ROUGE's instance keys: the fixture generator numbered its evaluations 0, 1, ... in file
      // order, and ROUGE resamples them in string order of "<evalId>.<peerId>".
      SortedMap<String, Map<String, Score>> results = new TreeMap<>();
      for (int index = 0; index < s.cases().size(); index++) {
        JsonNode row = s.cases().get(index);
        List<List<String>> refs = new ArrayList<>();
        row.get("references").forEach(r -> refs.add(strings(r)));
        Map<String, Score> ours = rouge.score(strings(row.get("peer")), refs);
        results.put(index + ".X", ours);
        checkedCases++;
        String id = e.getKey() + " " + row.get("cluster").asText() + "/" + row.get("peer_name").asText();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.get("scores").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> metric = it.next();
          Score score = ours.get(metric.getKey());
          if (score == null) {
            failures.add(id + ": metric " + metric.getKey() + " not computed");
            continue;
          }
          checkedFigures += 3;
          compare(failures, id, metric.getKey(), "R", score.recall(), metric.getValue().get("R"), CASE_TOLERANCE);
          compare(failures, id, metric.getKey(), "P", score.precision(), metric.getValue().get("P"), CASE_TOLERANCE);
          compare(failures, id, metric.getKey(), "F", score.f(), metric.getValue().get("F"), CASE_TOLERANCE);
        }
      }
      if (s.averages() != null) {
        Map<String, RougeAggregate.Estimate> agg =
            RougeAggregate.bootstrap(results, options.resamples(), options.confidence());
        for (Iterator<Map.Entry<String, JsonNode>> it = s.averages().fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> metric = it.next();
          RougeAggregate.Estimate est = agg.get(metric.getKey());
          String id = e.getKey() + " average";
          if (est == null) {
            failures.add(id + ": metric " + metric.getKey() + " not computed");
            continue;
          }
          Score mean = est.mean();
          compare(failures, id, metric.getKey(), "R", mean.recall(), metric.getValue().get("R"), AVERAGE_TOLERANCE);
          compare(failures, id, metric.getKey(), "P", mean.precision(), metric.getValue().get("P"), AVERAGE_TOLERANCE);
          compare(failures, id, metric.getKey(), "F", mean.f(), metric.getValue().get("F"), AVERAGE_TOLERANCE);
          // with ROUGE's case order the replayed bootstrap gives ROUGE's printed figures exactly
          compare(failures, id + " (exact)", metric.getKey(), "R", mean.recall(), metric.getValue().get("R"), CASE_TOLERANCE);
          compare(failures, id + " (exact)", metric.getKey(), "P", mean.precision(), metric.getValue().get("P"), CASE_TOLERANCE);
          compare(failures, id + " (exact)", metric.getKey(), "F", mean.f(), metric.getValue().get("F"), CASE_TOLERANCE);
          assertTrue(est.lower().recall() <= mean.recall() && mean.recall() <= est.upper().recall());
        }
      }
    }
    assertEquals(270, checkedCases, "fixture cases");
    assertTrue(checkedFigures > 0);
    assertTrue(
        failures.isEmpty(),
        failures.size() + " mismatches of " + checkedFigures + " figures:\n"
            + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
  }

  private static void compare(
      List<String> failures, String id, String metric, String part, double ours, JsonNode theirs, double tol) {
    double expected = theirs.asDouble();
    if (Math.abs(ours - expected) > tol) {
      failures.add(String.format("%s %s %s: ours %.5f, ROUGE-1.5.5 %.5f", id, metric, part, ours, expected));
    }
  }
}
