package dev.precis.cli;

import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.StoryClusterer;
import dev.precis.cluster.StoryClusterers;
import java.util.LinkedHashMap;
import java.util.Map;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The clusterer options that {@code cluster} and {@code eval-clusters} share. */
final class ClusteringOptions {
  @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME", defaultValue = StoryClusterers.DEFAULT,
      description = "Clustering algorithm: news (default), tfidf (the single-pass baseline) or embed (news with"
          + " sentence embeddings: a little better, far slower; see README.md).")
  String algorithm;

  @Option(names = "--window", paramLabel = "DAYS",
      description = "Days a story stays open after its newest dated article (default: the algorithm's window"
          + " option). Undated articles are windowed by --option horizon=ARTICLES.")
  Double window;

  @Option(names = "--option", paramLabel = "NAME=VALUE",
      description = "A clustering option (repeatable): window, horizon, threshold, datedThreshold, similarity, lead,"
          + " titleWeight, entityBoost, decay, copy, language, embedding, embeddingLead. See README.md for each one's"
          + " meaning and range.")
  Map<String, String> options = new LinkedHashMap<>();

  /** A new clusterer as these options ask. */
  StoryClusterer clusterer(CommandSpec spec) {
    Map<String, String> all = new LinkedHashMap<>(options);
    if (window != null) {
      all.put("window", Double.toString(window));
    }
    try {
      return StoryClusterers.create(algorithm, all);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The options as one line: {@code name=value ...}. */
  static String describe(ClusterOptions o) {
    StringBuilder b = new StringBuilder();
    o.toMap().forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return b.toString();
  }

  /** A progress bar counting articles on the terminal's error stream, or null when it is not a terminal. */
  static ProgressBar progressBar(String task) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
        .setUnit(" articles", 1).setConsumer(new InteractiveConsoleProgressBarConsumer(System.err)).hideEta()
        .build();
  }
}
