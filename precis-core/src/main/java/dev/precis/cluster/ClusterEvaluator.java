package dev.precis.cluster;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Scores a clusterer on a labeled stream ({@link ArticleRows} with {@code story} labels): the articles are given
 * to the clusterer in stream order, without their labels, and its stories are compared with the gold ones.
 *
 * <ul>
 *   <li><b>B-cubed</b> (Bagga and Baldwin 1998): for each article, precision is the share of its predicted story
 *       that shares its gold story and recall the share of its gold story that shares its predicted story, both
 *       averaged over articles; F1 of the two averages.
 *   <li><b>Pairwise</b>: precision and recall of the pairs of articles put in one story; F1 of the two.
 *   <li><b>ARI</b>: the adjusted Rand index (Hubert and Arabie 1985) of the two partitions.
 * </ul>
 *
 * <p>An id that repeats is one article (its last version's story and label count). Throughput is measured end to
 * end: reading, analysis (on {@link ClusterPipeline}'s worker threads) and clustering, per second of wall-clock
 * time and per second of the process's CPU time over the run (which a busy machine does not distort).
 */
public final class ClusterEvaluator {
  /** The scores of one run. */
  public record Report(String algorithm, ClusterOptions options, int articles, int goldStories,
      int predictedStories, boolean dated, Scores scores, double seconds, double cpuSeconds) {
    /** Articles per second of wall-clock time. */
    public double articlesPerSecond() {
      return seconds > 0 ? articles / seconds : 0;
    }

    /** Articles per second of the process's CPU time (all threads): the rate on one otherwise idle core. */
    public double articlesPerCpuSecond() {
      return cpuSeconds > 0 ? articles / cpuSeconds : 0;
    }
  }

  /** Agreement of a predicted partition with the gold one. */
  public record Scores(double bcubedPrecision, double bcubedRecall, double bcubedF1, double pairwisePrecision,
      double pairwiseRecall, double pairwiseF1, double ari) {}

  private ClusterEvaluator() {}

  /** Runs {@code clusterer} on every labeled row and scores it; rows without a label are skipped. */
  public static Report evaluate(Iterator<ArticleRows.Row> rows, StoryClusterer clusterer) {
    return evaluate(rows, clusterer, ClusterPipeline.defaultWorkers());
  }

  /** As the method above, with {@code workers} analysis threads ({@link ClusterPipeline}). */
  public static Report evaluate(Iterator<ArticleRows.Row> rows, StoryClusterer clusterer, int workers) {
    double cpuStart = processCpuSeconds();
    long start = System.nanoTime();
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new HashMap<>();
    boolean[] dated = {false};
    ClusterPipeline.run(new Labeled(rows), ArticleRows.Row::article, clusterer, workers, (row, a) -> {
      dated[0] |= row.article().date() != null;
      gold.put(row.article().id(), row.story());
      predicted.put(a.article(), a.story());
      return true;
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = processCpuSeconds() - cpuStart;
    Scores s = score(gold, predicted);
    return new Report(clusterer.name(), clusterer.options(), gold.size(), distinct(gold), distinct(predicted),
        dated[0], s, seconds, cpuSeconds);
  }

  /** CPU seconds of the whole process so far (every thread: reading, analysis, clustering, JIT, collector). */
  private static double processCpuSeconds() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) / 1e9 : 0;
  }

  /** The rows with a story label. */
  private static final class Labeled implements Iterator<ArticleRows.Row> {
    private final Iterator<ArticleRows.Row> rows;
    private ArticleRows.Row next;

    Labeled(Iterator<ArticleRows.Row> rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      while (next == null && rows.hasNext()) {
        ArticleRows.Row r = rows.next();
        next = r.story() == null ? null : r;
      }
      return next != null;
    }

    @Override
    public ArticleRows.Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ArticleRows.Row r = next;
      next = null;
      return r;
    }
  }

  /** Scores a predicted partition against the gold one; both map every article id to its story. */
  public static Scores score(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Long> goldSize = new HashMap<>();
    Map<String, Long> predSize = new HashMap<>();
    Map<String, Long> cell = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("article " + e.getKey() + " has no predicted story");
      }
      goldSize.merge(e.getValue(), 1L, Long::sum);
      predSize.merge(p, 1L, Long::sum);
      cell.merge(e.getValue() + "\u0000" + p, 1L, Long::sum);
    }
    long n = gold.size();
    if (n == 0) {
      return new Scores(0, 0, 0, 0, 0, 0, 0);
    }
    double precision = 0;
    double recall = 0;
    long togetherBoth = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      long both = cell.get(g + "\u0000" + p);
      precision += both / (double) predSize.get(p);
      recall += both / (double) goldSize.get(g);
    }
    for (long c : cell.values()) {
      togetherBoth += pairs(c);
    }
    precision /= n;
    recall /= n;
    long goldPairs = goldSize.values().stream().mapToLong(ClusterEvaluator::pairs).sum();
    long predPairs = predSize.values().stream().mapToLong(ClusterEvaluator::pairs).sum();
    double pp = predPairs == 0 ? 1 : togetherBoth / (double) predPairs;
    double pr = goldPairs == 0 ? 1 : togetherBoth / (double) goldPairs;
    double expected = n < 2 ? 0 : (double) goldPairs * predPairs / pairs(n);
    double maxIndex = (goldPairs + predPairs) / 2.0;
    double ari = maxIndex == expected ? 1 : (togetherBoth - expected) / (maxIndex - expected);
    return new Scores(precision, recall, f1(precision, recall), pp, pr, f1(pp, pr), ari);
  }

  private static long pairs(long k) {
    return k * (k - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static int distinct(Map<String, String> m) {
    return (int) m.values().stream().distinct().count();
  }
}
