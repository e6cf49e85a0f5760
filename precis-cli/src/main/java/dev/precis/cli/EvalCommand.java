package dev.precis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Preset;
import dev.precis.eval.rouge.RougeAggregate;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.eval.rouge.Score;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Story;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code precis eval}: summarize a benchmark set and score it with ROUGE. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Summarizes every story of a benchmark file (the JSONL row format, .gz too) and scores the summaries"
          + " against the story's references with ROUGE (a reimplementation that matches ROUGE-1.5.5).",
      "",
      "Presets: duc = recall, stemmed (-m), 100-word cut (-l 100), 100-word summaries; multinews = F1, no"
          + " stemming, summaries of 188 + 35 x articles words (225 to 500); tac = F1, 250 words. Each reports"
          + " ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4 as percentages with 95%% bootstrap intervals (1,000"
          + " resamples, fixed seed).",
      ""
    })
public final class EvalCommand implements Callable<Integer> {
  private static final List<String> METRICS = List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");

  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Option(names = {"-d", "--dataset"}, paramLabel = "FILE", required = true,
      description = "Benchmark file: JSONL rows with documents and references (.jsonl or .jsonl.gz).")
  Path dataset;

  @Option(names = {"-p", "--preset"}, paramLabel = "NAME",
      description = "duc, multinews or tac (default: guessed from the file name; multinews otherwise).")
  String preset;

  @Option(names = {"-w", "--words"}, paramLabel = "N", description = "Summary length in words (default: the preset's).")
  Integer words;

  @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME", defaultValue = Summarizers.DEFAULT,
      completionCandidates = Help.AlgorithmNames.class,
      description = "Summarizer, or 'all' to run every one on the same stories (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = {"-n", "--limit"}, paramLabel = "K", description = "Only the first K stories.")
  Integer limit;

  @Option(names = {"-o", "--out"}, paramLabel = "OUT.jsonl",
      description = "Also write one line per story and algorithm: {\"id\", \"algorithm\", \"summary\"}.")
  Path out;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table) or json (one object; a list with --algorithm all). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--rouge-dir", paramLabel = "DIR",
      description = "ROUGE-1.5.5's data folder (smart_common_words.txt, wordnet-2.0-exceptions.tsv), needed for"
          + " stemming. Default: a 'rouge' folder beside the dataset, or ../shared/data/rouge.")
  Path rougeDir;

  @Option(names = {"-l", "--language"}, paramLabel = "CODE",
      description = "Only stories in this language (ISO 639-1, e.g. en), for multilingual sets such as TAC.")
  String language;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Mixin
  PrecisOptions pipeline;

  @Mixin
  AlgorithmOptions algorithmOptions;

  @Override
  public Integer call() throws InputException, IOException {
    Io io = parent.io();
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default -> throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; known: text, json");
    };
    if (words != null && words < 1) {
      throw new ParameterException(spec.commandLine(), "--words must be at least 1, got " + words);
    }
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    Preset chosen = chosenPreset();
    List<Summarizer> summarizers = summarizers();
    RougeResources resources = resources(chosen);
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    Evaluator evaluator = new Evaluator(pipeline.builder().build(), chosen, words, resources, workers);

    StoryReader reader = new StoryReader(io::warn, io.in());
    List<Evaluator.Report> reports;
    try (StoryStream stories = reader.open(List.of(dataset.toString()));
        PrintWriter outFile = out == null ? null : new PrintWriter(writer(out));
        ProgressBar bar = progressBar()) {
      ObjectMapper mapper = new ObjectMapper();
      IntConsumer progress = bar == null ? n -> {} : n -> bar.stepTo(n);
      Iterator<Story> selected = language == null ? stories : new Iterator<>() {
        private Story next = advance();

        private Story advance() {
          while (stories.hasNext()) {
            Story s = stories.next();
            if (s.language().equalsIgnoreCase(language.strip())) {
              return s;
            }
          }
          return null;
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Story next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Story s = next;
          next = advance();
          return s;
        }
      };
      reports = evaluator.evaluate(dataset.getFileName().toString(), selected, summarizers,
          limit == null ? 0 : limit, result -> {
            if (outFile != null) {
              ObjectNode line = mapper.createObjectNode();
              line.put("id", result.story());
              line.put("algorithm", result.algorithm());
              line.put("summary", result.summary());
              outFile.println(line);
            }
          }, progress);
      if (outFile != null && outFile.checkError()) {
        throw new UserError("cannot write " + out);
      }
    }
    if (reports.isEmpty() || reports.get(0).stories() == 0) {
      throw new UserError(dataset + ": no stories to evaluate" + (language == null ? "" : " in language " + language));
    }
    if (json) {
      printJson(io.out(), reports);
    } else {
      printTable(io.out(), reports, chosen);
    }
    io.out().flush();
    return Main.OK;
  }

  private Preset chosenPreset() {
    if (preset == null) {
      return Preset.guess(dataset.getFileName() == null ? "" : dataset.getFileName().toString());
    }
    try {
      return Preset.of(preset.strip());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private List<Summarizer> summarizers() {
    String name = algorithm.strip().toLowerCase(Locale.ROOT);
    if (name.equals("all")) {
      return algorithmOptions.applyToEach(spec, new ArrayList<>(Summarizers.all().values()));
    }
    Summarizer chosen;
    try {
      chosen = Summarizers.get(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage() + ", all");
    }
    return List.of(algorithmOptions.apply(spec, chosen));
  }

  private RougeResources resources(Preset chosen) {
    Optional<Path> dir = Optional.ofNullable(rougeDir);
    if (dir.isEmpty()) {
      Path parentDir = dataset.toAbsolutePath().getParent();
      Path beside = parentDir == null ? null : parentDir.resolve("rouge");
      if (beside != null && Files.isRegularFile(beside.resolve(RougeResources.STOPWORDS_FILE))) {
        dir = Optional.of(beside);
      } else {
        dir = RougeResources.findDefaultDir();
      }
    }
    if (dir.isPresent()) {
      if (!Files.isRegularFile(dir.get().resolve(RougeResources.STOPWORDS_FILE))
          || !Files.isRegularFile(dir.get().resolve(RougeResources.EXCEPTIONS_FILE))) {
        throw new UserError("--rouge-dir " + dir.get() + ": it does not hold " + RougeResources.STOPWORDS_FILE
            + " and " + RougeResources.EXCEPTIONS_FILE);
      }
      return RougeResources.load(dir.get());
    }
    if (chosen.rougeOptions().stem() || chosen.rougeOptions().removeStopwords()) {
      throw new UserError("the " + chosen.label() + " preset stems words with ROUGE-1.5.5's WordNet exception"
          + " table; name its folder with --rouge-dir DIR");
    }
    return RougeResources.none();
  }

  private static BufferedWriter writer(Path path) {
    try {
      return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + path + ": " + e.getMessage());
    }
  }

  /** A progress bar on the terminal's error stream, or null when output is not a terminal. */
  private ProgressBar progressBar() {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("eval").setStyle(ProgressBarStyle.ASCII)
        .setInitialMax(limit == null ? -1 : limit).setConsumer(new InteractiveConsoleProgressBarConsumer(System.err))
        .hideEta().build();
  }

  private static double measure(Score s, Preset.Measure m) {
    return switch (m) {
      case RECALL -> s.recall();
      case PRECISION -> s.precision();
      case F -> s.f();
    };
  }

  private void printTable(PrintWriter w, List<Evaluator.Report> reports, Preset chosen) {
    Evaluator.Report first = reports.get(0);
    String measureName = switch (chosen.measure()) {
      case RECALL -> "recall";
      case PRECISION -> "precision";
      case F -> "F1";
    };
    w.printf(Locale.ROOT, "%s: %d stories, preset %s (%s, ROUGE-1.5.5 flags %s)%n", first.dataset(),
        first.stories(), chosen.label(), measureName, chosen.flags());
    w.printf(Locale.ROOT, "%-12s", "algorithm");
    for (String m : METRICS) {
      w.printf(Locale.ROOT, " %-21s", m + " [95% CI]");
    }
    w.printf(Locale.ROOT, " %7s %10s%n", "words", "stories/s");
    for (Evaluator.Report r : reports) {
      w.printf(Locale.ROOT, "%-12s", r.algorithm());
      for (String m : METRICS) {
        RougeAggregate.Estimate e = r.rouge().get(m);
        w.printf(Locale.ROOT, " %5.2f [%5.2f, %5.2f]  ", 100 * measure(e.mean(), chosen.measure()),
            100 * measure(e.lower(), chosen.measure()), 100 * measure(e.upper(), chosen.measure()));
      }
      w.printf(Locale.ROOT, " %7.1f %10.1f%s%n", r.averageWords(), r.storiesPerSecond(),
          r.throughputMeasured() ? "" : "*");
    }
    if (reports.size() > 1) {
      w.println("* with several algorithms in one run, stories/s is estimated from each one's own share of the"
          + " worker time (analysis included)");
    }
  }

  private static void printJson(PrintWriter w, List<Evaluator.Report> reports) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ArrayNode list = mapper.createArrayNode();
    for (Evaluator.Report r : reports) {
      ObjectNode o = list.addObject();
      o.put("dataset", r.dataset());
      o.put("stories", r.stories());
      o.put("algorithm", r.algorithm());
      o.put("preset", r.preset().label());
      o.put("measure", r.preset().measure().name().toLowerCase(Locale.ROOT));
      ObjectNode rouge = o.putObject("rouge");
      for (Map.Entry<String, RougeAggregate.Estimate> e : r.rouge().entrySet()) {
        if (!METRICS.contains(e.getKey())) {
          continue;
        }
        ObjectNode m = rouge.putObject(e.getKey());
        RougeAggregate.Estimate est = e.getValue();
        m.put("R", pct(est.mean().recall()));
        m.put("P", pct(est.mean().precision()));
        m.put("F", pct(est.mean().f()));
        m.putArray("R_ci").add(pct(est.lower().recall())).add(pct(est.upper().recall()));
        m.putArray("P_ci").add(pct(est.lower().precision())).add(pct(est.upper().precision()));
        m.putArray("F_ci").add(pct(est.lower().f())).add(pct(est.upper().f()));
      }
      o.put("avg_words", Math.round(r.averageWords() * 10) / 10.0);
      o.put("stories_per_second", Math.round(r.storiesPerSecond() * 10) / 10.0);
      o.put("stories_per_second_measured", r.throughputMeasured());
    }
    try {
      mapper.writeValue(w, reports.size() == 1 ? list.get(0) : list);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.println();
  }

  private static double pct(double v) {
    return Math.round(v * 100_000) / 1000.0;
  }
}
