package dev.precis.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gradient-boosted regression trees for a pointwise logistic loss or LambdaMART's ranking objective (Newton
 * steps; Friedman 2001, with the second-order split gain and L2 leaf penalty of XGBoost, Chen and Guestrin
 * 2016), grown on histograms: each feature is cut into at most {@link Params#bins()} quantile bins once, and
 * every split is a bin boundary.
 *
 * <p>Training is single-threaded and uses no randomness except the seeded row subsample, so the same data,
 * parameters and seed give the same {@link TreeModel}, bit for bit.
 */
public final class Gbdt {
  /**
   * Learner settings.
   *
   * @param trees boosting rounds
   * @param depth the deepest a tree grows (a tree of depth d has at most 2^d leaves)
   * @param learningRate shrinkage of each tree's output
   * @param lambda L2 penalty on leaf values
   * @param minChildWeight least summed hessian in a leaf
   * @param subsample share of rows each tree sees (1: all)
   * @param bins most histogram bins per feature (at most 256)
   */
  public record Params(int trees, int depth, double learningRate, double lambda, double minChildWeight,
      double subsample, int bins) {
    public Params {
      if (trees < 1 || depth < 1 || depth > 12 || !(learningRate > 0) || !(lambda >= 0) || !(minChildWeight >= 0)
          || !(subsample > 0 && subsample <= 1) || bins < 2 || bins > 256) {
        throw new IllegalArgumentException("invalid GBDT parameters: " + this);
      }
    }

    /** The settings {@code precis train} uses unless told otherwise. */
    public static Params defaults() {
      return new Params(200, 5, 0.1, 1.0, 5.0, 0.8, 64);
    }
  }

  private Gbdt() {}

  /** What the trees are fitted to minimize. */
  public enum Objective {
    /** Logistic loss of each row's label in [0, 1] on its own (pointwise). */
    LOGISTIC,
    /**
     * LambdaMART (Burges 2010): within each group, every pair of rows with different labels pulls the better
     * one up by how much swapping the two would change the group's NDCG (linear gains: the label itself); the
     * model's output is then a score for ordering a group, not a probability.
     */
    LAMBDARANK
  }

  /**
   * Fits a model to rows {@code x} (row-major, {@code features} values per row) with labels {@code y} in
   * [0, 1].
   *
   * @param groups where each group of rows starts, ascending, the first 0 (rows from {@code groups[k]} to the
   *     next start, or the end, are one group); only {@link Objective#LAMBDARANK} reads it
   * @param seed seeds the row subsample
   */
  public static TreeModel train(float[] x, int features, float[] y, int[] groups, Objective objective,
      Params params, long seed) {
    int rows = y.length;
    if (rows == 0 || x.length != (long) rows * features) {
      throw new IllegalArgumentException("need rows x features values, got " + x.length + " for " + rows + " rows");
    }
    float[][] cuts = new float[features][];
    for (int f = 0; f < features; f++) {
      cuts[f] = cuts(x, features, f, rows, params.bins());
    }
    // Binned copy, column-major for histogram building.
    byte[][] binned = new byte[features][rows];
    for (int f = 0; f < features; f++) {
      for (int r = 0; r < rows; r++) {
        binned[f][r] = (byte) bin(cuts[f], x[r * features + f]);
      }
    }
    double base = 0;
    if (objective == Objective.LOGISTIC) {
      double positives = 0;
      for (float label : y) {
        positives += label;
      }
      double p0 = Math.min(Math.max(positives / rows, 1e-6), 1 - 1e-6);
      base = Math.log(p0 / (1 - p0));
    }
    double[] margin = new double[rows];
    Arrays.fill(margin, base);
    double[] g = new double[rows];
    double[] h = new double[rows];
    SplittableRandom random = new SplittableRandom(seed);
    TreeModel.Tree[] trees = new TreeModel.Tree[params.trees()];
    int[] rowsOf = new int[rows];
    for (int t = 0; t < params.trees(); t++) {
      if (objective == Objective.LOGISTIC) {
        for (int r = 0; r < rows; r++) {
          double p = 1 / (1 + Math.exp(-margin[r]));
          g[r] = p - y[r];
          h[r] = Math.max(p * (1 - p), 1e-12);
        }
      } else {
        lambdas(y, groups, margin, g, h);
      }
      int used = 0;
      for (int r = 0; r < rows; r++) {
        if (params.subsample() >= 1 || random.nextDouble() < params.subsample()) {
          rowsOf[used++] = r;
        }
      }
      TreeModel.Tree tree = new Builder(binned, cuts, g, h, params).build(Arrays.copyOf(rowsOf, used));
      trees[t] = tree;
      for (int r = 0; r < rows; r++) {
        margin[r] += tree.predictBinned(binned, r);
      }
    }
    return new TreeModel(features, base, trees);
  }

  /**
   * LambdaMART's gradients and Hessians of every row for the current scores: for each pair in a group whose
   * labels differ, with rho = 1 / (1 + e^(s_better - s_worse)) and |dNDCG| the change in the group's NDCG if the
   * two swapped places in the current ranking, the better row's gradient falls and the worse row's rises by
   * rho |dNDCG|, and both Hessians rise by rho (1 - rho) |dNDCG|.
   */
  static void lambdas(float[] y, int[] groups, double[] score, double[] g, double[] h) {
    Arrays.fill(g, 0);
    Arrays.fill(h, 0);
    for (int k = 0; k < groups.length; k++) {
      int from = groups[k];
      int to = k + 1 < groups.length ? groups[k + 1] : y.length;
      int n = to - from;
      if (n < 2) {
        continue;
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = from + i;
      }
      Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
      double[] discount = new double[n];
      int[] place = new int[n];
      for (int i = 0; i < n; i++) {
        place[order[i] - from] = i;
      }
      for (int i = 0; i < n; i++) {
        discount[i] = 1 / (Math.log(2 + place[i]) / Math.log(2));
      }
      float[] ideal = Arrays.copyOfRange(y, from, to);
      Arrays.sort(ideal);
      double idcg = 0;
      for (int i = 0; i < n; i++) {
        idcg += ideal[n - 1 - i] / (Math.log(2 + i) / Math.log(2));
      }
      if (idcg <= 0) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          int a = from + i;
          int b = from + j;
          if (y[a] <= y[b]) {
            continue;
          }
          double delta = Math.abs((y[a] - y[b]) * (discount[i] - discount[j])) / idcg;
          double rho = 1 / (1 + Math.exp(score[a] - score[b]));
          g[a] -= rho * delta;
          g[b] += rho * delta;
          double w = Math.max(rho * (1 - rho) * delta, 1e-12);
          h[a] += w;
          h[b] += w;
        }
      }
    }
  }

  /** Bin upper bounds: at most {@code bins - 1} distinct quantiles of feature f; value v falls in bin i when v <= cuts[i]. */
  private static float[] cuts(float[] x, int features, int f, int rows, int bins) {
    float[] values = new float[rows];
    for (int r = 0; r < rows; r++) {
      values[r] = x[r * features + f];
    }
    Arrays.sort(values);
    float[] out = new float[bins - 1];
    int k = 0;
    for (int i = 1; i < bins; i++) {
      float v = values[(int) ((long) i * (rows - 1) / bins)];
      if (k == 0 || v > out[k - 1]) {
        out[k++] = v;
      }
    }
    // The largest value needs no cut: everything above the last cut is the last bin.
    if (k > 0 && out[k - 1] >= values[rows - 1]) {
      k--;
    }
    return Arrays.copyOf(out, k);
  }

  static int bin(float[] cuts, float v) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (v <= cuts[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Grows one tree depth-first over the rows it is given. */
  private static final class Builder {
    private final byte[][] binned;
    private final float[][] cuts;
    private final double[] g;
    private final double[] h;
    private final Params params;
    private final List<TreeModel.Node> nodes = new ArrayList<>();

    Builder(byte[][] binned, float[][] cuts, double[] g, double[] h, Params params) {
      this.binned = binned;
      this.cuts = cuts;
      this.g = g;
      this.h = h;
      this.params = params;
    }

    TreeModel.Tree build(int[] rows) {
      grow(rows, 0);
      return TreeModel.Tree.of(nodes);
    }

    /** Adds the subtree over {@code rows} and returns its node index. */
    private int grow(int[] rows, int depth) {
      double gs = 0;
      double hs = 0;
      for (int r : rows) {
        gs += g[r];
        hs += h[r];
      }
      int id = nodes.size();
      double value = -gs / (hs + params.lambda()) * params.learningRate();
      nodes.add(new TreeModel.Node(-1, 0, 0f, -1, -1, value));
      if (depth >= params.depth() || hs < 2 * params.minChildWeight()) {
        return id;
      }
      double parent = gs * gs / (hs + params.lambda());
      double bestGain = 1e-9;
      int bestFeature = -1;
      int bestBin = -1;
      double[] hg = new double[257];
      double[] hh = new double[257];
      for (int f = 0; f < binned.length; f++) {
        int nb = cuts[f].length + 1;
        if (nb < 2) {
          continue;
        }
        Arrays.fill(hg, 0, nb, 0);
        Arrays.fill(hh, 0, nb, 0);
        byte[] col = binned[f];
        for (int r : rows) {
          int b = col[r] & 0xff;
          hg[b] += g[r];
          hh[b] += h[r];
        }
        double gl = 0;
        double hl = 0;
        for (int b = 0; b < nb - 1; b++) {
          gl += hg[b];
          hl += hh[b];
          double hr = hs - hl;
          if (hl < params.minChildWeight() || hr < params.minChildWeight()) {
            continue;
          }
          double gr = gs - gl;
          double gain = gl * gl / (hl + params.lambda()) + gr * gr / (hr + params.lambda()) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = f;
            bestBin = b;
          }
        }
      }
      if (bestFeature < 0) {
        return id;
      }
      byte[] col = binned[bestFeature];
      int k = 0;
      for (int r : rows) {
        if ((col[r] & 0xff) <= bestBin) {
          k++;
        }
      }
      int[] leftRows = new int[k];
      int[] rightRows = new int[rows.length - k];
      int a = 0;
      int c = 0;
      for (int r : rows) {
        if ((col[r] & 0xff) <= bestBin) {
          leftRows[a++] = r;
        } else {
          rightRows[c++] = r;
        }
      }
      int left = grow(leftRows, depth + 1);
      int right = grow(rightRows, depth + 1);
      nodes.set(id, new TreeModel.Node(bestFeature, bestBin, cuts[bestFeature][bestBin], left, right, value));
      return id;
    }
  }
}
