package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Preset;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.learn.TreeModel;
import dev.precis.model.Story;
import dev.precis.summarize.LearnedSummarizer;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the {@code learned} summarizer with models trained by {@code precis train} and several options on
 * the development sets in one pass per set, beside {@code coverage} and {@code lead}, and prints one Markdown row
 * per configuration.
 *
 * <pre>
 * LearnedExperiment [--data DIR] [--n N] [--sets duc,tac,mn] CONFIG...
 * </pre>
 *
 * <p>A CONFIG is {@code NAME=MODELS:prior:BONUS} (every story: coverage with the prior model's sentence prior),
 * {@code NAME=MODELS:rank:MAX_SIMILARITY} (every story ranked by the rank model) or {@code NAME=MODELS:share:SHARE}
 * (the default use, ranking where the budget is at least SHARE of the story), where MODELS is {@code
 * PRIOR_FILE[,RANK_FILE]} (one file: both), or a registered summarizer name. Sets: {@code duc} = DUC 2003 (preset duc), {@code tac} = TAC 2011 English (preset tac),
 * {@code mn} = the first N Multi-News validation stories (preset multinews; N = 1000 unless given, 0 = all).
 */
public final class LearnedExperiment {
  private LearnedExperiment() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/data");
    int n = 1000;
    List<String> sets = List.of("duc", "tac", "mn");
    Map<String, Summarizer> configs = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--sets" -> sets = List.of(args[++i].split(","));
        default -> {
          String spec = args[i];
          int eq = spec.indexOf('=');
          if (eq < 0) {
            configs.put(spec, Summarizers.get(spec));
          } else {
            String[] parts = spec.substring(eq + 1).split(":");
            String[] files = parts[0].split(",");
            TreeModel prior = read(files[0]);
            TreeModel rank = files.length > 1 ? read(files[1]) : prior;
            double value = Double.parseDouble(parts[2]);
            Summarizer learned = new LearnedSummarizer(prior, rank);
            learned = switch (parts[1]) {
              case "prior" -> learned.with(LearnedSummarizer.RANK_SHARE, 1e9) // never ranks
                  .with(LearnedSummarizer.BONUS, value);
              case "rank" -> learned.with(LearnedSummarizer.RANK_SHARE, 0.0)
                  .with(LearnedSummarizer.MAX_SIMILARITY, value);
              case "share" -> learned.with(LearnedSummarizer.RANK_SHARE, value);
              default -> throw new IllegalArgumentException("unknown use " + parts[1] + " in " + spec);
            };
            configs.put(spec.substring(0, eq), learned);
          }
        }
      }
    }
    RougeResources resources = RougeResources.load(data.resolve("rouge"));
    Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    for (String set : sets) {
      String file;
      Preset preset;
      String language = null;
      int limit = 0;
      switch (set) {
        case "duc" -> { file = "duc2003.jsonl"; preset = Preset.DUC; }
        case "tac" -> { file = "tac2011-multiling.jsonl"; preset = Preset.TAC; language = "en"; }
        case "mn" -> { file = "multinews-val.jsonl.gz"; preset = Preset.MULTINEWS; limit = n; }
        default -> throw new IllegalArgumentException("unknown set " + set);
      }
      Evaluator evaluator = new Evaluator(new Precis(), preset, null, resources, 2);
      List<Summarizer> list = new ArrayList<>(configs.values());
      List<String> names = new ArrayList<>(configs.keySet());
      long t0 = System.nanoTime();
      try (StoryStream stream = new StoryReader(m -> { }).open(List.of(data.resolve(file).toString()))) {
        Iterator<Story> stories = stream;
        if (language != null) {
          List<Story> kept = new ArrayList<>();
          while (stream.hasNext()) {
            Story s = stream.next();
            if (s.language().equals(language)) {
              kept.add(s);
            }
          }
          stories = kept.iterator();
        }
        List<Evaluator.Report> reports = evaluator.evaluate(file, stories, list, limit, r -> { }, k -> { });
        for (int a = 0; a < reports.size(); a++) {
          Evaluator.Report r = reports.get(a);
          String cell = preset == Preset.MULTINEWS
              ? String.format(Locale.ROOT, "%.2f / %.2f / %.2f", pct(r, "ROUGE-1", preset), pct(r, "ROUGE-2", preset),
                  pct(r, "ROUGE-SU4", preset))
              : String.format(Locale.ROOT, "%.2f / %.2f", pct(r, "ROUGE-1", preset), pct(r, "ROUGE-2", preset));
          cells.computeIfAbsent(names.get(a), k -> new LinkedHashMap<>()).put(set, cell);
        }
      }
      System.err.printf(Locale.ROOT, "%s: %.1f s%n", set, (System.nanoTime() - t0) / 1e9);
    }
    System.out.println("| config | " + String.join(" | ", sets) + " |");
    System.out.println("|---|" + "---|".repeat(sets.size()));
    for (Map.Entry<String, Map<String, String>> row : cells.entrySet()) {
      List<String> values = new ArrayList<>();
      for (String set : sets) {
        values.add(row.getValue().getOrDefault(set, ""));
      }
      System.out.println("| " + row.getKey() + " | " + String.join(" | ", values) + " |");
    }
  }

  private static TreeModel read(String file) throws java.io.IOException {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return TreeModel.read(in);
    }
  }

  private static double pct(Evaluator.Report r, String metric, Preset preset) {
    var mean = r.rouge().get(metric).mean();
    return 100 * (preset.measure() == Preset.Measure.RECALL ? mean.recall() : mean.f());
  }
}
