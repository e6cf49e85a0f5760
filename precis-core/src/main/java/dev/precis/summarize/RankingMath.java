package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import dev.precis.model.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * Math shared by the centroid, graph and MMR summarizers: the story centroid, the bounded candidate pool,
 * sparse similarity graphs, weighted PageRank and greedy selection with a redundancy check. Everything here is
 * deterministic: ties are broken by sentence index.
 */
final class RankingMath {
  /** Power iteration stops when the L1 change of the score vector falls below this. */
  static final double TOLERANCE = 1e-7;
  /** Power iteration stops after this many rounds whatever the change. */
  static final int MAX_ITERATIONS = 200;
  /** Weight of the lead prior in the cheap score that chooses the pool of a large story. */
  static final double POOL_POSITION_WEIGHT = 0.1;

  private RankingMath() {}

  /** PageRank's damping factor, an option of the graph summarizers. */
  static final Option<Double> DAMPING = Option.decimal("damping", 0.85, 0, false, 1, false,
      "probability that the random walk follows an edge rather than jumping anywhere");
  /** The redundancy threshold of {@link #greedy}, an option of the summarizers that select with it. */
  static final Option<Double> MAX_SIMILARITY = Option.decimal("maxSimilarity", 0.5, 0, false, 1, true,
      "highest TF-IDF cosine a sentence may have to one already taken");
  /** The most sentences in a similarity graph, an option of the graph summarizers. */
  static final Option<Integer> POOL_SIZE = Option.integer("poolSize", 1500, 1,
      "most sentences in the graph; a larger story keeps those closest to its centroid");

  /** The candidate sentences of a story, in index order. */
  static int[] candidates(AnalyzedStory story) {
    int[] out = new int[story.size()];
    int n = 0;
    for (int s = 0; s < story.size(); s++) {
      if (story.isCandidate(s)) {
        out[n++] = s;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The centroid of {@code sentences}: the mean of their TF-IDF vectors, dense over the story's vocabulary,
   * cut to its {@code keepTerms} heaviest terms (all when {@code keepTerms <= 0}, ties by term id) and
   * L2-normalized, so that its dot product with a sentence vector is their cosine.
   */
  static double[] centroid(AnalyzedStory story, int[] sentences, int keepTerms) {
    double[] centroid = new double[story.vocabulary().size()];
    for (int s : sentences) {
      story.vector(s).addTo(centroid, 1.0);
    }
    if (keepTerms > 0) {
      int nonZero = 0;
      for (double w : centroid) {
        if (w > 0) {
          nonZero++;
        }
      }
      if (nonZero > keepTerms) {
        int[] ids = new int[nonZero];
        int k = 0;
        for (int t = 0; t < centroid.length; t++) {
          if (centroid[t] > 0) {
            ids[k++] = t;
          }
        }
        int[] order = rank(ids.length, i -> centroid[ids[i]], i -> ids[i]);
        for (int i = keepTerms; i < order.length; i++) {
          centroid[ids[order[i]]] = 0;
        }
      }
    }
    double norm = 0;
    for (double w : centroid) {
      norm += w * w;
    }
    if (norm > 0) {
      double inv = 1 / Math.sqrt(norm);
      for (int t = 0; t < centroid.length; t++) {
        centroid[t] *= inv;
      }
    }
    return centroid;
  }

  /**
   * At most {@code size} of {@code candidates}, in index order: all of them when they are that few, otherwise
   * those with the highest cheap score, cosine to the story centroid plus {@value #POOL_POSITION_WEIGHT} times
   * (1 - relative position in the article).
   */
  static int[] pool(AnalyzedStory story, int[] candidates, int size) {
    if (candidates.length <= size) {
      return candidates;
    }
    double[] centroid = centroid(story, candidates, 0);
    int[] order = top(candidates.length, size, k -> story.vector(candidates[k]).dot(centroid)
        + POOL_POSITION_WEIGHT * (1 - story.relativePosition(candidates[k])), k -> candidates[k]);
    int[] kept = new int[order.length];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = candidates[order[i]];
    }
    Arrays.sort(kept);
    return kept;
  }

  /** The weight of the edge between nodes i and j whose vectors have dot product {@code dot}; 0 for none. */
  @FunctionalInterface
  interface EdgeWeight {
    double weight(int i, int j, double dot);
  }

  /**
   * An undirected weighted graph in adjacency lists: row i holds the neighbours of node i in ascending order
   * and the weights of the edges to them.
   */
  record Graph(int[][] neighbors, float[][] weights) {
    int size() {
      return neighbors.length;
    }
  }

  /**
   * The graph over {@code vectors} whose edge weights {@code edge} derives from the pairwise dot products.
   * Only pairs that share a term are looked at (through an inverted index), so the cost follows the number of
   * overlapping pairs rather than the square of the node count. A node's pair with itself is offered too, for
   * weightings that want self-loops.
   */
  static Graph graph(SparseVector[] vectors, EdgeWeight edge) {
    int n = vectors.length;
    int terms = 0;
    for (SparseVector v : vectors) {
      for (int id : v.ids()) {
        terms = Math.max(terms, id + 1);
      }
    }
    int[] start = new int[terms + 1];
    for (SparseVector v : vectors) {
      for (int id : v.ids()) {
        start[id + 1]++;
      }
    }
    for (int t = 0; t < terms; t++) {
      start[t + 1] += start[t];
    }
    int[] postNode = new int[start[terms]];
    float[] postWeight = new float[start[terms]];
    int[] fill = Arrays.copyOf(start, terms);
    for (int i = 0; i < n; i++) {
      int[] ids = vectors[i].ids();
      float[] ws = vectors[i].weights();
      for (int k = 0; k < ids.length; k++) {
        int at = fill[ids[k]]++;
        postNode[at] = i;
        postWeight[at] = ws[k];
      }
    }

    int[][] neighbors = new int[n][];
    float[][] weights = new float[n][];
    double[] acc = new double[n];
    boolean[] seen = new boolean[n];
    int[] touched = new int[n];
    int[] rowNodes = new int[n];
    float[] rowWeights = new float[n];
    for (int i = 0; i < n; i++) {
      int count = 0;
      int[] ids = vectors[i].ids();
      float[] ws = vectors[i].weights();
      for (int k = 0; k < ids.length; k++) {
        double w = ws[k];
        for (int p = start[ids[k]]; p < start[ids[k] + 1]; p++) {
          int j = postNode[p];
          if (!seen[j]) {
            seen[j] = true;
            touched[count++] = j;
          }
          acc[j] += w * postWeight[p];
        }
      }
      Arrays.sort(touched, 0, count);
      int kept = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        double w = edge.weight(i, j, acc[j]);
        if (w > 0) {
          rowNodes[kept] = j;
          rowWeights[kept] = (float) w;
          kept++;
        }
        acc[j] = 0;
        seen[j] = false;
      }
      neighbors[i] = Arrays.copyOf(rowNodes, kept);
      weights[i] = Arrays.copyOf(rowWeights, kept);
    }
    return new Graph(neighbors, weights);
  }

  /**
   * Weighted PageRank by power iteration: each node passes {@code damping} of its score along its edges in
   * proportion to their weights, and the rest (plus the score of nodes without edges) is spread evenly. Scores
   * sum to 1. Stops when the L1 change drops below {@value #TOLERANCE} or after {@value #MAX_ITERATIONS}
   * rounds.
   */
  static double[] pageRank(Graph graph, double damping) {
    int n = graph.size();
    double[] score = new double[n];
    if (n == 0) {
      return score;
    }
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (float w : graph.weights()[i]) {
        outWeight[i] += w;
      }
    }
    Arrays.fill(score, 1.0 / n);
    double[] next = new double[n];
    for (int round = 0; round < MAX_ITERATIONS; round++) {
      Arrays.fill(next, 0);
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (outWeight[i] <= 0) {
          dangling += score[i];
          continue;
        }
        double share = score[i] / outWeight[i];
        int[] to = graph.neighbors()[i];
        float[] ws = graph.weights()[i];
        for (int k = 0; k < to.length; k++) {
          next[to[k]] += share * ws[k];
        }
      }
      double base = (1 - damping) / n + damping * dangling / n;
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] = base + damping * next[i];
        change += Math.abs(next[i] - score[i]);
      }
      double[] swap = score;
      score = next;
      next = swap;
      if (change < TOLERANCE) {
        break;
      }
    }
    return score;
  }

  /**
   * Greedy selection: {@code sentences} by descending score (ties by index), each taken when the selection
   * accepts it (candidate, group not yet covered, fits the budget left) and its TF-IDF cosine to every sentence
   * taken so far is at most {@code maxSimilarity}. Sentences that do not fit are passed over, so shorter ones
   * further down still fill the budget.
   */
  static Selection greedy(AnalyzedStory story, Budget budget, int[] sentences, double[] scores,
      double maxSimilarity) {
    Selection selection = new Selection(story, budget);
    List<SparseVector> chosen = new ArrayList<>();
    for (int k : rank(sentences.length, i -> scores[i], i -> sentences[i])) {
      if (selection.remaining() <= 0) {
        break;
      }
      int s = sentences[k];
      if (!selection.canAdd(s) || maxSimilarity(story.vector(s), chosen) > maxSimilarity) {
        continue;
      }
      selection.add(s, scores[k]);
      chosen.add(story.vector(s));
    }
    return selection;
  }

  /**
   * Greedy selection by score less a redundancy penalty: each step takes, of the sentences the selection
   * accepts whose cosine to every one taken is at most {@code maxSimilarity}, the one with the highest
   * {@code score - penalty x} its highest cosine to a sentence taken (ties by the lower position in
   * {@code sentences}). With penalty 0 it is {@link #greedy}. O(n^2) cosines for n sentences.
   */
  static Selection penalized(AnalyzedStory story, Budget budget, int[] sentences, double[] scores,
      double maxSimilarity, double penalty) {
    Selection selection = new Selection(story, budget);
    int n = sentences.length;
    double[] similar = new double[n];
    boolean[] done = new boolean[n];
    while (selection.remaining() > 0) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (done[i]) {
          continue;
        }
        if (!selection.canAdd(sentences[i]) || similar[i] > maxSimilarity) {
          done[i] = true;
          continue;
        }
        double value = scores[i] - penalty * similar[i];
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      done[best] = true;
      selection.add(sentences[best], scores[best]);
      SparseVector v = story.vector(sentences[best]);
      for (int i = 0; i < n; i++) {
        if (!done[i]) {
          similar[i] = Math.max(similar[i], v.dot(story.vector(sentences[i])));
        }
      }
    }
    return selection;
  }

  /** The highest cosine of {@code v} to any of {@code others}; 0 when there are none. */
  static double maxSimilarity(SparseVector v, List<SparseVector> others) {
    double max = 0;
    for (SparseVector o : others) {
      max = Math.max(max, v.dot(o));
    }
    return max;
  }

  /** Positions 0..n-1 ordered by descending {@code score}, ties by ascending {@code tie}, then by position. */
  static int[] rank(int n, IntToDoubleFunction score, IntUnaryOperator tie) {
    return top(n, n, score, tie);
  }

  /**
   * The first {@code k} positions of {@link #rank}{@code (n, score, tie)}, found with a heap of {@code k} in
   * O(n log k) rather than by sorting all {@code n}.
   */
  static int[] top(int n, int k, IntToDoubleFunction score, IntUnaryOperator tie) {
    double[] s = new double[n];
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = score.applyAsDouble(i);
      t[i] = tie.applyAsInt(i);
    }
    IntBinaryOperator before = (a, b) -> {
      int c = Double.compare(s[b], s[a]);
      c = c != 0 ? c : Integer.compare(t[a], t[b]);
      return c != 0 ? c : Integer.compare(a, b);
    };
    int size = Math.max(0, Math.min(k, n));
    Integer[] kept = new Integer[size];
    if (size == n) {
      for (int i = 0; i < n; i++) {
        kept[i] = i;
      }
    } else if (size > 0) {
      // A heap whose root is the last of the best positions seen so far.
      int[] heap = new int[size];
      for (int i = 0; i < n; i++) {
        if (i < size) {
          heap[i] = i;
          for (int c = i; c > 0 && before.applyAsInt(heap[(c - 1) / 2], heap[c]) < 0; c = (c - 1) / 2) {
            swap(heap, c, (c - 1) / 2);
          }
        } else if (before.applyAsInt(i, heap[0]) < 0) {
          heap[0] = i;
          for (int p = 0; ; ) {
            int last = p;
            for (int c = 2 * p + 1; c <= 2 * p + 2 && c < size; c++) {
              if (before.applyAsInt(heap[last], heap[c]) < 0) {
                last = c;
              }
            }
            if (last == p) {
              break;
            }
            swap(heap, p, last);
            p = last;
          }
        }
      }
      for (int i = 0; i < size; i++) {
        kept[i] = heap[i];
      }
    }
    Arrays.sort(kept, before::applyAsInt);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = kept[i];
    }
    return out;
  }

  private static void swap(int[] a, int i, int j) {
    int x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
}
