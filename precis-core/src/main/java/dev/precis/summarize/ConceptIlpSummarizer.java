package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SortedSets;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.Arrays;
import java.util.List;

/**
 * The concept-coverage model of Gillick and Favre (2009), "A Scalable Global Model for Summarization"
 * (the ICSISumm system), solved exactly by a branch-and-bound of its own.
 *
 * <p><b>Concepts.</b> Word bigrams over the stemmed tokens of each sentence, stop words included in the bigram
 * but bigrams made only of stop words left out (tokens carry no punctuation, so a bigram may span a comma).
 * A concept's weight is the number of documents it occurs in. As in ICSISumm, a story with too few documents
 * for document frequency to mean much (fewer than {@code documentsForDocumentFrequency}) counts sentences
 * instead. Concepts counted fewer than {@code max(minCount, ceil(minShare * documents))} times
 * are dropped (sentence counts use {@code minCount} alone); ICSISumm dropped concepts in fewer than 3 of
 * the 10 documents of a DUC/TAC set, which the default share of 0.3 reproduces there while asking only 2
 * documents of small stories. If no candidate sentence keeps a concept, every concept is kept.
 *
 * <p><b>Position prior.</b> Each count whose occurrence is the first sentence of its document adds
 * {@code firstSentenceBonus} (default 1: a leading-sentence occurrence counts twice, a lead prior in the spirit
 * of ICSISumm's later systems). 0 gives the 2009 paper's pure counts.
 *
 * <p><b>Model.</b> Maximize the summed weight of the distinct concepts covered, subject to the budget
 * ({@link Selection#cost} against {@link Budget#capacity}) and to at most one sentence per redundancy group:
 *
 * <pre>
 *   max  sum_i w_i c_i   s.t.  sum_j l_j s_j &lt;= L,  c_i &lt;= sum_{j contains i} s_j,
 *        sum_{j in g} s_j &lt;= 1 for every redundancy group g,  s, c binary.
 * </pre>
 *
 * <p><b>Solver.</b> An exact depth-first branch-and-bound over the candidate sentences (include branch first;
 * sentences in decreasing order of Lagrangian value per cost, ties by sentence index). The incumbent starts
 * from greedy fills (gain per cost^r for r = 1, 0.5, 0) improved by swaps. Bounds come from the Lagrangian
 * relaxation of the coverage constraints: for any multipliers {@code 0 <= mu_i <= w_i} the gain still to
 * come is at most {@code sum (w_i - mu_i)} over the uncovered concepts some remaining sentence contains, plus a
 * fractional knapsack over the sentences valued {@code sum of mu_i over their uncovered concepts}. The
 * multipliers are fitted once at the root by projected subgradient descent. Each node also fixes out the
 * sentences whose reduced cost proves they cannot beat the incumbent; with integer weights (the default
 * counts) a subtree is pruned as soon as its bound is below the incumbent plus one. Before the search, a
 * sentence is set aside when the only candidate of another group dominates it (costs no more and covers at
 * least its concepts), which keeps some optimum. Redundancy groups are enforced in the search itself, so the
 * optimum is feasible. The search visits at most {@code nodeLimit} nodes: if a story needs more, the best
 * summary found so far is returned, which is then <em>approximate</em> (never worse than the greedy start).
 * Larger budgets and highly symmetric synthetic stories are what reach the limit; how often, on which sets, is
 * in BENCHMARKS.md.
 *
 * <p><b>Filling.</b> ILP summaries may leave budget unused when few concepts survive the frequency cut (common
 * with two or three short articles). With {@code fill} (default on) the leftover capacity is spent
 * greedily on the sentences covering the most not yet covered concept weight per cost, every concept counted,
 * including those the cut dropped. The optimum itself is unchanged.
 *
 * <p><b>Scale.</b> Sentences that another member of their redundancy group dominates (no more expensive,
 * covering at least the same concepts) are dropped, and only the {@code maxCandidates} sentences with the
 * largest concept weight per cost unit enter the search, so a story of thousands of articles costs little more
 * than counting its bigrams.
 *
 * <p>Options: {@link #MIN_COUNT} 2, {@link #MIN_SHARE} 0.3, {@link #DOCUMENTS_FOR_DOCUMENT_FREQUENCY} 4,
 * {@link #FIRST_SENTENCE_BONUS} 1, {@link #MAX_CANDIDATES} 400, {@link #NODE_LIMIT} 10,000, {@link #FILL} true.
 * The first three and the last mean what they mean in {@link CoverageSummarizer}.
 */
public final class ConceptIlpSummarizer extends ConfigurableSummarizer {
  public static final Option<Integer> MIN_COUNT = Concepts.MIN_COUNT;
  public static final Option<Double> MIN_SHARE = Concepts.MIN_SHARE;
  public static final Option<Integer> DOCUMENTS_FOR_DOCUMENT_FREQUENCY = Concepts.DOCUMENTS_FOR_DOCUMENT_FREQUENCY;
  public static final Option<Double> FIRST_SENTENCE_BONUS = Option.decimal("firstSentenceBonus", 1.0, 0,
      "extra weight per count whose occurrence is a document's first sentence (0: the 2009 paper's counts)");
  public static final Option<Integer> MAX_CANDIDATES = Option.integer("maxCandidates", 400, 1,
      "most sentences the search considers (those with the most concept weight per cost)");
  public static final Option<Integer> NODE_LIMIT = Option.integer("nodeLimit", 10_000, 1,
      "most branch-and-bound nodes before the best summary found so far is returned");
  public static final Option<Boolean> FILL = Concepts.FILL;

  private final int minCount;
  private final double minShare;
  private final int documentsForDocumentFrequency;
  private final double firstSentenceBonus;
  private final int maxCandidates;
  private final long nodeLimit;
  private final boolean fill;

  /** The defaults. */
  public ConceptIlpSummarizer() {
    this(Options.defaults("ilp", List.of(MIN_COUNT, MIN_SHARE, DOCUMENTS_FOR_DOCUMENT_FREQUENCY,
        FIRST_SENTENCE_BONUS, MAX_CANDIDATES, NODE_LIMIT, FILL)));
  }

  private ConceptIlpSummarizer(Options options) {
    super(options, ConceptIlpSummarizer::new);
    this.minCount = options.get(MIN_COUNT);
    this.minShare = options.get(MIN_SHARE);
    this.documentsForDocumentFrequency = options.get(DOCUMENTS_FOR_DOCUMENT_FREQUENCY);
    this.firstSentenceBonus = options.get(FIRST_SENTENCE_BONUS);
    this.maxCandidates = options.get(MAX_CANDIDATES);
    this.nodeLimit = options.get(NODE_LIMIT);
    this.fill = options.get(FILL);
  }

  @Override
  public String name() {
    return "ilp";
  }

  @Override
  public String description() {
    return "exact concept-coverage ILP over weighted word bigrams (Gillick & Favre 2009, ICSISumm)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    Selection selection = new Selection(story, budget);
    int n = story.size();
    if (n == 0) {
      return selection;
    }
    int capacity = budget.capacity();
    boolean[] eligible = new boolean[n];
    int[] costs = new int[n];
    for (int s = 0; s < n; s++) {
      costs[s] = selection.cost(s);
      eligible[s] = story.isCandidate(s) && costs[s] <= capacity;
    }

    // Concepts, weighted by count plus the bonus for each count from a document's first sentence.
    Concepts found = Concepts.of(story, documentsForDocumentFrequency, false,
        s -> story.sentence(s).position() == 0 ? 1 : 0);
    int concepts = found.size();
    int[] count = found.count();
    double[] leads = found.sum();
    double[] full = new double[concepts];
    for (int c = 0; c < concepts; c++) {
      full[c] = count[c] + firstSentenceBonus * leads[c];
    }
    int[][] allConcepts = found.sentences();
    int[][] sentenceConcepts = allConcepts.clone();
    double[] weight = null;
    boolean anyKept = false;
    for (int round = 0; round < 2 && !anyKept; round++) {
      weight = found.keepCounted(full, round == 0 ? found.minCount(minCount, minShare) : 1);
      for (int s = 0; s < n && !anyKept; s++) {
        if (eligible[s]) {
          for (int c : sentenceConcepts[s]) {
            if (weight[c] > 0) {
              anyKept = true;
              break;
            }
          }
        }
      }
    }
    if (!anyKept) {
      return selection;
    }

    // Pool: eligible sentences with a weighted concept, undominated within their group, best density first.
    int[] poolSentence = new int[n];
    double[] poolValue = new double[n];
    int pooled = 0;
    for (int s = 0; s < n; s++) {
      if (!eligible[s]) {
        continue;
      }
      int m = 0;
      int[] cs = allConcepts[s];
      int[] own = new int[cs.length];
      for (int c : cs) {
        if (weight[c] > 0) {
          own[m++] = c;
        }
      }
      if (m == 0) {
        continue;
      }
      own = Arrays.copyOf(own, m);
      Arrays.sort(own);
      sentenceConcepts[s] = own;
      double v = 0;
      for (int c : own) {
        v += weight[c];
      }
      poolSentence[pooled] = s;
      poolValue[pooled] = v;
      pooled++;
    }
    int[] pool = dropDominated(story, poolSentence, pooled, sentenceConcepts, costs);
    if (pool.length > maxCandidates) {
      Integer[] order = new Integer[pool.length];
      double[] density = new double[n];
      for (int p = 0; p < pooled; p++) {
        density[poolSentence[p]] = poolValue[p] / Math.max(1, costs[poolSentence[p]]);
      }
      for (int p = 0; p < pool.length; p++) {
        order[p] = pool[p];
      }
      Arrays.sort(order, (a, b) -> density[a] != density[b] ? Double.compare(density[b], density[a])
          : Integer.compare(a, b));
      pool = new int[maxCandidates];
      for (int p = 0; p < maxCandidates; p++) {
        pool[p] = order[p];
      }
      Arrays.sort(pool);
    }

    // Compact concept ids over the pool.
    int[] compact = new int[concepts];
    Arrays.fill(compact, -1);
    int m = 0;
    int[][] items = new int[pool.length][];
    int[] itemCost = new int[pool.length];
    int[] itemGroup = new int[pool.length];
    for (int p = 0; p < pool.length; p++) {
      int s = pool[p];
      int[] cs = sentenceConcepts[s];
      int[] mapped = new int[cs.length];
      for (int k = 0; k < cs.length; k++) {
        if (compact[cs[k]] < 0) {
          compact[cs[k]] = m++;
        }
        mapped[k] = compact[cs[k]];
      }
      items[p] = mapped;
      itemCost[p] = costs[s];
      itemGroup[p] = story.group(s);
    }
    double[] itemWeight = new double[m];
    for (int c = 0; c < concepts; c++) {
      if (compact[c] >= 0) {
        itemWeight[compact[c]] = weight[c];
      }
    }
    Solver.Result result = new Solver(items, itemWeight, itemCost, itemGroup, capacity, nodeLimit).solve();
    for (int p : result.items()) {
      double own = 0;
      for (int c : items[p]) {
        own += itemWeight[c];
      }
      selection.add(pool[p], own);
    }
    if (fill) {
      fill(story, selection, eligible, allConcepts, full, costs);
    }
    return selection;
  }

  /**
   * Spends capacity the optimum left unused: greedily adds the sentence covering the most not yet covered
   * concept weight per cost, counting every concept (those below {@code minCount} too) at its full weight
   * {@code all}. Lazy evaluation keeps this near linear: a sentence's gain only shrinks as others are added.
   */
  private static void fill(AnalyzedStory story, Selection selection, boolean[] eligible, int[][] allConcepts,
      double[] all, int[] costs) {
    int n = story.size();
    boolean[] covered = new boolean[all.length];
    boolean[] taken = new boolean[n];
    for (Selection.Item item : selection.items()) {
      taken[item.sentence()] = true;
      for (int c : allConcepts[item.sentence()]) {
        covered[c] = true;
      }
    }
    java.util.PriorityQueue<double[]> heap = new java.util.PriorityQueue<>((a, b) ->
        a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    for (int s = 0; s < n; s++) {
      if (eligible[s] && !taken[s] && selection.canAdd(s)) {
        heap.add(new double[] {Concepts.gain(allConcepts[s], all, covered) / Math.max(1, costs[s]), s});
      }
    }
    while (!heap.isEmpty() && selection.remaining() > 0) {
      double[] top = heap.poll();
      int s = (int) top[1];
      if (!selection.canAdd(s)) {
        continue;
      }
      double key = Concepts.gain(allConcepts[s], all, covered) / Math.max(1, costs[s]);
      if (key <= 0) {
        continue;
      }
      double[] next = heap.peek();
      if (next != null && (key < next[0] || (key == next[0] && next[1] < s))) {
        top[0] = key;
        heap.add(top);
        continue;
      }
      selection.add(s, key * costs[s]);
      for (int c : allConcepts[s]) {
        covered[c] = true;
      }
    }
  }

  /** Pool sentences that no other member of their group dominates, in sentence order. */
  private static int[] dropDominated(AnalyzedStory story, int[] poolSentence, int pooled, int[][] concepts,
      int[] costs) {
    // Sort by (group, cost, -size, index) so that a dominating sentence comes before those it dominates.
    Integer[] order = new Integer[pooled];
    for (int p = 0; p < pooled; p++) {
      order[p] = poolSentence[p];
    }
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(story.group(a), story.group(b));
      if (c == 0) {
        c = Integer.compare(costs[a], costs[b]);
      }
      if (c == 0) {
        c = Integer.compare(concepts[b].length, concepts[a].length);
      }
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] keep = new int[pooled];
    int kept = 0;
    int groupStart = 0;
    for (int p = 0; p < pooled; p++) {
      int s = order[p];
      if (p > 0 && story.group(order[p - 1]) != story.group(s)) {
        groupStart = kept;
      }
      boolean dominated = false;
      // Compare with at most 32 kept members of the group: enough for near-duplicates, bounded for huge groups.
      for (int q = groupStart; q < kept && q < groupStart + 32 && !dominated; q++) {
        int o = keep[q];
        dominated = costs[o] <= costs[s] && containsAll(concepts[o], concepts[s]);
      }
      if (!dominated) {
        keep[kept++] = s;
      }
    }
    int[] result = Arrays.copyOf(keep, kept);
    Arrays.sort(result);
    return result;
  }

  /** Whether sorted {@code big} contains every element of sorted {@code small}. */
  private static boolean containsAll(int[] big, int[] small) {
    if (small.length > big.length) {
      return false;
    }
    int i = 0;
    for (int x : small) {
      while (i < big.length && big[i] < x) {
        i++;
      }
      if (i == big.length || big[i] != x) {
        return false;
      }
      i++;
    }
    return true;
  }

  /**
   * Exact budgeted maximum coverage with at most one item per group, by depth-first branch-and-bound with
   * Lagrangian bounds. Items are indexed 0..n-1; ties between equal solutions go to the one found first, and the
   * search order is decided by values and item index only, so results are deterministic.
   */
  static final class Solver {
    /** The chosen items (ascending), their covered weight, whether optimality was proven, nodes visited. */
    record Result(int[] items, double value, boolean optimal, long nodes) {}

    private final int n;
    private final int[][] concepts;
    private final double[] weight;
    private final int[] cost;
    private final int[] group;
    private final int capacity;
    private final long nodeLimit;
    private final double eps;
    /** How much a solution must exceed the incumbent to count: 1 when all weights are integers, else eps. */
    private final double minImprovement;

    // Search state.
    private final int[] covered;
    private final boolean[] groupUsed;
    private final boolean[] out;
    private final int[] order;
    private final double[] mu;
    private final int[] mark;
    private int stamp;
    private final int[] chosen;
    private int chosenCount;
    private int[] best = new int[0];
    private double bestValue;
    private long nodes;
    private boolean aborted;
    // Scratch for the bound of the current node; children overwrite it, so a node consumes it before branching.
    private final int[] scratchIdx;
    private final double[] scratchVal;
    private final double[] scratchKey;
    private final int[] fixStack;
    private int fixTop;

    /**
     * @param concepts per item, its distinct concept ids in 0..weight.length-1
     * @param weight per concept, its non-negative weight
     * @param cost per item, its cost (at least 1)
     * @param group per item, its group; at most one item of a group is chosen
     */
    Solver(int[][] concepts, double[] weight, int[] cost, int[] group, int capacity, long nodeLimit) {
      this.n = concepts.length;
      this.concepts = concepts;
      this.weight = weight;
      this.cost = cost;
      int[] g = group.clone();
      int[] sorted = SortedSets.of(g);
      for (int j = 0; j < n; j++) {
        g[j] = Arrays.binarySearch(sorted, g[j]);
      }
      this.group = g;
      this.capacity = capacity;
      this.nodeLimit = nodeLimit;
      double total = 0;
      for (double w : weight) {
        total += w;
      }
      this.eps = 1e-9 * Math.max(1, total);
      boolean integral = true;
      for (double w : weight) {
        integral &= w == Math.rint(w);
      }
      this.minImprovement = integral ? 1 - 1e-6 : eps;
      int m = weight.length;
      covered = new int[m];
      groupUsed = new boolean[sorted.length];
      out = new boolean[n];
      order = new int[n];
      mu = new double[m];
      mark = new int[m];
      chosen = new int[n];
      scratchIdx = new int[n];
      scratchVal = new double[n];
      scratchKey = new double[n];
      fixStack = new int[n];
    }

    Result solve() {
      for (int j = 0; j < n; j++) {
        out[j] = cost[j] > capacity || concepts[j].length == 0;
      }
      dropDominated();
      greedyStart();
      optimizeMultipliers();
      // Static branching order: Lagrangian value per cost, descending; ties by index.
      double[] key = new double[n];
      for (int j = 0; j < n; j++) {
        double v = 0;
        for (int c : concepts[j]) {
          v += mu[c];
        }
        key[j] = v / Math.max(1, cost[j]);
      }
      Integer[] boxed = new Integer[n];
      for (int j = 0; j < n; j++) {
        boxed[j] = j;
      }
      Arrays.sort(boxed, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
      for (int p = 0; p < n; p++) {
        order[p] = boxed[p];
      }
      chosenCount = 0;
      dfs(0, capacity, 0);
      int[] items = best.clone();
      Arrays.sort(items);
      return new Result(items, bestValue, !aborted, nodes);
    }

    /**
     * Drops items another item B dominates: B is the only item of its group, no more expensive, and covers at
     * least the same concepts (equal items: the lower index dominates). Some optimal solution avoids every
     * dominated item, since it can be swapped for B (or dropped, if B is in already), and the relation is
     * transitive, so checking against all items at once is sound.
     */
    private void dropDominated() {
      int[] groupSize = new int[groupUsed.length];
      int m = weight.length;
      int[] postingCount = new int[m + 1];
      for (int j = 0; j < n; j++) {
        if (!out[j]) {
          groupSize[group[j]]++;
          for (int c : concepts[j]) {
            postingCount[c + 1]++;
          }
        }
      }
      for (int c = 0; c < m; c++) {
        postingCount[c + 1] += postingCount[c];
      }
      int[] postings = new int[postingCount[m]];
      int[] cursor = Arrays.copyOf(postingCount, m);
      for (int j = 0; j < n; j++) {
        if (!out[j]) {
          for (int c : concepts[j]) {
            postings[cursor[c]++] = j;
          }
        }
      }
      int[][] sorted = new int[n][];
      for (int j = 0; j < n; j++) {
        sorted[j] = concepts[j].clone();
        Arrays.sort(sorted[j]);
      }
      boolean[] dominated = new boolean[n];
      for (int a = 0; a < n; a++) {
        if (out[a]) {
          continue;
        }
        int rarest = concepts[a][0];
        for (int c : concepts[a]) {
          if (postingCount[c + 1] - postingCount[c] < postingCount[rarest + 1] - postingCount[rarest]) {
            rarest = c;
          }
        }
        for (int k = postingCount[rarest]; k < postingCount[rarest + 1] && !dominated[a]; k++) {
          int b = postings[k];
          if (b == a || groupSize[group[b]] != 1 || cost[b] > cost[a] || !containsAll(sorted[b], sorted[a])) {
            continue;
          }
          dominated[a] = cost[b] < cost[a] || sorted[b].length > sorted[a].length || b < a;
        }
      }
      for (int j = 0; j < n; j++) {
        out[j] |= dominated[j];
      }
    }

    // ---- Incumbent -------------------------------------------------------------------------------------------

    private void greedyStart() {
      bestValue = 0;
      best = new int[0];
      for (double r : new double[] {1.0, 0.5, 0.0}) {
        int[] sol = greedy(r);
        sol = improveBySwaps(sol);
        double v = value(sol);
        if (v > bestValue + eps) {
          bestValue = v;
          best = sol;
        }
      }
      // The best single item (greedy already considers it, but a cheap guarantee).
      for (int j = 0; j < n; j++) {
        if (!out[j]) {
          double v = value(new int[] {j});
          if (v > bestValue + eps) {
            bestValue = v;
            best = new int[] {j};
          }
        }
      }
    }

    private int[] greedy(double r) {
      int[] cov = new int[weight.length];
      boolean[] used = new boolean[groupUsed.length];
      boolean[] taken = new boolean[n];
      int[] sol = new int[n];
      int size = 0;
      int rem = capacity;
      while (true) {
        int pick = -1;
        double pickKey = 0;
        for (int j = 0; j < n; j++) {
          if (out[j] || taken[j] || used[group[j]] || cost[j] > rem) {
            continue;
          }
          double gain = 0;
          for (int c : concepts[j]) {
            if (cov[c] == 0) {
              gain += weight[c];
            }
          }
          if (gain <= 0) {
            continue;
          }
          double k = gain / Math.pow(Math.max(1, cost[j]), r);
          if (pick < 0 || k > pickKey) {
            pick = j;
            pickKey = k;
          }
        }
        if (pick < 0) {
          break;
        }
        taken[pick] = true;
        used[group[pick]] = true;
        rem -= cost[pick];
        for (int c : concepts[pick]) {
          cov[c]++;
        }
        sol[size++] = pick;
      }
      return Arrays.copyOf(sol, size);
    }

    /** First-improvement local search: swap one chosen item for one or two others, or add one, while it helps. */
    private int[] improveBySwaps(int[] start) {
      int[] sol = start.clone();
      double current = value(sol);
      boolean improved = true;
      int rounds = 0;
      while (improved && rounds++ < 20) {
        improved = false;
        for (int a = -1; a < sol.length && !improved; a++) {
          for (int b = 0; b < n && !improved; b++) {
            if (out[b] || contains(sol, b)) {
              continue;
            }
            int[] trial = replace(sol, a, b);
            if (trial == null) {
              continue;
            }
            double v = value(trial);
            if (v > current + eps) {
              sol = trial;
              current = v;
              improved = true;
            }
          }
        }
      }
      return sol;
    }

    /** {@code sol} with position {@code a} replaced by item {@code b} (added when a is -1), or null if infeasible. */
    private int[] replace(int[] sol, int a, int b) {
      int[] trial = a < 0 ? Arrays.copyOf(sol, sol.length + 1) : sol.clone();
      trial[a < 0 ? sol.length : a] = b;
      int used = 0;
      for (int x : trial) {
        used += cost[x];
      }
      if (used > capacity) {
        return null;
      }
      for (int x = 0; x < trial.length; x++) {
        for (int y = x + 1; y < trial.length; y++) {
          if (group[trial[x]] == group[trial[y]]) {
            return null;
          }
        }
      }
      return trial;
    }

    private static boolean contains(int[] a, int x) {
      for (int y : a) {
        if (y == x) {
          return true;
        }
      }
      return false;
    }

    /** Covered weight of a set of items. */
    double value(int[] items) {
      stamp++;
      double v = 0;
      for (int j : items) {
        for (int c : concepts[j]) {
          if (mark[c] != stamp) {
            mark[c] = stamp;
            v += weight[c];
          }
        }
      }
      return v;
    }

    // ---- Lagrangian multipliers ------------------------------------------------------------------------------

    private void optimizeMultipliers() {
      int m = weight.length;
      double[] current = new double[m];
      int[] occurrences = new int[m];
      for (int j = 0; j < n; j++) {
        if (!out[j]) {
          for (int c : concepts[j]) {
            occurrences[c]++;
          }
        }
      }
      for (int c = 0; c < m; c++) {
        current[c] = occurrences[c] <= 1 ? weight[c] : weight[c] / 2;
      }
      System.arraycopy(current, 0, mu, 0, m);
      double bestBound = rootBound(mu, null);
      double[] x = new double[n];
      double[] g = new double[m];
      double theta = 2.0;
      int sinceImproved = 0;
      for (int iter = 0; iter < 150 && bestBound >= bestValue + minImprovement; iter++) {
        double bound = rootBound(current, x);
        if (bound < bestBound - eps) {
          bestBound = bound;
          System.arraycopy(current, 0, mu, 0, m);
          sinceImproved = 0;
        } else if (++sinceImproved >= 8) {
          theta /= 2;
          sinceImproved = 0;
          if (theta < 1e-4) {
            break;
          }
        }
        // Subgradient of L(mu) with respect to mu_c: (sum of x over items with c) - 1, for coverable concepts.
        Arrays.fill(g, 0);
        for (int c = 0; c < m; c++) {
          if (occurrences[c] > 0) {
            g[c] = -1;
          }
        }
        for (int j = 0; j < n; j++) {
          if (x[j] > 0) {
            for (int c : concepts[j]) {
              g[c] += x[j];
            }
          }
        }
        double norm = 0;
        for (int c = 0; c < m; c++) {
          // Projected: a step that would leave [0, w] does not count.
          if ((g[c] > 0 && current[c] <= 0) || (g[c] < 0 && current[c] >= weight[c])) {
            g[c] = 0;
          }
          norm += g[c] * g[c];
        }
        if (norm <= 0) {
          break;
        }
        double step = theta * (bound - bestValue) / norm;
        for (int c = 0; c < m; c++) {
          current[c] = Math.min(weight[c], Math.max(0, current[c] - step * g[c]));
        }
      }
    }

    /** The Lagrangian bound on the whole problem for multipliers {@code u}; fills the knapsack solution x. */
    private double rootBound(double[] u, double[] x) {
      stamp++;
      double reach = 0;
      int cnt = 0;
      for (int j = 0; j < n; j++) {
        if (x != null) {
          x[j] = 0;
        }
        if (out[j]) {
          continue;
        }
        double v = 0;
        for (int c : concepts[j]) {
          v += u[c];
          if (mark[c] != stamp) {
            mark[c] = stamp;
            reach += weight[c] - u[c];
          }
        }
        if (v > 0) {
          scratchIdx[cnt] = j;
          scratchVal[cnt] = v;
          scratchKey[cnt] = v / cost[j];
          cnt++;
        }
      }
      sortDescending(scratchKey, scratchIdx, scratchVal, 0, cnt - 1);
      int rem = capacity;
      double f = 0;
      for (int t = 0; t < cnt && rem > 0; t++) {
        int j = scratchIdx[t];
        if (cost[j] <= rem) {
          f += scratchVal[t];
          rem -= cost[j];
          if (x != null) {
            x[j] = 1;
          }
        } else {
          double frac = (double) rem / cost[j];
          f += scratchVal[t] * frac;
          if (x != null) {
            x[j] = frac;
          }
          rem = 0;
        }
      }
      return reach + f;
    }

    // ---- Branch and bound ------------------------------------------------------------------------------------

    private void dfs(int k, int rem, double value) {
      if (++nodes > nodeLimit) {
        aborted = true;
        return;
      }
      if (value > bestValue + eps) {
        bestValue = value;
        best = Arrays.copyOf(chosen, chosenCount);
      }
      // Bound over the undecided, still feasible items.
      stamp++;
      double reach = 0;
      int cnt = 0;
      int firstEligible = -1;
      for (int p = k; p < n; p++) {
        int j = order[p];
        if (out[j] || groupUsed[group[j]] || cost[j] > rem) {
          continue;
        }
        double v = 0;
        boolean useful = false;
        for (int c : concepts[j]) {
          if (covered[c] == 0) {
            useful = true;
            v += mu[c];
            if (mark[c] != stamp) {
              mark[c] = stamp;
              reach += weight[c] - mu[c];
            }
          }
        }
        if (!useful) {
          continue;
        }
        if (firstEligible < 0) {
          firstEligible = p;
        }
        scratchIdx[cnt] = j;
        scratchVal[cnt] = v;
        scratchKey[cnt] = v / cost[j];
        cnt++;
      }
      if (firstEligible < 0) {
        return;
      }
      // The scratch arrays are reused by children, so the candidate list is consumed here.
      sortDescending(scratchKey, scratchIdx, scratchVal, 0, cnt - 1);
      int left = rem;
      double f = 0;
      double critical = 0;
      for (int t = 0; t < cnt; t++) {
        int j = scratchIdx[t];
        if (cost[j] <= left) {
          f += scratchVal[t];
          left -= cost[j];
        } else {
          f += scratchVal[t] * left / cost[j];
          critical = scratchKey[t];
          break;
        }
      }
      double bound = value + reach + f;
      // With integer weights a better solution is better by at least 1, so a bound below best + 1 prunes.
      double needed = bestValue + minImprovement;
      if (bound < needed) {
        return;
      }
      // Reduced-cost fixing: forcing item j in bounds the subtree by bound - cost_j * critical + v_j.
      int fixBase = fixTop;
      if (critical > 0) {
        for (int t = 0; t < cnt; t++) {
          int j = scratchIdx[t];
          if (bound - cost[j] * critical + scratchVal[t] < needed) {
            out[j] = true;
            fixStack[fixTop++] = j;
          }
        }
      }
      // Branch on the first undecided item still in play.
      int e = -1;
      int pe = firstEligible;
      for (int p = firstEligible; p < n; p++) {
        int j = order[p];
        if (!out[j] && !groupUsed[group[j]] && cost[j] <= rem) {
          e = j;
          pe = p;
          break;
        }
      }
      if (e >= 0) {
        double gain = 0;
        for (int c : concepts[e]) {
          if (covered[c]++ == 0) {
            gain += weight[c];
          }
        }
        groupUsed[group[e]] = true;
        chosen[chosenCount++] = e;
        if (gain > 0) {
          dfs(pe + 1, rem - cost[e], value + gain);
        }
        chosenCount--;
        groupUsed[group[e]] = false;
        for (int c : concepts[e]) {
          covered[c]--;
        }
        if (!aborted) {
          dfs(pe + 1, rem, value);
        }
      }
      while (fixTop > fixBase) {
        out[fixStack[--fixTop]] = false;
      }
    }

    /** Sorts the slice [lo, hi] by key descending, carrying idx and val along. */
    private static void sortDescending(double[] key, int[] idx, double[] val, int lo, int hi) {
      while (hi - lo > 16) {
        double pivot = key[(lo + hi) >>> 1];
        int i = lo;
        int j = hi;
        while (i <= j) {
          while (key[i] > pivot) {
            i++;
          }
          while (key[j] < pivot) {
            j--;
          }
          if (i <= j) {
            swap(key, idx, val, i++, j--);
          }
        }
        if (j - lo < hi - i) {
          sortDescending(key, idx, val, lo, j);
          lo = i;
        } else {
          sortDescending(key, idx, val, i, hi);
          hi = j;
        }
      }
      for (int i = lo + 1; i <= hi; i++) {
        for (int j = i; j > lo && key[j] > key[j - 1]; j--) {
          swap(key, idx, val, j, j - 1);
        }
      }
    }

    private static void swap(double[] key, int[] idx, double[] val, int a, int b) {
      double k = key[a];
      key[a] = key[b];
      key[b] = k;
      int t = idx[a];
      idx[a] = idx[b];
      idx[b] = t;
      double v = val[a];
      val[a] = val[b];
      val[b] = v;
    }
  }
}
