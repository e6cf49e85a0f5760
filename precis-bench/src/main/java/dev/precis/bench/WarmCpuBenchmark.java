package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Preset;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Story;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time of the same work repeated in one JVM, so that rounds after the first show the cost once the JIT has
 * compiled the hot paths, apart from the compiling itself (which a one-shot run such as {@code precis eval} pays
 * within its figure).
 *
 * <p>Usage: {@code WarmCpuBenchmark eval DATASET STORIES ROUNDS}: the evaluator (one worker, Multi-News preset,
 * default algorithm, scoring included) on the first STORIES stories of DATASET, held in memory; prints the process
 * CPU milliseconds per story of each round. {@code WarmCpuBenchmark summarize|report INPUT SCALE ROUNDS}: one of
 * the {@link AdversarialStories} at SCALE; prints the CPU seconds of the thread that summarizes or reports, per
 * round. Each line ends with the least round.
 */
public final class WarmCpuBenchmark {
  private WarmCpuBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !List.of("eval", "summarize", "report").contains(args[0])) {
      System.err.println("usage: WarmCpuBenchmark eval DATASET STORIES ROUNDS | summarize|report INPUT SCALE ROUNDS");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[3]);
    StringBuilder line = new StringBuilder(String.join(" ", args[0], args[1], args[2]) + ":");
    double least = Double.MAX_VALUE;
    if (args[0].equals("eval")) {
      List<Story> all = new StoryReader(warning -> {}).readAll(List.of(args[1]));
      List<Story> stories = all.subList(0, Math.min(Integer.parseInt(args[2]), all.size()));
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      Evaluator evaluator = new Evaluator(new Precis(), Preset.MULTINEWS, null, RougeResources.none(), 1);
      for (int r = 0; r < rounds; r++) {
        long cpu0 = os.getProcessCpuTime();
        evaluator.evaluate("warm", stories.iterator(), List.of(Summarizers.get(Summarizers.DEFAULT)), 0,
            result -> {}, done -> {});
        double ms = (os.getProcessCpuTime() - cpu0) / 1e6 / stories.size();
        least = Math.min(least, ms);
        line.append(String.format(Locale.ROOT, " %.2f", ms));
      }
      System.out.println(line + String.format(Locale.ROOT, "  (least %.2f CPU ms per story)", least));
      return;
    }
    Story story = AdversarialStories.named(args[1], Double.parseDouble(args[2]));
    Precis precis = new Precis();
    Budget budget = Budget.words(Budget.DEFAULT_WORDS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      if (args[0].equals("summarize")) {
        precis.summarize(story, Summarizers.DEFAULT, budget);
      } else {
        precis.report(story, Summarizers.get(Summarizers.DEFAULT), budget);
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      least = Math.min(least, seconds);
      line.append(String.format(Locale.ROOT, " %.2f", seconds));
    }
    System.out.println(line + String.format(Locale.ROOT, "  (least %.2f thread CPU s)", least));
  }
}
