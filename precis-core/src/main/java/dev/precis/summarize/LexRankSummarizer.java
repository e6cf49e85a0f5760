package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.List;

/**
 * Continuous LexRank (Erkan and Radev, "LexRank: graph-based lexical centrality as salience in text
 * summarization", Journal of Artificial Intelligence Research 22, 2004).
 *
 * <p>Candidate sentences are the nodes of a graph whose edges carry the cosine similarity of the sentences'
 * TF-IDF vectors (IDF over the story's sentences, the paper's idf-modified cosine); similarities below
 * {@code threshold} are dropped, and as in the paper's algorithm each sentence's similarity to itself stays in
 * its row. A sentence's salience is its stationary probability under a random walk that follows an edge with
 * probability {@code damping}, in proportion to its weight, and jumps to a random sentence otherwise,
 * computed by power iteration to convergence. Sentences are then taken greedily by salience, skipping those
 * whose cosine to one already taken exceeds {@code maxSimilarity} and those that do not fit the budget left.
 *
 * <p>To keep large stories fast, the graph holds at most {@code poolSize} sentences: when a story has more
 * candidates, those with the highest cosine to the story centroid plus a slight lead prior (0.1 times one
 * minus the relative position) are kept. Similarities are sparse dot products found through an inverted
 * index.
 *
 * <p>Options: {@link #THRESHOLD}, {@link #DAMPING}, {@link #MAX_SIMILARITY}, {@link #POOL_SIZE}.
 */
public final class LexRankSummarizer extends ConfigurableSummarizer {
  public static final Option<Double> THRESHOLD = Option.decimal("threshold", 0.1, 0, true, 1, false,
      "lowest cosine similarity kept as an edge of the graph");
  public static final Option<Double> DAMPING = RankingMath.DAMPING;
  public static final Option<Double> MAX_SIMILARITY = RankingMath.MAX_SIMILARITY;
  public static final Option<Integer> POOL_SIZE = RankingMath.POOL_SIZE;

  private final double threshold;
  private final double damping;
  private final double maxSimilarity;
  private final int poolSize;

  /** The defaults. */
  public LexRankSummarizer() {
    this(Options.defaults("lexrank", List.of(THRESHOLD, DAMPING, MAX_SIMILARITY, POOL_SIZE)));
  }

  private LexRankSummarizer(Options options) {
    super(options, LexRankSummarizer::new);
    this.threshold = options.get(THRESHOLD);
    this.damping = options.get(DAMPING);
    this.maxSimilarity = options.get(MAX_SIMILARITY);
    this.poolSize = options.get(POOL_SIZE);
  }

  @Override
  public String name() {
    return "lexrank";
  }

  @Override
  public String description() {
    return "centrality in a cosine similarity graph (LexRank, Erkan & Radev 2004)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    int[] pool = RankingMath.pool(story, RankingMath.candidates(story), poolSize);
    SparseVector[] vectors = new SparseVector[pool.length];
    for (int i = 0; i < pool.length; i++) {
      vectors[i] = story.vector(pool[i]);
    }
    RankingMath.Graph graph = RankingMath.graph(vectors, (i, j, cosine) -> cosine >= threshold ? cosine : 0);
    double[] salience = RankingMath.pageRank(graph, damping);
    return RankingMath.greedy(story, budget, pool, salience, maxSimilarity);
  }
}
