package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.eval.Preset;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.learn.Gbdt;
import dev.precis.learn.Oracle;
import dev.precis.summarize.LearnedTrainer;
import dev.precis.summarize.SentenceFeatures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code precis train}: learn the sentence scorer of the {@code learned} algorithm from reference summaries. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Learns the sentence scorer of the 'learned' algorithm from a benchmark file with reference summaries"
          + " (the JSONL row format, .gz too; meant for Multi-News train, never an evaluation set): every"
          + " candidate sentence is labelled from the greedy ROUGE-1 + ROUGE-2 oracle summary at the"
          + " multinews preset's length, and gradient-boosted trees are fitted to its features.",
      "The same file, options and seed give the same model file, byte for byte.",
      ""
    })
public final class TrainCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Option(names = {"-d", "--dataset"}, paramLabel = "FILE", required = true,
      description = "Stories with references: JSONL rows (.jsonl or .jsonl.gz).")
  Path dataset;

  @Option(names = {"-o", "--out"}, paramLabel = "MODEL", required = true,
      description = "Where to write the model (replaced only once it is complete).")
  Path out;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Only the first N stories with references.")
  Integer limit;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the trees' row subsample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--trees", paramLabel = "N", defaultValue = "200", description = "Boosting rounds (default: ${DEFAULT-VALUE}).")
  int trees;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "5", description = "Tree depth (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--without", paramLabel = "GROUPS",
      description = "Leave out feature groups, comma-separated: position, length, redundancy, concepts,"
          + " centrality, surface.")
  String without;

  @Option(names = "--label", paramLabel = "KIND", defaultValue = "gain",
      description = "Sentence labels: oracle (1 when the oracle summary takes it), order (the oracle's first pick"
          + " 1, later picks less) or gain (its own ROUGE-1 + ROUGE-2 F1 over the story's best). Default:"
          + " ${DEFAULT-VALUE}.")
  String label;

  @Option(names = "--objective", paramLabel = "NAME", defaultValue = "lambdarank",
      description = "logistic (each sentence on its own) or lambdarank (LambdaMART: the order of each story's"
          + " sentences). Default: ${DEFAULT-VALUE}.")
  String objective;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Override
  public Integer call() throws InputException, IOException {
    Io io = parent.io();
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    Gbdt.Params params;
    java.util.Set<SentenceFeatures.Group> off;
    Oracle.Label labelKind;
    Gbdt.Objective objectiveKind;
    try {
      Gbdt.Params d = Gbdt.Params.defaults();
      params = new Gbdt.Params(trees, depth, d.learningRate(), d.lambda(), d.minChildWeight(), d.subsample(),
          d.bins());
      off = SentenceFeatures.groups(without);
      labelKind = named(Oracle.Label.class, "--label", label);
      objectiveKind = named(Gbdt.Objective.class, "--objective", objective);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    Precis precis = new Precis();
    LearnedTrainer trainer = new LearnedTrainer(precis::analyze, Preset.MULTINEWS::words, params, off, labelKind,
        objectiveKind, workers);
    LearnedTrainer.Result result;
    try (StoryStream stories = new StoryReader(io::warn, io.in()).open(List.of(dataset.toString()))) {
      result = trainer.train(stories, limit == null ? 0 : limit, seed);
    } catch (IllegalArgumentException e) {
      throw new UserError(dataset + ": " + e.getMessage());
    }
    byte[] bytes = result.model().toBytes();
    Path absolute = out.toAbsolutePath();
    Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new UserError("cannot write " + out + ": " + e.getMessage());
    }
    PrintWriter o = io.out();
    o.printf(Locale.ROOT, "%s: %d stories, %d candidate sentences, %d (%.1f%%) labelled above 0%n",
        dataset.getFileName(), result.stories(), result.rows(), result.positives(),
        100.0 * result.positives() / result.rows());
    o.printf(Locale.ROOT, "%d trees of depth %d, %s, %s labels%s, seed %d: %.1f s reading and labelling,"
        + " %.1f s fitting%n", trees, depth, objectiveKind.name().toLowerCase(Locale.ROOT),
        labelKind.name().toLowerCase(Locale.ROOT), off.isEmpty() ? "" : ", without " + without.strip(), seed,
        result.analyzeSeconds(),
        result.fitSeconds());
    int[] splits = result.model().splitCounts();
    StringBuilder used = new StringBuilder();
    for (int f = 0; f < splits.length; f++) {
      if (splits[f] > 0) {
        used.append(used.length() == 0 ? "" : ", ").append(SentenceFeatures.NAMES.get(f)).append(' ').append(splits[f]);
      }
    }
    o.printf(Locale.ROOT, "splits per feature: %s%n", used);
    o.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, bytes.length);
    o.flush();
    return Main.OK;
  }

  private static <E extends Enum<E>> E named(Class<E> type, String option, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(name.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException(option + ": unknown value '" + name.strip() + "'; known: "
        + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
  }
}
