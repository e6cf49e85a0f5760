package dev.precis.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Averages over many evaluation cases with bootstrap confidence intervals, as ROUGE-1.5.5 reports
 * them ({@code -c 95 -r 1000}).
 *
 * <p>ROUGE draws resample {@code r} (r = 0 .. resamples-1) after {@code srand(r)} with Perl's
 * {@code drand48} generator, takes the mean of each resample, and reports the mean of the sorted
 * resample means as "Average" and interpolated order statistics as the interval. This class
 * replays that generator. ROUGE resamples its cases in the order of their sorted instance keys
 * ({@code "<evalId>.<peerId>"}, compared as strings): {@link #bootstrap(SortedMap, int, double)}
 * takes cases keyed that way and reproduces ROUGE's figures exactly. The list overloads resample in
 * the given order, which gives the same estimate up to resampling noise (a few 1e-4 at most for
 * about a hundred cases, less for more).
 */
public final class RougeAggregate {
  private RougeAggregate() {}

  /**
   * The bootstrap estimate of one metric.
   *
   * @param mean ROUGE's reported average (mean of the resample means), rounded to 5 decimals
   * @param lower lower bound of the confidence interval, rounded to 5 decimals
   * @param upper upper bound of the confidence interval, rounded to 5 decimals
   */
  public record Estimate(Score mean, Score lower, Score upper) {}

  /**
   * Bootstrap over cases keyed like ROUGE's instances (for example {@code "0.X"}, {@code "1.X"},
   * ... for evaluation ids 0, 1, ...); the map's order must be ROUGE's, i.e. plain string order
   * (a {@link java.util.TreeMap} with natural ordering), for the figures to match ROUGE-1.5.5's.
   */
  public static Map<String, Estimate> bootstrap(
      SortedMap<String, Map<String, Score>> casesByKey, int resamples, double confidence) {
    return bootstrap(new ArrayList<>(casesByKey.values()), resamples, confidence);
  }

  /** Bootstrap with the resample count and confidence level of {@code options}. */
  public static Map<String, Estimate> bootstrap(List<Map<String, Score>> cases, RougeOptions options) {
    return bootstrap(cases, options.resamples(), options.confidence());
  }

  /**
   * Bootstrap estimates per metric over {@code cases} (each a result of {@link Rouge#score}).
   *
   * @param resamples number of resamples (ROUGE's {@code -r}, 1000)
   * @param confidence confidence level in percent (ROUGE's {@code -c}, 95)
   * @throws IllegalArgumentException if the cases do not all have the same metrics
   */
  public static Map<String, Estimate> bootstrap(
      List<Map<String, Score>> cases, int resamples, double confidence) {
    return bootstrap(cases, resamples, confidence, null, 1);
  }

  /**
   * As {@link #bootstrap(List, RougeOptions)}, the resamples shared among up to {@code tasks} tasks of
   * {@code pool}. Each resample is drawn from its own seed, so the estimates are the same as one thread's.
   */
  public static Map<String, Estimate> bootstrap(List<Map<String, Score>> cases, RougeOptions options,
      ExecutorService pool, int tasks) {
    return bootstrap(cases, options.resamples(), options.confidence(), pool, tasks);
  }

  private static Map<String, Estimate> bootstrap(List<Map<String, Score>> cases, int resamples,
      double confidence, ExecutorService pool, int tasks) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1");
    }
    List<String> metrics = metrics(cases);
    int n = cases.size();
    int series = metrics.size() * 3;
    // One row of all series per case, so that each drawn case is read from one place.
    double[] values = new double[n * series];
    for (int c = 0; c < n; c++) {
      Map<String, Score> s = cases.get(c);
      for (int m = 0; m < metrics.size(); m++) {
        Score sc = s.get(metrics.get(m));
        values[c * series + 3 * m] = sc.recall();
        values[c * series + 3 * m + 1] = sc.precision();
        values[c * series + 3 * m + 2] = sc.f();
      }
    }
    double[][] samples = new double[series][resamples];
    int parts = pool == null ? 1 : Math.max(1, Math.min(tasks, resamples));
    if (parts == 1) {
      resample(values, n, series, 0, resamples, samples);
    } else {
      List<Future<?>> running = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        int from = (int) ((long) resamples * p / parts);
        int to = (int) ((long) resamples * (p + 1) / parts);
        running.add(pool.submit(() -> resample(values, n, series, from, to, samples)));
      }
      for (Future<?> f : running) {
        await(f);
      }
    }
    double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
    int ciUa = (int) (resamples - delta - 1);
    int ciLa = (int) delta;
    double ciR = resamples - delta - 1 - ciUa;
    double[] mean = new double[series];
    double[] lower = new double[series];
    double[] upper = new double[series];
    for (int k = 0; k < series; k++) {
      double[] a = samples[k];
      Arrays.sort(a);
      double total = 0;
      for (double x : a) {
        total += x;
      }
      mean[k] = Score.round5(total / resamples);
      lower[k] = Score.round5(at(a, ciLa) + (at(a, ciLa + 1) - at(a, ciLa)) * ciR);
      upper[k] = Score.round5(at(a, ciUa) + (at(a, ciUa + 1) - at(a, ciUa)) * ciR);
    }
    Map<String, Estimate> out = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      int k = 3 * m;
      out.put(
          metrics.get(m),
          new Estimate(
              new Score(mean[k], mean[k + 1], mean[k + 2]),
              new Score(lower[k], lower[k + 1], lower[k + 2]),
              new Score(upper[k], upper[k + 1], upper[k + 2])));
    }
    return out;
  }

  /**
   * Resamples {@code from} to {@code to} - 1 of {@code values} (one row of {@code series} values per case) into
   * {@code samples[series][resample]}.
   */
  private static void resample(double[] values, int n, int series, int from, int to, double[][] samples) {
    int[] draw = new int[n];
    double[] sums = new double[series];
    for (int r = from; r < to; r++) {
      Drand48 rng = new Drand48(r);
      for (int i = 0; i < n; i++) {
        draw[i] = (int) (n * rng.next());
      }
      // Each series is summed in the order of the draws, which fixes its rounding.
      Arrays.fill(sums, 0);
      for (int i = 0; i < n; i++) {
        int row = draw[i] * series;
        for (int k = 0; k < series; k++) {
          sums[k] += values[row + k];
        }
      }
      for (int k = 0; k < series; k++) {
        samples[k][r] = n > 0 ? sums[k] / n : 0;
      }
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bootstrap interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }

  /** Plain (not resampled) mean per metric of R, P and F, unrounded. */
  public static Map<String, Score> mean(List<Map<String, Score>> cases) {
    List<String> metrics = metrics(cases);
    Map<String, Score> out = new LinkedHashMap<>();
    int n = cases.size();
    for (String m : metrics) {
      double r = 0;
      double p = 0;
      double f = 0;
      for (Map<String, Score> c : cases) {
        Score s = c.get(m);
        r += s.recall();
        p += s.precision();
        f += s.f();
      }
      out.put(m, n == 0 ? Score.ZERO : new Score(r / n, p / n, f / n));
    }
    return out;
  }

  private static List<String> metrics(List<Map<String, Score>> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    List<String> metrics = new ArrayList<>(cases.get(0).keySet());
    for (Map<String, Score> c : cases) {
      if (!c.keySet().containsAll(metrics) || c.size() != metrics.size()) {
        throw new IllegalArgumentException("all cases must have the same metrics: " + metrics);
      }
    }
    return metrics;
  }

  /** Perl's array access: missing elements are 0. */
  private static double at(double[] a, int i) {
    return i >= 0 && i < a.length ? a[i] : 0;
  }

  /** Perl's drand48 (also glibc's): 48-bit LCG, {@code srand(s)} sets the state to s<<16 | 0x330E. */
  static final class Drand48 {
    private static final long MASK = (1L << 48) - 1;
    private long x;

    Drand48(long seed) {
      x = (((seed & 0xFFFF_FFFFL) << 16) | 0x330E) & MASK;
    }

    double next() {
      x = (x * 0x5DEECE66DL + 0xBL) & MASK;
      return x / 281474976710656.0; // 2^48
    }
  }
}
