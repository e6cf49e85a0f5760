package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times {@code summarize} (clean, segment, analyze, select, order, cite; default algorithm, 150 words) or the
 * cross-source report on one of the {@link AdversarialStories}, once, in a fresh JVM, generation not counted.
 * Prints one Markdown table row: input, articles, characters, stage, seconds, the CPU seconds of the thread that
 * ran it (which depend far less than seconds on what else the machine runs; the collector's and the compiler's
 * threads are not in them), summary sentences.
 *
 * <p>Usage: {@code AdversarialBenchmark summarize|report INPUT [SCALE]} with INPUT one of {@link
 * AdversarialStories#NAMES} and SCALE the size relative to the benchmark's (default 1).
 * {@code bench/run.sh} runs every input under a time limit.
 */
public final class AdversarialBenchmark {
  private AdversarialBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3 || !(args[0].equals("summarize") || args[0].equals("report"))) {
      System.err.println("usage: AdversarialBenchmark summarize|report " + String.join("|", AdversarialStories.NAMES)
          + " [SCALE]");
      System.exit(2);
    }
    Story story = AdversarialStories.named(args[1], args.length > 2 ? Double.parseDouble(args[2]) : 1);
    long chars = 0;
    for (Document d : story.documents()) {
      chars += d.text().length();
    }
    Precis precis = new Precis();
    Budget budget = Budget.words(Budget.DEFAULT_WORDS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    int sentences;
    if (args[0].equals("summarize")) {
      Summary summary = precis.summarize(story, Summarizers.DEFAULT, budget);
      sentences = summary.sentences().size();
    } else {
      sentences = precis.report(story, Summarizers.get(Summarizers.DEFAULT), budget).summary().sentences().size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %.2f | %.2f | %d |%n", args[1], story.documents().size(),
        chars, args[0], seconds, cpuSeconds, sentences);
  }
}
