package dev.precis.bench;

import dev.precis.cluster.StoryClusterer;
import dev.precis.cluster.StoryClusterers;
import dev.precis.cluster.SyntheticStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;

/**
 * Clusters a generated stream ({@link SyntheticStream}) of any length with the default clusterer and reports,
 * every tenth of the stream, the open stories and articles and the heap in use after a full collection: memory
 * stays flat when those do. At the end: articles per second (per second of CPU time too). Nothing is kept per
 * article (the evaluator's score tables would grow with the stream), so the heap is the clusterer's. Peak
 * resident memory is measured from outside, with {@code /usr/bin/time -v}.
 *
 * <p>Usage: {@code ClusterStreamBenchmark [--articles N] [--per-day N] [--window DAYS]} (defaults 1,000,000
 * articles, 10,000 a day, a 3-day window).
 */
public final class ClusterStreamBenchmark {
  private ClusterStreamBenchmark() {}

  public static void main(String[] args) {
    long articles = 1_000_000;
    int perDay = 10_000;
    String window = "3";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Long.parseLong(args[++i]);
        case "--per-day" -> perDay = Integer.parseInt(args[++i]);
        case "--window" -> window = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    StoryClusterer clusterer = StoryClusterers.create(StoryClusterers.DEFAULT, Map.of("window", window));
    SyntheticStream stream = new SyntheticStream(articles, perDay, 1);
    long step = Math.max(1, articles / 10);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long n = 0;
    while (stream.hasNext()) {
      clusterer.assign(stream.next().article());
      if (++n % step == 0) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%,10d articles: %,7d open stories, %,7d open articles, heap %,5d MB%n",
            n, clusterer.openStories(), clusterer.openArticles(), (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf(Locale.ROOT, "%,d articles, %,d a day, window %s days: %.0f articles/s (%.0f per CPU second)%n",
        n, perDay, window, n / seconds, n / cpuSeconds);
  }
}
