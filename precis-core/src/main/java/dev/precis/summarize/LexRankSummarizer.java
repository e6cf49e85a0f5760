package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;

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
 * <p>Options and defaults:
 *
 * <ul>
 *   <li>{@code threshold} = {@value #DEFAULT_THRESHOLD}: the lowest cosine kept as an edge;
 *   <li>{@code damping} = {@value #DEFAULT_DAMPING}: the probability of following an edge;
 *   <li>{@code maxSimilarity} = {@value #DEFAULT_MAX_SIMILARITY}: the redundancy threshold;
 *   <li>{@code poolSize} = {@value #DEFAULT_POOL_SIZE}: the most sentences in the graph.
 * </ul>
 */
public final class LexRankSummarizer implements Summarizer {
  public static final double DEFAULT_THRESHOLD = 0.1;
  public static final double DEFAULT_DAMPING = 0.85;
  public static final double DEFAULT_MAX_SIMILARITY = 0.5;
  public static final int DEFAULT_POOL_SIZE = 1500;

  private final double threshold;
  private final double damping;
  private final double maxSimilarity;
  private final int poolSize;

  /** The defaults listed in the class comment. */
  public LexRankSummarizer() {
    this(DEFAULT_THRESHOLD, DEFAULT_DAMPING, DEFAULT_MAX_SIMILARITY, DEFAULT_POOL_SIZE);
  }

  /**
   * @param threshold lowest cosine kept as an edge, in [0, 1)
   * @param damping probability of following an edge, in (0, 1)
   * @param maxSimilarity highest TF-IDF cosine a sentence may have to one already taken, in (0, 1]
   * @param poolSize most sentences in the graph, at least 1
   */
  public LexRankSummarizer(double threshold, double damping, double maxSimilarity, int poolSize) {
    if (!(threshold >= 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
    }
    RankingMath.checkGraphOptions(damping, maxSimilarity, poolSize);
    this.threshold = threshold;
    this.damping = damping;
    this.maxSimilarity = maxSimilarity;
    this.poolSize = poolSize;
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
