package dev.precis.spark;

import dev.precis.ingest.Skips;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.util.LongAccumulator;

/** What a run did, printed at its end: counts, bad input by kind, time per stage, shuffle and memory. */
final class JobSummary {
  /** Stories that could not be summarized listed one by one in the summary; the rest are counted. */
  static final int FAILURES_SHOWN = 20;

  private final JobOptions options;
  private final int files;
  private int readParts;
  private final long start = System.nanoTime();
  private final Map<String, Double> stages = new LinkedHashMap<>();
  private final Map<Skips.Kind, Long> skipped = new EnumMap<>(Skips.Kind.class);
  private long articles;
  private long blocks;
  private int largestBlock;
  private long bucketsLeftOut;
  private long stories;
  private long unsummarized;
  private List<BlockClustering.Failure> failures = List.of();
  private long shuffleWritten;
  private long shuffleRead;
  private long peakTaskMemory;
  private long peakHeap;
  private Map<String, JobMetrics.Tasks> tasks = Map.of();

  JobSummary(JobOptions options, int files) {
    this.options = options;
    this.files = files;
  }

  void stage(String name, long startNanos, long articles) {
    this.articles = articles;
    stages.put(name, (System.nanoTime() - startNanos) / 1e9);
  }

  void skipped(Map<Skips.Kind, LongAccumulator> counts) {
    counts.forEach((k, v) -> skipped.put(k, v.value()));
  }

  void bucketsLeftOut(long leftOut) {
    bucketsLeftOut = leftOut;
  }

  /** The blocks clustered: how many, and the partitions' largest (articles at home and context). */
  void blocks(long count, List<Integer> largest) {
    blocks = count;
    largestBlock = largest.stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /**
   * @param failed stories that could not be summarized
   * @param shown some of them, at most {@link #FAILURES_SHOWN} of each task; {@link #FAILURES_SHOWN} of these, the
   *     lowest story numbers, are listed
   */
  void stories(long count, long failed, List<BlockClustering.Failure> shown) {
    stories = count;
    unsummarized = failed;
    failures = shown.stream().sorted(Comparator.comparingLong(BlockClustering.Failure::number))
        .limit(FAILURES_SHOWN).toList();
  }

  void metrics(JobMetrics m) {
    shuffleWritten = m.shuffleWritten();
    shuffleRead = m.shuffleRead();
    peakTaskMemory = m.peakTaskMemory();
    peakHeap = m.peakHeap();
    tasks = m.tasks();
  }

  long articles() {
    return articles;
  }

  long stories() {
    return stories;
  }

  long blocks() {
    return blocks;
  }

  int largestBlock() {
    return largestBlock;
  }

  Map<String, JobMetrics.Tasks> tasks() {
    return tasks;
  }

  /** The read tasks: a file each, and more where large files of article rows were read in parts. */
  void readParts(int n) {
    readParts = n;
  }

  long skipped(Skips.Kind kind) {
    return skipped.getOrDefault(kind, 0L);
  }

  long shuffleWritten() {
    return shuffleWritten;
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  String describe() {
    double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "precis-spark: %,d articles from %d input file%s%s in %.1f s (%.0f articles/s)%n",
        articles, files, files == 1 ? "" : "s", readParts > files ? " (read in " + readParts + " parts)" : "", total,
        total > 0 ? articles / total : 0));
    b.append(String.format(Locale.ROOT, "stories: %,d%s; blocks: %,d (largest %,d articles) in slots of %s days;"
        + " keys: %d terms, %d bands x %d rows, %,d buckets over %,d articles left out%n", stories,
        unsummarized > 0 ? " (" + unsummarized + " could not be summarized)" : "", blocks, largestBlock,
        BigDecimal.valueOf(options.slotDays()).stripTrailingZeros().toPlainString(), options.terms(),
        options.bands(), options.rows(), bucketsLeftOut, options.maxBucket()));
    for (BlockClustering.Failure f : failures) {
      b.append("not summarized: ").append(f).append(System.lineSeparator());
    }
    if (unsummarized > failures.size()) {
      b.append(String.format(Locale.ROOT, "not summarized: %,d more stories (%d listed above)%n",
          unsummarized - failures.size(), failures.size()));
    }
    b.append("skipped:");
    String sep = " ";
    for (Skips.Kind k : Skips.Kind.values()) {
      b.append(sep).append(k.label()).append(' ').append(skipped.getOrDefault(k, 0L));
      sep = ", ";
    }
    b.append(System.lineSeparator()).append("stages:");
    sep = " ";
    for (Map.Entry<String, Double> e : stages.entrySet()) {
      b.append(sep).append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()));
      sep = ", ";
    }
    b.append(System.lineSeparator()).append("task CPU:");
    sep = " ";
    for (String stage : stages.keySet()) {
      JobMetrics.Tasks t = tasks.get(stage);
      if (t != null) {
        b.append(sep).append(String.format(Locale.ROOT, "%s %.1f s in %d tasks (longest %.1f s)", stage,
            t.cpu() / 1e9, t.count(), t.longest() / 1e9));
        sep = ", ";
      }
    }
    b.append(System.lineSeparator());
    b.append(String.format(Locale.ROOT, "shuffle: %.1f MB written, %.1f MB read; peak task execution memory %.1f MB;"
        + " peak driver heap %.0f MB%n", shuffleWritten / 1e6, shuffleRead / 1e6, peakTaskMemory / 1e6,
        peakHeap / 1e6));
    b.append(String.format(Locale.ROOT, "output: %s/stories, %s/articles (%s)%n", options.output(),
        options.output(), options.format()));
    return b.toString();
  }
}
