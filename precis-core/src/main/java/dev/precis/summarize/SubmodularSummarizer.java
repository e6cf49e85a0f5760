package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Monotone submodular coverage plus diversity, maximized under the budget with the modified greedy algorithm of
 * Lin and Bilmes (2011), "A Class of Submodular Functions for Document Summarization" (ACL-HLT).
 *
 * <p><b>Objective.</b> {@code F(S) = L(S) + lambda * R(S)} over sets S of candidate sentences, with
 * <ul>
 *   <li>coverage {@code L(S) = sum_i min(C_i(S), alpha * C_i(V))}, {@code C_i(S) = sum_{j in S} w_ij}, where
 *       {@code w_ij} is the cosine similarity of the TF-IDF vectors of sentences i and j, i runs over the
 *       story's sentences and V is the ground set of candidates; {@code alpha = a / |V|} as in the paper, so a
 *       sentence counts as covered once S is as similar to it as {@code a} average candidates together;
 *   <li>diversity {@code R(S) = sum_k sqrt(sum_{j in S ∩ P_k} r_j)} over a partition {@code P_1..P_K} of V
 *       by spherical k-means on the TF-IDF vectors ({@code K = clusterShare * |V|}, k-means++ seeding with a
 *       fixed seed, so the result is deterministic), with singleton rewards {@code r_j = (1/N) sum_i w_ij},
 *       the mean similarity of j to the story.
 * </ul>
 *
 * <p><b>Optimizer.</b> The paper's budgeted greedy: repeatedly take the remaining sentence with the largest
 * {@code (F(S + j) - F(S)) / cost_j^r}, keep it when it fits the budget (and its redundancy group is not yet
 * represented), and drop it from consideration either way; at the end compare with the best single sentence
 * that fits and return whichever scores higher. Gains are evaluated lazily (a sentence's gain can only shrink),
 * which gives exactly the same choices as evaluating every gain each step; ties go to the lower sentence index.
 *
 * <p><b>Scale.</b> When a story has more candidates than {@code maxCandidates}, the ground set keeps the
 * ones most similar to the story's TF-IDF centroid, one per redundancy group; the sentences i to be covered are
 * limited to {@code maxTargets} (every k-th sentence in story order when there are more). Work is then bounded
 * by {@code maxCandidates * maxTargets} whatever the story's size.
 *
 * <p>Options: {@link #A} 10 (alpha = 10/N), {@link #LAMBDA} 6, {@link #R} 0.1, {@link #CLUSTER_SHARE} 0.2 (K = 0.2
 * N), {@link #MAX_CANDIDATES} 1,000, {@link #MAX_TARGETS} 1,000. The paper's settings are alpha = a/N with a
 * around 5, lambda 6, r 0.3 and K = 0.2 N; like the paper, which tuned on DUC 2003, we tuned a and r on DUC 2003
 * (100 words) and checked them on Multi-News validation (cost is counted in words here, in bytes there; the
 * figures are in BENCHMARKS.md and precis-bench/QUALITY-NOTES.md).
 */
public final class SubmodularSummarizer extends ConfigurableSummarizer {
  private static final int KMEANS_ITERATIONS = 10;
  private static final long KMEANS_SEED = 20110619L;

  public static final Option<Double> A = Option.decimal("a", 10, 0, false, Double.POSITIVE_INFINITY, false,
      "coverage saturation: a sentence counts as covered at alpha = a / (ground set size)");
  public static final Option<Double> LAMBDA = Option.decimal("lambda", 6, 0,
      "weight of the cluster diversity reward against coverage");
  public static final Option<Double> R = Option.decimal("r", 0.1, 0,
      "cost exponent of the greedy: 0 ignores length, 1 picks by gain per word");
  public static final Option<Double> CLUSTER_SHARE = Option.decimal("clusterShare", 0.2, 0, false, 1, true,
      "k-means clusters for the diversity reward, as a share of the ground set");
  public static final Option<Integer> MAX_CANDIDATES = Option.integer("maxCandidates", 1000, 1,
      "most sentences in the ground set (those closest to the story centroid)");
  public static final Option<Integer> MAX_TARGETS = Option.integer("maxTargets", 1000, 1,
      "most sentences whose coverage is measured (every k-th when a story has more)");

  private final double a;
  private final double lambda;
  private final double r;
  private final double clusterShare;
  private final int maxCandidates;
  private final int maxTargets;

  /** The defaults. */
  public SubmodularSummarizer() {
    this(Options.defaults("submodular", List.of(A, LAMBDA, R, CLUSTER_SHARE, MAX_CANDIDATES, MAX_TARGETS)));
  }

  private SubmodularSummarizer(Options options) {
    super(options, SubmodularSummarizer::new);
    this.a = options.get(A);
    this.lambda = options.get(LAMBDA);
    this.r = options.get(R);
    this.clusterShare = options.get(CLUSTER_SHARE);
    this.maxCandidates = options.get(MAX_CANDIDATES);
    this.maxTargets = options.get(MAX_TARGETS);
  }

  @Override
  public String name() {
    return "submodular";
  }

  @Override
  public String description() {
    return "budgeted greedy on submodular coverage plus cluster diversity (Lin & Bilmes 2011)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    Selection selection = new Selection(story, budget);
    int[] pool = groundSet(story);
    int size = pool.length;
    if (size == 0) {
      return selection;
    }
    int[] targets = targets(story);
    int t = targets.length;

    // Similarities of ground-set sentences to target sentences, one row per ground-set sentence.
    float[][] sim = new float[size][t];
    double[] dense = new double[story.vocabulary().size()];
    for (int k = 0; k < t; k++) {
      SparseVector target = story.vector(targets[k]);
      target.addTo(dense, 1);
      for (int p = 0; p < size; p++) {
        sim[p][k] = (float) story.vector(pool[p]).dot(dense);
      }
      for (int id : target.ids()) {
        dense[id] = 0;
      }
    }
    double alpha = a / size;
    double[] saturation = new double[t];
    double[] reward = new double[size];
    for (int p = 0; p < size; p++) {
      float[] row = sim[p];
      double sum = 0;
      for (int k = 0; k < t; k++) {
        saturation[k] += row[k];
        sum += row[k];
      }
      reward[p] = t == 0 ? 0 : sum / t;
    }
    for (int k = 0; k < t; k++) {
      saturation[k] *= alpha;
    }
    int clusters = Math.max(1, (int) Math.round(clusterShare * size));
    int[] cluster = kMeans(story, pool, clusters);

    // Budgeted greedy with lazy gains. Heap entries: {key upper bound, ground-set index}.
    double[] coverage = new double[t];
    double[] clusterReward = new double[clusters];
    int[] costs = new int[size];
    double[] scale = new double[size];
    PriorityQueue<double[]> heap = new PriorityQueue<>((x, y) ->
        x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
    for (int p = 0; p < size; p++) {
      costs[p] = selection.cost(pool[p]);
      scale[p] = Math.pow(Math.max(1, costs[p]), r);
      if (costs[p] <= budget.capacity()) {
        double g = gain(sim[p], coverage, saturation) + lambda * Math.sqrt(reward[p]);
        heap.add(new double[] {g / scale[p], p});
      }
    }
    double total = 0;
    while (!heap.isEmpty() && selection.remaining() > 0) {
      double[] top = heap.poll();
      int p = (int) top[1];
      if (!selection.canAdd(pool[p])) {
        continue; // does not fit now, so never will; or its group is represented
      }
      int c = cluster[p];
      double g = gain(sim[p], coverage, saturation)
          + lambda * (Math.sqrt(clusterReward[c] + reward[p]) - Math.sqrt(clusterReward[c]));
      double key = g / scale[p];
      double[] next = heap.peek();
      if (next != null && (key < next[0] || (key == next[0] && next[1] < p))) {
        top[0] = key;
        heap.add(top);
        continue;
      }
      selection.add(pool[p], g);
      total += g;
      float[] row = sim[p];
      for (int k = 0; k < t; k++) {
        coverage[k] += row[k];
      }
      clusterReward[c] += reward[p];
    }

    // The best single sentence that fits, as in the paper's final step.
    Selection empty = new Selection(story, budget);
    int bestSingle = -1;
    double bestSingleValue = 0;
    double[] zero = new double[t];
    for (int p = 0; p < size; p++) {
      if (empty.canAdd(pool[p])) {
        double v = gain(sim[p], zero, saturation) + lambda * Math.sqrt(reward[p]);
        if (bestSingle < 0 || v > bestSingleValue) {
          bestSingle = p;
          bestSingleValue = v;
        }
      }
    }
    if (bestSingle >= 0 && bestSingleValue > total + 1e-12 * Math.max(1, total)) {
      empty.add(pool[bestSingle], bestSingleValue);
      return empty;
    }
    return selection;
  }

  /** Gain in {@code sum_i min(C_i, cap_i)} from adding a sentence with similarities {@code row}. */
  private static double gain(float[] row, double[] coverage, double[] saturation) {
    double g = 0;
    for (int k = 0; k < row.length; k++) {
      double w = row[k];
      if (w > 0) {
        double c = coverage[k];
        double cap = saturation[k];
        if (c < cap) {
          g += Math.min(c + w, cap) - c;
        }
      }
    }
    return g;
  }

  /**
   * Candidate sentences forming the ground set V, ascending: all of them, or, when there are more than {@code
   * maxCandidates}, the most central member of each redundancy group (by similarity to the story's TF-IDF
   * centroid), most central groups first, up to {@code maxCandidates} (ties by index).
   */
  private int[] groundSet(AnalyzedStory story) {
    int n = story.size();
    int count = 0;
    int[] all = new int[n];
    for (int s = 0; s < n; s++) {
      if (story.isCandidate(s)) {
        all[count++] = s;
      }
    }
    all = Arrays.copyOf(all, count);
    if (count <= maxCandidates) {
      return all;
    }
    double[] centroid = new double[story.vocabulary().size()];
    for (int s = 0; s < n; s++) {
      story.vector(s).addTo(centroid, 1);
    }
    double[] score = new double[n];
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = all[i];
      score[all[i]] = story.vector(all[i]).dot(centroid);
    }
    Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
    int[] top = new int[maxCandidates];
    int taken = 0;
    Set<Integer> groups = new HashSet<>();
    for (int i = 0; i < count && taken < maxCandidates; i++) {
      if (groups.add(story.group(order[i]))) {
        top[taken++] = order[i];
      }
    }
    top = Arrays.copyOf(top, taken);
    Arrays.sort(top);
    return top;
  }

  /** Sentences whose coverage counts: those with terms, or every k-th of them when there are too many. */
  private int[] targets(AnalyzedStory story) {
    int n = story.size();
    int count = 0;
    int[] all = new int[n];
    for (int s = 0; s < n; s++) {
      if (story.vector(s).size() > 0) {
        all[count++] = s;
      }
    }
    if (count <= maxTargets) {
      return Arrays.copyOf(all, count);
    }
    int stride = (count + maxTargets - 1) / maxTargets;
    int[] sample = new int[(count + stride - 1) / stride];
    for (int i = 0, k = 0; i < count; i += stride) {
      sample[k++] = all[i];
    }
    return sample;
  }

  /**
   * Spherical k-means on the TF-IDF vectors of the ground set: k-means++ seeding from a fixed seed, then Lloyd
   * iterations with normalized centroids. Returns the cluster of each ground-set sentence; sentences without
   * terms share the cluster of whichever center they tie on first.
   */
  static int[] kMeans(AnalyzedStory story, int[] pool, int k) {
    int size = pool.length;
    int[] assign = new int[size];
    if (k <= 1 || size <= 1) {
      return assign;
    }
    if (k >= size) {
      for (int p = 0; p < size; p++) {
        assign[p] = p;
      }
      return assign;
    }
    SparseVector[] v = new SparseVector[size];
    for (int p = 0; p < size; p++) {
      v[p] = story.vector(pool[p]);
    }
    // k-means++ seeding on cosine distance 1 - sim.
    Random random = new Random(KMEANS_SEED);
    double[] nearest = new double[size];
    Arrays.fill(nearest, Double.MAX_VALUE);
    int[] centers = new int[k];
    centers[0] = random.nextInt(size);
    for (int c = 0; c < k; c++) {
      if (c > 0) {
        double sum = 0;
        for (int p = 0; p < size; p++) {
          sum += nearest[p];
        }
        int pick = -1;
        if (sum > 0) {
          double x = random.nextDouble() * sum;
          for (int p = 0; p < size && pick < 0; p++) {
            x -= nearest[p];
            if (x < 0 && nearest[p] > 0) {
              pick = p;
            }
          }
        }
        if (pick < 0) {
          // Every point coincides with a center already: fewer distinct clusters than asked for.
          k = c;
          break;
        }
        centers[c] = pick;
      }
      SparseVector center = v[centers[c]];
      for (int p = 0; p < size; p++) {
        double d = Math.max(0, 1 - v[p].dot(center));
        if (d < nearest[p]) {
          nearest[p] = d;
          assign[p] = c;
        }
      }
    }

    // Lloyd iterations. Centroids are kept as postings: for each term, the (cluster, weight) pairs.
    int vocabulary = story.vocabulary().size();
    double[] acc = new double[vocabulary];
    int[] touched = new int[vocabulary];
    double[] scores = new double[k];
    int[] scoreTouched = new int[k];
    boolean[] scoreSeen = new boolean[k];
    for (int iter = 0; iter < KMEANS_ITERATIONS; iter++) {
      // Members per cluster.
      int[] sizes = new int[k];
      for (int p = 0; p < size; p++) {
        sizes[assign[p]]++;
      }
      int[][] members = new int[k][];
      for (int c = 0; c < k; c++) {
        members[c] = new int[sizes[c]];
      }
      int[] fill = new int[k];
      for (int p = 0; p < size; p++) {
        members[assign[p]][fill[assign[p]]++] = p;
      }
      // Centroid postings in CSR form.
      int[] postingCount = new int[vocabulary + 1];
      int[][] centroidIds = new int[k][];
      double[][] centroidWeights = new double[k][];
      for (int c = 0; c < k; c++) {
        int nt = 0;
        for (int p : members[c]) {
          int[] ids = v[p].ids();
          float[] ws = v[p].weights();
          for (int i = 0; i < ids.length; i++) {
            if (acc[ids[i]] == 0) {
              touched[nt++] = ids[i];
            }
            acc[ids[i]] += ws[i];
          }
        }
        double norm = 0;
        for (int i = 0; i < nt; i++) {
          norm += acc[touched[i]] * acc[touched[i]];
        }
        norm = norm > 0 ? Math.sqrt(norm) : 1;
        int[] ids = Arrays.copyOf(touched, nt);
        Arrays.sort(ids);
        double[] ws = new double[nt];
        for (int i = 0; i < nt; i++) {
          ws[i] = acc[ids[i]] / norm;
          acc[ids[i]] = 0;
          postingCount[ids[i] + 1]++;
        }
        centroidIds[c] = ids;
        centroidWeights[c] = ws;
      }
      for (int id = 0; id < vocabulary; id++) {
        postingCount[id + 1] += postingCount[id];
      }
      int total = postingCount[vocabulary];
      int[] postingCluster = new int[total];
      double[] postingWeight = new double[total];
      int[] cursor = Arrays.copyOf(postingCount, vocabulary);
      for (int c = 0; c < k; c++) {
        for (int i = 0; i < centroidIds[c].length; i++) {
          int slot = cursor[centroidIds[c][i]]++;
          postingCluster[slot] = c;
          postingWeight[slot] = centroidWeights[c][i];
        }
      }
      // Reassign each point to its most similar centroid (ties to the lower cluster, or stay put).
      boolean changed = false;
      for (int p = 0; p < size; p++) {
        int nt = 0;
        int[] ids = v[p].ids();
        float[] ws = v[p].weights();
        for (int i = 0; i < ids.length; i++) {
          for (int slot = postingCount[ids[i]]; slot < postingCount[ids[i] + 1]; slot++) {
            int c = postingCluster[slot];
            if (!scoreSeen[c]) {
              scoreSeen[c] = true;
              scoreTouched[nt++] = c;
            }
            scores[c] += ws[i] * postingWeight[slot];
          }
        }
        int best = assign[p];
        double bestScore = scoreSeen[best] ? scores[best] : 0;
        for (int i = 0; i < nt; i++) {
          int c = scoreTouched[i];
          if (scores[c] > bestScore + 1e-12 || (Math.abs(scores[c] - bestScore) <= 1e-12 && c < best)) {
            best = c;
            bestScore = scores[c];
          }
        }
        for (int i = 0; i < nt; i++) {
          scores[scoreTouched[i]] = 0;
          scoreSeen[scoreTouched[i]] = false;
        }
        if (best != assign[p]) {
          assign[p] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return assign;
  }
}
