package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.List;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein, "The use of MMR, diversity-based reranking for
 * reordering documents and producing summaries", SIGIR 1998), with the story centroid as the query.
 *
 * <p>The query is the centroid of the story: the mean of the TF-IDF vectors of its candidate sentences. A
 * sentence's relevance is its cosine to that centroid. Sentences are chosen one at a time: each step takes
 * the candidate that maximises
 *
 * <pre>  lambda * cos(s, centroid) - (1 - lambda) * max over chosen t of cos(s, t)</pre>
 *
 * <p>among those the selection still accepts (not a member of a group already covered, fitting the budget
 * left), so when the best sentence is too long a shorter one is taken instead. Ties go to the earlier
 * sentence. Each step costs one sparse dot product per remaining candidate, so the whole run is linear in
 * the story's size times the number of sentences chosen.
 *
 * <p>Options: {@link #LAMBDA}.
 */
public final class MmrSummarizer extends ConfigurableSummarizer {
  public static final Option<Double> LAMBDA = Option.decimal("lambda", 0.7, 0, true, 1, true,
      "weight of relevance to the centroid against novelty; 1 ranks by relevance alone");

  private final double lambda;

  /** The defaults. */
  public MmrSummarizer() {
    this(Options.defaults("mmr", List.of(LAMBDA)));
  }

  private MmrSummarizer(Options options) {
    super(options, MmrSummarizer::new);
    this.lambda = options.get(LAMBDA);
  }

  @Override
  public String name() {
    return "mmr";
  }

  @Override
  public String description() {
    return "relevance to the story centroid minus redundancy (MMR, Carbonell & Goldstein 1998)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    int[] candidates = RankingMath.candidates(story);
    double[] centroid = RankingMath.centroid(story, candidates, 0);
    int n = candidates.length;
    double[] relevance = new double[n];
    for (int i = 0; i < n; i++) {
      relevance[i] = story.vector(candidates[i]).dot(centroid);
    }
    double[] redundancy = new double[n];
    boolean[] done = new boolean[n];
    Selection selection = new Selection(story, budget);
    while (selection.remaining() > 0) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (done[i]) {
          continue;
        }
        if (!selection.canAdd(candidates[i])) {
          done[i] = true; // budget left only shrinks and covered groups stay covered
          continue;
        }
        double score = lambda * relevance[i] - (1 - lambda) * redundancy[i];
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      selection.add(candidates[best], bestScore);
      done[best] = true;
      SparseVector chosen = story.vector(candidates[best]);
      for (int i = 0; i < n; i++) {
        if (!done[i]) {
          redundancy[i] = Math.max(redundancy[i], story.vector(candidates[i]).dot(chosen));
        }
      }
    }
    return selection;
  }
}
