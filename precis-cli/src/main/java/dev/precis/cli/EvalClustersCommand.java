package dev.precis.cli;

import dev.precis.cluster.ArticleRows;
import dev.precis.cluster.ClusterEvaluator;
import dev.precis.cluster.StoryClusterer;
import dev.precis.ingest.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code precis eval-clusters}: cluster a labeled stream and score the stories against the labels. */
@Command(
    name = "eval-clusters",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Clusters a labeled stream of articles (JSONL, one article per line: id, title, text, date, source, lang,"
          + " story; .gz too) in stream order, without the labels, and scores the stories against them:"
          + " B-cubed precision, recall and F1, pairwise precision, recall and F1, the adjusted Rand index, and"
          + " articles per second end to end (reading and analysis included).",
      ""
    })
public final class EvalClustersCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Option(names = {"-d", "--dataset"}, paramLabel = "FILE", required = true,
      description = "Labeled stream: JSONL article rows with a story label (.jsonl or .jsonl.gz).")
  Path dataset;

  @Mixin
  ClusteringOptions clustering;

  @Override
  public Integer call() throws InputException {
    Io io = parent.io();
    StoryClusterer clusterer = clustering.clusterer(spec);
    ClusterEvaluator.Report r;
    try (ArticleRows rows = ArticleRows.open(dataset, io::warn); ProgressBar bar = ClusteringOptions.progressBar(
        "eval-clusters")) {
      Iterator<ArticleRows.Row> counted = bar == null ? rows : new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public ArticleRows.Row next() {
          bar.step();
          return rows.next();
        }
      };
      r = ClusterEvaluator.evaluate(counted, clusterer);
    }
    if (r.articles() == 0) {
      throw new UserError(dataset + ": no labeled articles (rows with a \"story\") to evaluate");
    }
    PrintWriter w = io.out();
    ClusterEvaluator.Scores s = r.scores();
    w.printf(Locale.ROOT, "%s: %d articles (%s), %d gold stories, %d predicted%n", dataset.getFileName(),
        r.articles(), r.dated() ? "dated" : "undated", r.goldStories(), r.predictedStories());
    w.printf(Locale.ROOT, "algorithm %s: %s%n", r.algorithm(), ClusteringOptions.describe(r.options()));
    w.printf(Locale.ROOT, "%-9s %9s %9s %9s%n", "", "precision", "recall", "F1");
    w.printf(Locale.ROOT, "%-9s %9.4f %9.4f %9.4f%n", "B-cubed", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
    w.printf(Locale.ROOT, "%-9s %9.4f %9.4f %9.4f%n", "pairwise", s.pairwisePrecision(), s.pairwiseRecall(),
        s.pairwiseF1());
    w.printf(Locale.ROOT, "ARI %.4f%n", s.ari());
    w.printf(Locale.ROOT, "%.0f articles/s (%.2f s), %.0f articles per CPU second (%.2f s)%n", r.articlesPerSecond(),
        r.seconds(), r.articlesPerCpuSecond(), r.cpuSeconds());
    w.flush();
    return Main.OK;
  }
}
