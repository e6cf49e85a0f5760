package dev.precis.eval;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeAggregate;
import dev.precis.eval.rouge.RougeOptions;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.eval.rouge.Score;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.text.SentenceSplitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Summarizes every story of a benchmark set with one or more summarizers and scores each summary against the
 * story's references with ROUGE. Stories are read as a stream and processed in parallel with a bounded number
 * in flight, so memory stays bounded whatever the size of the set; per-story results come out in input order.
 */
public final class Evaluator {
  /** One summary and its scores. */
  public record StoryResult(String story, String algorithm, List<String> sentences, int words,
      Map<String, Score> scores) {
    public String summary() {
      return String.join(" ", sentences);
    }
  }

  /** Aggregate figures of one summarizer over a set. */
  public record Report(String dataset, int stories, String algorithm, Preset preset,
      Map<String, RougeAggregate.Estimate> rouge, double averageWords, double storiesPerSecond,
      boolean throughputMeasured) {}

  private final Precis precis;
  private final Preset preset;
  private final Integer words;
  private final Rouge rouge;
  private final RougeOptions rougeOptions;
  private final int threads;
  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * @param preset ROUGE conventions and default summary length
   * @param words summary length in words overriding the preset's rule, or null
   * @param resources ROUGE's data files (needed when the preset stems)
   * @param threads worker threads, at least 1
   */
  public Evaluator(Precis precis, Preset preset, Integer words, RougeResources resources, int threads) {
    this.precis = precis;
    this.preset = preset;
    this.words = words;
    this.rougeOptions = preset.rougeOptions();
    this.rouge = new Rouge(rougeOptions, resources);
    this.threads = Math.max(1, threads);
  }

  /**
   * Evaluates {@code summarizers} on up to {@code limit} stories of {@code stories} (all when limit is 0 or
   * less). {@code sink} receives every story's results in input order; {@code progress} the number of stories
   * done so far.
   */
  public List<Report> evaluate(String dataset, Iterator<Story> stories, List<Summarizer> summarizers, int limit,
      Consumer<StoryResult> sink, IntConsumer progress) {
    int algorithms = summarizers.size();
    List<List<Map<String, Score>>> scores = new ArrayList<>();
    long[] words = new long[algorithms];
    long[] nanos = new long[algorithms];
    for (int a = 0; a < algorithms; a++) {
      scores.add(new ArrayList<>());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "precis-eval");
      t.setDaemon(true);
      return t;
    });
    long start = System.nanoTime();
    int done = 0;
    try {
      // This thread reads the stories and keeps a window of them queued; threads - 1 pool threads work the queue,
      // and so does this thread whenever the oldest story is not done yet. Reading so shares a core with a worker
      // instead of being a third busy thread (and with one thread, everything runs on one), and results are taken
      // in input order as they complete, so no worker waits for a batch's slowest story.
      int window = threads * 16;
      BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();
      for (int t = 1; t < threads; t++) {
        pool.execute(() -> {
          try {
            for (Runnable task = queued.take(); task != END; task = queued.take()) {
              task.run();
            }
          } catch (InterruptedException e) {
            // given up: the evaluation failed
          }
        });
      }
      ArrayDeque<FutureTask<Worked>> inFlight = new ArrayDeque<>();
      int submitted = 0;
      while (true) {
        while (inFlight.size() < window && stories.hasNext() && (limit <= 0 || submitted < limit)) {
          Story story = stories.next();
          FutureTask<Worked> task = new FutureTask<>(() -> work(story, summarizers));
          inFlight.add(task);
          queued.add(task);
          submitted++;
        }
        FutureTask<Worked> head = inFlight.poll();
        if (head == null) {
          break;
        }
        for (Runnable task = head.isDone() ? null : queued.poll(); task != null;
            task = head.isDone() ? null : queued.poll()) {
          task.run();
        }
        Worked w = get(head);
        for (int a = 0; a < algorithms; a++) {
          StoryResult r = w.results.get(a);
          scores.get(a).add(r.scores());
          words[a] += r.words();
          nanos[a] += w.nanos[a];
          sink.accept(r);
        }
        progress.accept(++done);
      }
      for (int t = 1; t < threads; t++) {
        queued.add(END);
      }
      double wallSeconds = (System.nanoTime() - start) / 1e9;
      // The bootstrap intervals come after the last story; the workers share their resamples.
      List<Map<String, RougeAggregate.Estimate>> estimates = new ArrayList<>();
      for (int a = 0; a < algorithms; a++) {
        estimates.add(done == 0 ? Map.of() : RougeAggregate.bootstrap(scores.get(a), rougeOptions, pool, threads));
      }
      List<Report> reports = new ArrayList<>();
      for (int a = 0; a < algorithms; a++) {
        boolean single = algorithms == 1;
        // With several summarizers in one run, each one's throughput is estimated from the time its own work
        // took on the worker threads (analysis included), spread over the threads.
        double seconds = single ? wallSeconds : nanos[a] / 1e9 / threads;
        reports.add(new Report(dataset, done, summarizers.get(a).name(), preset, estimates.get(a),
            done == 0 ? 0 : (double) words[a] / done, seconds > 0 ? done / seconds : 0, single));
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Tells a pool thread that the stories are done. */
  private static final Runnable END = () -> {};

  private record Worked(List<StoryResult> results, long[] nanos) {}

  private Worked work(Story story, List<Summarizer> summarizers) {
    long t0 = System.nanoTime();
    AnalyzedStory analyzed = precis.analyze(story);
    long analysis = System.nanoTime() - t0;
    Budget budget = Budget.words(words != null ? words : preset.words(story));
    List<List<String>> references = new ArrayList<>();
    for (String reference : story.references()) {
      references.add(sentences(reference));
    }
    List<StoryResult> results = new ArrayList<>();
    long[] nanos = new long[summarizers.size()];
    for (int a = 0; a < summarizers.size(); a++) {
      long t1 = System.nanoTime();
      Summary summary = precis.summarize(analyzed, summarizers.get(a), budget);
      List<String> peer = summary.sentences().stream().map(SummarySentence::text).toList();
      Map<String, Score> score = rouge.score(peer, references);
      nanos[a] = analysis + System.nanoTime() - t1;
      results.add(new StoryResult(story.id(), summarizers.get(a).name(), peer, summary.words(), score));
    }
    return new Worked(results, nanos);
  }

  private List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Span span : splitter.split(text)) {
      out.add(span.of(text));
    }
    return out;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }
}
