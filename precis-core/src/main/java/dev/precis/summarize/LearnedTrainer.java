package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Story;
import dev.precis.learn.Gbdt;
import dev.precis.learn.Oracle;
import dev.precis.learn.TreeModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Learns a sentence scorer from stories with reference summaries: every candidate sentence of every story is a
 * row of {@link SentenceFeatures}, labelled from ROUGE against the references ({@link Oracle}) at a given
 * length, and a {@link Gbdt} is fitted to the rows, each story one group of the ranking objective. Stories are
 * analyzed on several threads but rows are kept in story order, so the result depends only on the stories, the
 * parameters and the seed.
 */
public final class LearnedTrainer {
  /** What one training run saw and made; {@code positives} are the rows labelled above 0. */
  public record Result(TreeModel model, int stories, int rows, int positives, double analyzeSeconds,
      double fitSeconds) {}

  private final Function<Story, AnalyzedStory> analyzer;
  private final ToIntFunction<Story> budgetWords;
  private final Gbdt.Params params;
  private final Set<SentenceFeatures.Group> off;
  private final Oracle.Label label;
  private final Gbdt.Objective objective;
  private final int threads;

  /**
   * @param analyzer cleans and analyzes a story as summarizing does ({@code Precis::analyze})
   * @param budgetWords the length of the oracle summary of a story, in words
   * @param off feature groups left out (their columns are 0)
   * @param label how the oracle labels a sentence
   * @param threads worker threads for analysis and labelling
   */
  public LearnedTrainer(Function<Story, AnalyzedStory> analyzer, ToIntFunction<Story> budgetWords,
      Gbdt.Params params, Set<SentenceFeatures.Group> off, Oracle.Label label, Gbdt.Objective objective,
      int threads) {
    this.analyzer = analyzer;
    this.budgetWords = budgetWords;
    this.params = params;
    this.off = Set.copyOf(off);
    this.label = label;
    this.objective = objective;
    this.threads = Math.max(1, threads);
  }

  private record Rows(float[] x, float[] y) {}

  /** The rows of one story: its candidates' features and oracle labels. */
  Rows rows(Story story) {
    AnalyzedStory analyzed = analyzer.apply(story);
    int[] candidates = SentenceFeatures.candidates(analyzed);
    float[] x = SentenceFeatures.rows(analyzed, candidates, off);
    float[] y = Oracle.labels(label, analyzed, candidates, story.references(), budgetWords.applyAsInt(story));
    return new Rows(x, y);
  }

  /**
   * Trains on the first {@code limit} stories of {@code stories} that have references (all when {@code limit}
   * is 0 or less).
   *
   * @throws IllegalArgumentException when no story has a reference and a candidate sentence
   */
  public Result train(Iterator<Story> stories, int limit, long seed) {
    long t0 = System.nanoTime();
    List<Rows> all = new ArrayList<>();
    int count = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "precis-train");
      t.setDaemon(true);
      return t;
    });
    try {
      while (stories.hasNext() && (limit <= 0 || count < limit)) {
        List<Future<Rows>> batch = new ArrayList<>();
        while (stories.hasNext() && batch.size() < threads * 32 && (limit <= 0 || count + batch.size() < limit)) {
          Story story = stories.next();
          if (!story.references().isEmpty()) {
            batch.add(pool.submit(() -> rows(story)));
          }
        }
        for (Future<Rows> f : batch) {
          all.add(get(f));
          count++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    int rows = 0;
    for (Rows r : all) {
      rows += r.y().length;
    }
    if (rows == 0) {
      throw new IllegalArgumentException("no story with a reference summary and a candidate sentence to learn from");
    }
    float[] x = new float[rows * SentenceFeatures.COUNT];
    float[] y = new float[rows];
    int[] groups = new int[all.size()];
    int at = 0;
    int positives = 0;
    for (int k = 0; k < all.size(); k++) {
      Rows r = all.get(k);
      groups[k] = at;
      System.arraycopy(r.x(), 0, x, at * SentenceFeatures.COUNT, r.x().length);
      System.arraycopy(r.y(), 0, y, at, r.y().length);
      for (float v : r.y()) {
        positives += v > 0 ? 1 : 0;
      }
      at += r.y().length;
    }
    all.clear();
    long t1 = System.nanoTime();
    TreeModel model = Gbdt.train(x, SentenceFeatures.COUNT, y, groups, objective, params, seed);
    long t2 = System.nanoTime();
    return new Result(model, count, rows, positives, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
