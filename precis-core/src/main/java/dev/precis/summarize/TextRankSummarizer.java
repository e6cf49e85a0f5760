package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import java.util.Arrays;

/**
 * TextRank for sentence extraction (Mihalcea and Tarau, "TextRank: bringing order into texts", EMNLP 2004).
 *
 * <p>Candidate sentences are the nodes of an undirected graph. Two sentences S<sub>i</sub> and S<sub>j</sub>
 * are joined by an edge weighted with the paper's overlap similarity
 *
 * <pre>  |{w : w in S_i and w in S_j}| / (log |S_i| + log |S_j|)</pre>
 *
 * <p>computed on content terms (stemmed, stop words left out): the numerator counts the distinct terms the two
 * share, |S| is a sentence's number of content terms, taken as at least 2 so that the denominator stays
 * positive. Sentences are ranked by weighted PageRank with damping factor {@code damping}, iterated to
 * convergence, then taken greedily by rank, skipping those whose TF-IDF cosine to one already taken exceeds
 * {@code maxSimilarity} and those that do not fit the budget left.
 *
 * <p>To keep large stories fast, the graph holds at most {@code poolSize} sentences: when a story has more
 * candidates, those with the highest cosine to the story centroid plus a slight lead prior (0.1 times one
 * minus the relative position) are kept. Overlaps are counted through an inverted index.
 *
 * <p>Options and defaults:
 *
 * <ul>
 *   <li>{@code damping} = {@value #DEFAULT_DAMPING}: PageRank's damping factor, as in the paper;
 *   <li>{@code maxSimilarity} = {@value #DEFAULT_MAX_SIMILARITY}: the redundancy threshold;
 *   <li>{@code poolSize} = {@value #DEFAULT_POOL_SIZE}: the most sentences in the graph.
 * </ul>
 */
public final class TextRankSummarizer implements Summarizer {
  public static final double DEFAULT_DAMPING = 0.85;
  public static final double DEFAULT_MAX_SIMILARITY = 0.5;
  public static final int DEFAULT_POOL_SIZE = 1500;

  private final double damping;
  private final double maxSimilarity;
  private final int poolSize;

  /** The defaults listed in the class comment. */
  public TextRankSummarizer() {
    this(DEFAULT_DAMPING, DEFAULT_MAX_SIMILARITY, DEFAULT_POOL_SIZE);
  }

  /**
   * @param damping PageRank's damping factor, in (0, 1)
   * @param maxSimilarity highest TF-IDF cosine a sentence may have to one already taken, in (0, 1]
   * @param poolSize most sentences in the graph, at least 1
   */
  public TextRankSummarizer(double damping, double maxSimilarity, int poolSize) {
    RankingMath.checkGraphOptions(damping, maxSimilarity, poolSize);
    this.damping = damping;
    this.maxSimilarity = maxSimilarity;
    this.poolSize = poolSize;
  }

  @Override
  public String name() {
    return "textrank";
  }

  @Override
  public String description() {
    return "PageRank over a word overlap graph of sentences (TextRank, Mihalcea & Tarau 2004)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    int[] pool = RankingMath.pool(story, RankingMath.candidates(story), poolSize);
    SparseVector[] termSets = new SparseVector[pool.length];
    double[] logLength = new double[pool.length];
    for (int i = 0; i < pool.length; i++) {
      // The TF-IDF vector's ids are the sentence's distinct content terms; unit weights count shared ones.
      int[] ids = story.vector(pool[i]).ids();
      float[] ones = new float[ids.length];
      Arrays.fill(ones, 1f);
      termSets[i] = new SparseVector(ids, ones);
      logLength[i] = Math.log(Math.max(2, story.contentTerms(pool[i]).length));
    }
    RankingMath.Graph graph = RankingMath.graph(termSets,
        (i, j, common) -> i == j ? 0 : common / (logLength[i] + logLength[j]));
    double[] rank = RankingMath.pageRank(graph, damping);
    return RankingMath.greedy(story, budget, pool, rank, maxSimilarity);
  }
}
