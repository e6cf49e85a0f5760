package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Preset;
import dev.precis.eval.rouge.RougeAggregate;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.summarize.Budget;
import dev.precis.summarize.CoverageSummarizer;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures summarizer configurations with ROUGE on the benchmark sets, one table per set.
 *
 * <pre>
 * QualityExperiment [--n N] [--sets duc,mn,mnall,train] [--threads T] [--data DIR] SPEC...
 * </pre>
 *
 * <p>A SPEC is a summarizer name ({@code lexrank}, {@code lead}, ...), optionally followed by
 * {@code :name=value,...} options changed from its defaults (the names {@code precis algorithms} lists, e.g.
 * {@code coverage:seeds=0,fill=false}); {@code floor} is the plain greedy baseline (coverage with all ideas off
 * but the first-sentence bonus, and options on top of that); {@code ilpnodes:K} the concept ILP with node limit K; {@code scaleK/SPEC} a diagnostic that runs SPEC with the budget times K. Sets: {@code duc} = DUC 2003 (all 30, preset DUC); {@code mn} = the first N
 * Multi-News validation stories; {@code mnall} = all of Multi-News validation; {@code train} = N Multi-News
 * training stories (the first N after skipping 10,000), both with preset MULTINEWS. With {@code mnall} and a
 * single SPEC the stories/s figure is wall-clock throughput of the whole run (reading, analysis, selection,
 * scoring).
 */
public final class QualityExperiment {
  private QualityExperiment() {}

  public static void main(String[] args) throws Exception {
    int n = 500;
    int threads = 2;
    String sets = "duc,mn";
    Path data = Path.of("/work/shared/data");
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--sets" -> sets = args[++i];
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        default -> specs.add(args[i]);
      }
    }
    if (specs.isEmpty()) {
      specs = List.of("lead", "centroid", "lexrank", "textrank", "mmr", "floor", "coverage");
    }
    List<Summarizer> summarizers = new ArrayList<>();
    for (String spec : specs) {
      summarizers.add(new Labeled(spec, build(spec)));
    }
    RougeResources resources = RougeResources.load(data.resolve("rouge"));
    for (String set : sets.split(",")) {
      switch (set) {
        case "duc" -> run("DUC 2003 (30)", Preset.DUC, data.resolve("duc2003.jsonl"), 0, 0, summarizers,
            resources, threads);
        case "mn" -> run("Multi-News val first " + n, Preset.MULTINEWS, data.resolve("multinews-val.jsonl.gz"), 0,
            n, summarizers, resources, threads);
        case "mnall" -> run("Multi-News val (all)", Preset.MULTINEWS, data.resolve("multinews-val.jsonl.gz"), 0, 0,
            summarizers, resources, threads);
        case "train" -> run("Multi-News train " + n + " after 10000", Preset.MULTINEWS,
            data.resolve("multinews-train.jsonl.gz"), 10_000, n, summarizers, resources, threads);
        default -> throw new IllegalArgumentException("unknown set " + set);
      }
    }
  }

  /** The summarizer a spec names. */
  static Summarizer build(String spec) {
    if (spec.startsWith("scale")) {
      // Diagnostic only: the same summarizer with the word budget scaled, to see how length moves F1.
      int slash = spec.indexOf('/');
      double k = Double.parseDouble(spec.substring(5, slash));
      Summarizer inner = build(spec.substring(slash + 1));
      return new Scaled(k, inner);
    }
    int colon = spec.indexOf(':');
    String name = colon < 0 ? spec : spec.substring(0, colon);
    String opts = colon < 0 ? "" : spec.substring(colon + 1);
    Map<String, String> changed = new LinkedHashMap<>();
    for (String kv : opts.isBlank() ? new String[0] : opts.split(",")) {
      String[] p = kv.split("=", 2);
      changed.put(p[0], p.length > 1 ? p[1] : "");
    }
    if (name.equals("floor")) {
      // The plain floor: document-frequency bigram weights, first-sentence bonus, greedy by gain per word.
      Map<String, String> floor = new LinkedHashMap<>(Map.of("unigramWeight", "0", "documentsForDocumentFrequency",
          "3", "minCount", "1", "costExponent", "1", "minShare", "0", "fill", "false", "seeds", "0"));
      floor.putAll(changed);
      return new CoverageSummarizer().with(floor);
    }
    if (name.equals("ilpnodes")) {
      // The concept ILP with its defaults but a node limit (1 = its greedy start only).
      return Summarizers.get("ilp").with(Map.of("nodeLimit", opts));
    }
    return Summarizers.get(name).with(changed);
  }

  private static void run(String title, Preset preset, Path file, int skip, int limit, List<Summarizer> summarizers,
      RougeResources resources, int threads) throws Exception {
    Evaluator evaluator = new Evaluator(Precis.builder().build(), preset, null, resources, threads);
    long t0 = System.nanoTime();
    List<Evaluator.Report> reports;
    StoryReader reader = new StoryReader(w -> System.err.println("warning: " + w));
    try (StoryStream stream = reader.open(List.of(file.toString()))) {
      for (int i = 0; i < skip && stream.hasNext(); i++) {
        stream.next();
      }
      reports = evaluator.evaluate(title, stream, summarizers, limit, r -> {}, done -> {});
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String measure = preset.measure() == Preset.Measure.RECALL ? "R" : "F";
    System.out.printf(Locale.ROOT, "%n## %s — preset %s, ROUGE %s, %.1f s%n%n", title, preset.label(), measure,
        seconds);
    System.out.println("| config | R-1 | R-2 | R-SU4 | R-L | words | stories/s |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Evaluator.Report r : reports) {
      Map<String, RougeAggregate.Estimate> m = r.rouge();
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f | %.0f%s |%n", r.algorithm(),
          fig(m, "ROUGE-1", preset), fig(m, "ROUGE-2", preset), fig(m, "ROUGE-SU4", preset),
          fig(m, "ROUGE-L", preset), r.averageWords(), r.storiesPerSecond(), r.throughputMeasured() ? "" : "*");
    }
    System.out.flush();
  }

  private static String fig(Map<String, RougeAggregate.Estimate> m, String metric, Preset preset) {
    RougeAggregate.Estimate e = m.get(metric);
    if (e == null) {
      return "-";
    }
    double v = switch (preset.measure()) {
      case RECALL -> e.mean().recall();
      case PRECISION -> e.mean().precision();
      case F -> e.mean().f();
    };
    return String.format(Locale.ROOT, "%.2f", 100 * v);
  }

  /** Diagnostic: a summarizer given a scaled word budget. */
  private record Scaled(double k, Summarizer inner) implements Summarizer {
    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public String description() {
      return inner.description();
    }

    @Override
    public Selection select(AnalyzedStory story, Budget budget) {
      Selection scaled = inner.select(story, Budget.words(Math.max(1, (int) Math.round(budget.limit() * k))));
      Selection out = new Selection(story, budget);
      scaled.items().forEach(i -> out.add(i.sentence(), i.score()));
      return out;
    }
  }

  /** A summarizer reported under its spec. */
  private record Labeled(String label, Summarizer inner) implements Summarizer {
    @Override
    public String name() {
      return label;
    }

    @Override
    public String description() {
      return inner.description();
    }

    @Override
    public Selection select(AnalyzedStory story, Budget budget) {
      return inner.select(story, budget);
    }
  }
}
