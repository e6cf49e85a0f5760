package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.Arrays;
import java.util.List;

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
 * <p>Options: {@link #DAMPING} (0.85 as in the paper), {@link #MAX_SIMILARITY}, {@link #POOL_SIZE}.
 */
public final class TextRankSummarizer extends ConfigurableSummarizer {
  public static final Option<Double> DAMPING = RankingMath.DAMPING;
  public static final Option<Double> MAX_SIMILARITY = RankingMath.MAX_SIMILARITY;
  public static final Option<Integer> POOL_SIZE = RankingMath.POOL_SIZE;

  private final double damping;
  private final double maxSimilarity;
  private final int poolSize;

  /** The defaults. */
  public TextRankSummarizer() {
    this(Options.defaults("textrank", List.of(DAMPING, MAX_SIMILARITY, POOL_SIZE)));
  }

  private TextRankSummarizer(Options options) {
    super(options, TextRankSummarizer::new);
    this.damping = options.get(DAMPING);
    this.maxSimilarity = options.get(MAX_SIMILARITY);
    this.poolSize = options.get(POOL_SIZE);
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
