package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted concept coverage (Gillick and Favre 2009), optimized by cost-scaled greedy search with seeds (Lin
 * and Bilmes 2010; Khuller et al. 1999): the summary maximizes the summed weight of the distinct concepts its
 * sentences contain.
 *
 * <p><b>Concepts.</b> Word bigrams over each sentence's stemmed tokens (stop words kept inside a bigram,
 * bigrams of two stop words left out) and, at {@code unigramWeight} of their weight, single content terms.
 *
 * <p><b>Weights.</b> A concept's weight is the number of documents it occurs in; a story with fewer than
 * {@code documentsForDocumentFrequency} documents counts sentences instead. Each counted occurrence adds {@code
 * positionBonus / (1 + p)^positionDecay}, where {@code p} is the sentence's position in its document (leads
 * carry the key facts). Concepts counted fewer than {@code max(minCount, ceil(minShare x documents))} times
 * (document counts) or {@code minCount} times (sentence counts) are dropped, unless that leaves nothing.
 *
 * <p><b>Search.</b> Greedy: repeatedly the sentence with the largest gain in covered weight per
 * {@code cost^costExponent}, among candidates that fit the budget left and whose redundancy group is not yet
 * represented (gains optionally scaled by {@code 1 + centralityWeight x cosine to the story centroid}). Greedy
 * is run once unseeded and once after forcing each of the {@code seeds} sentences with the best initial ratio;
 * the run covering the most weight wins (partial enumeration, which repairs greedy's typical mistake of a
 * cheap first pick that blocks a better long sentence). Optionally ({@code swaps}) 1-for-1 exchanges follow.
 * With {@code fill}, budget the chosen set leaves is then spent greedily on every concept, the dropped rare
 * ones included ({@code fillByPosition}: on the earliest sentences instead). {@code stopRatio} > 0 ends the
 * search once the best gain per word falls below that share of the first pick's (a length penalty) and
 * {@code minWords} excludes short sentences; both default off, as they lowered ROUGE.
 *
 * <p>Sentences are weighed and budgeted in the form they will be printed in: English sentences compressed by
 * {@link dev.precis.text.Compressor} (a leading connective, a who/which clause or a trailing attribution cut),
 * others whole; a citation always covers the whole source sentence. How the defaults were chosen, with the
 * measurements: precis-bench/QUALITY-NOTES.md.
 */
public final class CoverageSummarizer extends ConfigurableSummarizer {
  public static final Option<Double> UNIGRAM_WEIGHT = Option.decimal("unigramWeight", 0.1, 0,
      "weight of single content terms as concepts, relative to bigrams (0: bigrams only)");
  public static final Option<Integer> DOCUMENTS_FOR_DOCUMENT_FREQUENCY = Concepts.DOCUMENTS_FOR_DOCUMENT_FREQUENCY;
  public static final Option<Double> POSITION_BONUS = Option.decimal("positionBonus", 1.0, 0,
      "extra weight of an occurrence at position p in its document: positionBonus / (1 + p)^positionDecay");
  public static final Option<Integer> MIN_COUNT = Concepts.MIN_COUNT;
  public static final Option<Double> COST_EXPONENT = Option.decimal("costExponent", 0.75, 0, true, 2, true,
      "greedy picks by gain / cost^costExponent (0 ignores length, 1 is gain per word)");
  public static final Option<Double> CENTRALITY_WEIGHT = Option.decimal("centralityWeight", 0.0, 0,
      "scales gains by 1 + centralityWeight x cosine to the story centroid (0: off)");
  public static final Option<Double> STOP_RATIO = Option.decimal("stopRatio", 0.0, 0, true, 1, false,
      "stop once the best gain per word is below this share of the first pick's (0: off)");
  public static final Option<Boolean> SWAPS = Option.bool("swaps", false,
      "improve the greedy selection by 1-for-1 exchanges");
  public static final Option<Integer> MIN_WORDS = Option.integer("minWords", 0, 0,
      "sentences shorter than this many words are not chosen (0: off)");
  public static final Option<Double> MIN_SHARE = Concepts.MIN_SHARE;
  public static final Option<Boolean> FILL = Concepts.FILL;
  public static final Option<Double> POSITION_DECAY = Option.decimal("positionDecay", 1.0, 0,
      "how fast the position bonus falls with the position in the document");
  public static final Option<Integer> SEEDS = Option.integer("seeds", 10, 0,
      "extra greedy runs, each forced to start with one of the best-ratio sentences");
  public static final Option<Boolean> FILL_BY_POSITION = Option.bool("fillByPosition", false,
      "fill spends leftover budget on the earliest sentences instead of by concept gain");

  private final double unigramWeight;
  private final int documentsForDocumentFrequency;
  private final double positionBonus;
  private final int minCount;
  private final double costExponent;
  private final double centralityWeight;
  private final double stopRatio;
  private final boolean swaps;
  private final int minWords;
  private final double minShare;
  private final boolean fill;
  private final double positionDecay;
  private final int seeds;
  private final boolean fillByPosition;

  /** The defaults. */
  public CoverageSummarizer() {
    this(Options.defaults("coverage", List.of(UNIGRAM_WEIGHT, DOCUMENTS_FOR_DOCUMENT_FREQUENCY, POSITION_BONUS,
        MIN_COUNT, COST_EXPONENT, CENTRALITY_WEIGHT, STOP_RATIO, SWAPS, MIN_WORDS, MIN_SHARE, FILL, POSITION_DECAY,
        SEEDS, FILL_BY_POSITION)));
  }

  private CoverageSummarizer(Options options) {
    super(options, CoverageSummarizer::new);
    this.unigramWeight = options.get(UNIGRAM_WEIGHT);
    this.documentsForDocumentFrequency = options.get(DOCUMENTS_FOR_DOCUMENT_FREQUENCY);
    this.positionBonus = options.get(POSITION_BONUS);
    this.minCount = options.get(MIN_COUNT);
    this.costExponent = options.get(COST_EXPONENT);
    this.centralityWeight = options.get(CENTRALITY_WEIGHT);
    this.stopRatio = options.get(STOP_RATIO);
    this.swaps = options.get(SWAPS);
    this.minWords = options.get(MIN_WORDS);
    this.minShare = options.get(MIN_SHARE);
    this.fill = options.get(FILL);
    this.positionDecay = options.get(POSITION_DECAY);
    this.seeds = options.get(SEEDS);
    this.fillByPosition = options.get(FILL_BY_POSITION);
  }

  @Override
  public String name() {
    return "coverage";
  }

  @Override
  public String description() {
    return "coverage of document-frequency-weighted bigrams with a lead bonus, seeded greedy search";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    return select(story, budget, null);
  }

  /**
   * As {@link #select(AnalyzedStory, Budget)}, with {@code prior[s]} (when not null) added to what each
   * concept occurrence counted in sentence s contributes to the concept's weight.
   */
  Selection select(AnalyzedStory story, Budget budget, double[] prior) {
    return select(story, budget, prior, 0);
  }

  /**
   * As {@link #select(AnalyzedStory, Budget, double[])}; with {@code leadWeight > 0} the concepts of each
   * document's lead (its first candidate) that the count cut drops weigh {@code leadWeight x} {@link #leadShares}
   * of their full weight instead of nothing. When the articles tell different events, as in a story that follows
   * a topic over months, each lead carries its article's news in concepts no other article repeats, so the cut
   * hides exactly what a summary of the story has to say.
   */
  Selection select(AnalyzedStory story, Budget budget, double[] prior, double leadWeight) {
    Selection selection = new Selection(story, budget);
    int n = story.size();
    if (n == 0) {
      return selection;
    }
    // Concepts weighted by their counts (documents or sentences), each count with its position bonus.
    Concepts found = Concepts.of(story, documentsForDocumentFrequency, unigramWeight > 0,
        s -> 1 + (prior == null ? 0 : prior[s])
            + positionBonus / Math.pow(1 + story.sentence(s).position(), positionDecay));
    int[][] concepts = found.sentences();
    int conceptCount = found.size();
    double[] weight = found.sum();
    boolean[] unigram = found.unigram();
    double[] all = new double[conceptCount];
    for (int c = 0; c < conceptCount; c++) {
      all[c] = weight[c] * (unigram[c] ? unigramWeight : 1);
    }
    double[] w = null;
    for (int round = 0; round < 2; round++) {
      w = found.keepCounted(all, round == 0 ? found.minCount(minCount, minShare) : 1);
      boolean any = false;
      for (int c = 0; c < conceptCount; c++) {
        any |= w[c] > 0;
      }
      if (any) {
        break;
      }
    }

    if (leadWeight > 0) {
      double[] share = leadShares(story, selection, budget);
      boolean[] seen = new boolean[story.documentCount()];
      double[] restored = w.clone();
      for (int s = 0; s < n; s++) {
        int d = story.sentence(s).document();
        if (story.isCandidate(s) && !seen[d]) {
          seen[d] = true;
          for (int c : concepts[s]) {
            if (w[c] == 0) {
              restored[c] = Math.max(restored[c], leadWeight * share[d] * all[c]);
            }
          }
        }
      }
      w = restored;
    }
    double[] factor = new double[n];
    Arrays.fill(factor, 1);
    if (centralityWeight > 0) {
      int[] candidates = RankingMath.candidates(story);
      double[] centroid = RankingMath.centroid(story, candidates, 0);
      for (int s : candidates) {
        factor[s] = 1 + centralityWeight * story.vector(s).dot(centroid);
      }
    }

    boolean[] covered = new boolean[conceptCount];
    int[] cost = new int[n];
    for (int s = 0; s < n; s++) {
      cost[s] = selection.cost(s);
    }
    // The pool: candidates that fit the budget at all, at most POOL of them by initial gain per cost.
    int[] pool = pool(story, selection, concepts, w, factor, cost, covered);
    double[] bound = firstRatios(pool, concepts, w, factor, cost, covered);
    Run best = greedy(story, budget, new int[0], pool, concepts, w, factor, cost, covered, bound);
    int seeded = Math.min(seeds, pool.length);
    for (int i = 0; i < seeded; i++) {
      Run run = greedy(story, budget, new int[] {pool[i]}, pool, concepts, w, factor, cost, covered, bound);
      if (run.value > best.value + 1e-9) {
        best = run;
      }
    }
    // A sentence's score is the concept weight it added when it was taken.
    boolean[] taken = new boolean[conceptCount];
    for (int s : best.set) {
      double gained = Concepts.gain(concepts[s], w, taken) * factor[s];
      selection.add(s, gained);
      for (int c : concepts[s]) {
        taken[c] = true;
      }
    }

    if (swaps) {
      selection = swap(story, budget, selection, concepts, w, factor, cost);
    }
    if (fill) {
      // Spend what is left on every concept, those the count cut dropped included.
      Arrays.fill(covered, false);
      for (Selection.Item item : selection.items()) {
        for (int c : concepts[item.sentence()]) {
          covered[c] = true;
        }
      }
      while (selection.remaining() > 0) {
        int pick = -1;
        double bestRatio = -1;
        for (int s = 0; s < n; s++) {
          if (story.isCandidate(s) && story.words(s) >= minWords && selection.canAdd(s)) {
            double r = fillByPosition ? 1 - story.relativePosition(s)
                : ratio(Concepts.gain(concepts[s], all, covered) * factor[s], cost[s]);
            if (r > bestRatio) {
              bestRatio = r;
              pick = s;
            }
          }
        }
        if (pick < 0) {
          break;
        }
        selection.add(pick, Concepts.gain(concepts[pick], all, covered) * factor[pick]);
        for (int c : concepts[pick]) {
          covered[c] = true;
        }
      }
    }
    return selection;
  }

  /** Least share of the documents' leads the budget must hold for leads to get back dropped concepts. */
  static final double MIN_LEAD_ROOM = 0.05;

  /**
   * Per document, how much of its lead's dropped concepts to restore: {@code (1 - c) x min(1, capacity / L)},
   * where c is the TF-IDF cosine of the document (the sum of its candidates' vectors) to the nearest other
   * document and L the cost of all the documents' leads. The first factor is the document's novelty: an article
   * that retells another's event (c near 1) has its news counted already. The second is the share of the leads
   * the budget has room for: a 100-word summary of ten articles holds three or four leads, so the documents'
   * own details would crowd out what they share. Copies of another document (republished wire copy) get 0.
   * Linear in the story's size per document. When the budget holds less than {@value #MIN_LEAD_ROOM} of the
   * leads (a story of about a hundred articles or more) every share is 0 and nothing else is computed: a lead's
   * concept would get back less than that share of its weight, and comparing every document with every other
   * made a story of 10,000 short articles take three times as long to summarize.
   */
  private static double[] leadShares(AnalyzedStory story, Selection selection, Budget budget) {
    int docs = story.documentCount();
    int[] candidates = RankingMath.candidates(story);
    // Each independent document's candidates, in order; copies keep none.
    int[][] members = new int[docs][];
    int[] size = new int[docs];
    for (int s : candidates) {
      size[story.sentence(s).document()]++;
    }
    for (int d = 0; d < docs; d++) {
      members[d] = new int[story.copyOf(d) == d ? size[d] : 0];
      size[d] = 0;
    }
    long leads = 0;
    double[] share = new double[docs];
    for (int s : candidates) {
      int d = story.sentence(s).document();
      if (members[d].length > 0) {
        if (size[d] == 0) {
          leads += selection.cost(s);
        }
        members[d][size[d]++] = s;
      }
    }
    double room = leads == 0 ? 0 : Math.min(1, budget.capacity() / (double) leads);
    if (room < MIN_LEAD_ROOM) {
      return share;
    }
    // Each document's vector is the sum of its candidates' vectors: its squared norm first, then its dot
    // product with every other document, one document's vector dense at a time.
    double[] dense = new double[story.vocabulary().size()];
    double[] norm = new double[docs];
    for (int pass = 0; pass < 2; pass++) {
      for (int d = 0; d < docs; d++) {
        if (members[d].length == 0) {
          continue;
        }
        for (int s : members[d]) {
          story.vector(s).addTo(dense, 1.0);
        }
        if (pass == 0) {
          for (int s : members[d]) {
            norm[d] += story.vector(s).dot(dense);
          }
          norm[d] = Math.sqrt(norm[d]);
        } else if (norm[d] > 0) {
          double nearest = 0;
          for (int e = 0; e < docs; e++) {
            if (e != d && norm[e] > 0) {
              double dot = 0;
              for (int s : members[e]) {
                dot += story.vector(s).dot(dense);
              }
              nearest = Math.max(nearest, dot / (norm[d] * norm[e]));
            }
          }
          share[d] = 1 - Math.min(1, nearest);
        }
        for (int s : members[d]) {
          for (int t : story.vector(s).ids()) {
            dense[t] = 0;
          }
        }
      }
    }
    for (int d = 0; d < docs; d++) {
      share[d] *= room;
    }
    return share;
  }

  /** Most sentences a search considers. */
  static final int POOL = 600;

  private record Run(int[] set, double value) {}

  /** Candidates that fit the budget, ordered by initial gain per scaled cost (ties by index), at most POOL. */
  private int[] pool(AnalyzedStory story, Selection selection, int[][] concepts, double[] w, double[] factor,
      int[] cost, boolean[] covered) {
    int n = story.size();
    int[] ids = new int[n];
    int k = 0;
    for (int s = 0; s < n; s++) {
      if (story.isCandidate(s) && story.words(s) >= minWords && selection.fits(s)) {
        ids[k++] = s;
      }
    }
    int[] cands = Arrays.copyOf(ids, k);
    int[] order = RankingMath.top(k, POOL, i -> ratio(Concepts.gain(concepts[cands[i]], w, covered)
        * factor[cands[i]], cost[cands[i]]), i -> cands[i]);
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = cands[order[i]];
    }
    return out;
  }

  /**
   * Each pool sentence's ratio with nothing covered, an upper bound of its ratio in every greedy run, or null
   * when a weight or factor is negative. With none negative, a sentence's gain only shrinks as concepts are
   * covered (also in floating point: a sum of fewer non-negative terms in the same order is never larger), so its
   * ratio last computed bounds its ratio now.
   */
  private double[] firstRatios(int[] pool, int[][] concepts, double[] w, double[] factor, int[] cost,
      boolean[] covered) {
    for (double v : w) {
      if (v < 0) {
        return null;
      }
    }
    double[] ratios = new double[pool.length];
    for (int i = 0; i < pool.length; i++) {
      int s = pool[i];
      if (factor[s] < 0) {
        return null;
      }
      ratios[i] = ratio(Concepts.gain(concepts[s], w, covered) * factor[s], cost[s]);
    }
    return ratios;
  }

  /**
   * Greedy by gain per scaled cost after taking {@code seed}; the value is the covered weight. With upper bounds
   * of the pool's ratios ({@link #firstRatios}; null for none), a sentence whose bound does not beat the best
   * ratio found so far in a pass is not recomputed (lazy greedy): it could not have been picked, so the picks are
   * those of the plain search.
   */
  private Run greedy(AnalyzedStory story, Budget budget, int[] seed, int[] pool, int[][] concepts, double[] w,
      double[] factor, int[] cost, boolean[] covered, double[] firstRatios) {
    double[] bound = firstRatios == null ? null : firstRatios.clone();
    Selection sel = new Selection(story, budget);
    double value = 0;
    int[] set = new int[pool.length];
    int size = 0;
    for (int s : seed) {
      if (sel.add(s, 0)) {
        value += Concepts.gain(concepts[s], w, covered) * factor[s];
        set[size++] = s;
        for (int c : concepts[s]) {
          covered[c] = true;
        }
      }
    }
    boolean[] used = new boolean[pool.length];
    double firstPerWord = size > 0 ? value / Math.max(1, cost[set[0]]) : -1;
    while (sel.remaining() > 0) {
      int bestI = -1;
      double bestRatio = 0;
      double bestGain = 0;
      for (int i = 0; i < pool.length; i++) {
        int s = pool[i];
        if (used[i] || bound != null && bound[i] <= bestRatio || !sel.canAdd(s)) {
          continue;
        }
        double g = Concepts.gain(concepts[s], w, covered) * factor[s];
        double r = ratio(g, cost[s]);
        if (bound != null) {
          bound[i] = r;
        }
        if (r > bestRatio) {
          bestRatio = r;
          bestI = i;
          bestGain = g;
        }
      }
      if (bestI < 0) {
        break;
      }
      int s = pool[bestI];
      double perWord = bestGain / Math.max(1, cost[s]);
      if (firstPerWord < 0) {
        firstPerWord = perWord;
      } else if (perWord < stopRatio * firstPerWord) {
        break;
      }
      used[bestI] = true;
      sel.add(s, bestRatio);
      value += bestGain;
      set[size++] = s;
      for (int c : concepts[s]) {
        covered[c] = true;
      }
    }
    int[] out = Arrays.copyOf(set, size);
    for (int s : out) {
      for (int c : concepts[s]) {
        covered[c] = false;
      }
    }
    return new Run(out, value);
  }

  private double ratio(double gain, int cost) {
    return gain / Math.pow(Math.max(1, cost), costExponent);
  }

  /** Objective of a set: covered weight, each sentence's new concepts scaled by its factor in set order. */
  private static double objective(int[] set, int[][] concepts, double[] w, double[] factor, boolean[] scratch) {
    double total = 0;
    for (int s : set) {
      double g = 0;
      for (int c : concepts[s]) {
        if (!scratch[c]) {
          scratch[c] = true;
          g += w[c];
        }
      }
      total += g * factor[s];
    }
    for (int s : set) {
      for (int c : concepts[s]) {
        scratch[c] = false;
      }
    }
    return total;
  }

  /** First-improvement 1-for-1 (and 1-for-0 addition) exchanges over the greedy selection. */
  private Selection swap(AnalyzedStory story, Budget budget, Selection greedy, int[][] concepts, double[] w,
      double[] factor, int[] cost) {
    int n = story.size();
    int[] set = greedy.items().stream().mapToInt(Selection.Item::sentence).toArray();
    boolean[] scratch = new boolean[w.length];
    double best = objective(set, concepts, w, factor, scratch);
    int[] pool = RankingMath.candidates(story);
    int capacity = budget.capacity();
    boolean improved = true;
    for (int round = 0; round < 5 && improved; round++) {
      improved = false;
      int used = 0;
      for (int s : set) {
        used += cost[s];
      }
      outer:
      for (int i = 0; i < set.length; i++) {
        for (int t : pool) {
          if (contains(set, t) || story.words(t) < minWords
              || used - cost[set[i]] + cost[t] > capacity || sameGroup(story, set, i, t)) {
            continue;
          }
          int[] trial = set.clone();
          trial[i] = t;
          double v = objective(trial, concepts, w, factor, scratch);
          if (v > best + 1e-9) {
            best = v;
            set = trial;
            improved = true;
            break outer;
          }
        }
      }
    }
    Selection out = new Selection(story, budget);
    boolean[] taken = new boolean[w.length];
    for (int s : set) {
      out.add(s, Concepts.gain(concepts[s], w, taken) * factor[s]);
      for (int c : concepts[s]) {
        taken[c] = true;
      }
    }
    // Fill what the exchanges freed.
    boolean[] covered = new boolean[w.length];
    for (int s : set) {
      for (int c : concepts[s]) {
        covered[c] = true;
      }
    }
    while (true) {
      int bestS = -1;
      double bestR = 0;
      for (int t : pool) {
        if (out.canAdd(t) && !contains(set, t) && story.words(t) >= minWords) {
          double r = ratio(Concepts.gain(concepts[t], w, covered) * factor[t], cost[t]);
          if (r > bestR) {
            bestR = r;
            bestS = t;
          }
        }
      }
      if (bestS < 0) {
        break;
      }
      out.add(bestS, bestR);
      set = Arrays.copyOf(set, set.length + 1);
      set[set.length - 1] = bestS;
      for (int c : concepts[bestS]) {
        covered[c] = true;
      }
    }
    return out;
  }

  private static boolean contains(int[] set, int s) {
    for (int x : set) {
      if (x == s) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameGroup(AnalyzedStory story, int[] set, int replaced, int t) {
    for (int i = 0; i < set.length; i++) {
      if (i != replaced && story.group(set[i]) == story.group(t)) {
        return true;
      }
    }
    return false;
  }
}
