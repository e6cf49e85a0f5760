package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.Arrays;
import java.util.List;

/**
 * Centroid-based summarization as in MEAD (Radev, Jing, Styś and Tam, "Centroid-based summarization of
 * multiple documents", Information Processing and Management 40(6), 2004).
 *
 * <p>The story centroid is the mean of the TF-IDF vectors of the candidate sentences, cut to its
 * {@code centroidTerms} heaviest terms: the words that characterise the event across articles. Each candidate
 * sentence is scored with MEAD's three features:
 *
 * <ul>
 *   <li><b>centroid value</b> C: cosine of the sentence's TF-IDF vector to the centroid;
 *   <li><b>positional value</b> P = C<sub>max</sub> &middot; (n - i) / n for the sentence at 0-based position i
 *       of an article of n sentences, where C<sub>max</sub> is the highest centroid value in that article;
 *   <li><b>first-sentence overlap</b> F: cosine of the sentence to its article's first candidate sentence.
 * </ul>
 *
 * <p>score = {@code centroidWeight}&middot;C + {@code positionWeight}&middot;P + {@code firstSentenceWeight}
 * &middot;F. Sentences are then taken greedily by score, skipping those whose TF-IDF cosine to a sentence
 * already taken exceeds {@code maxSimilarity} (MEAD's redundancy penalty, in its cosine form) and those that do
 * not fit the budget left, so shorter sentences further down still fill it.
 *
 * <p>Options: {@link #CENTROID_TERMS}, the feature weights {@link #CENTROID_WEIGHT}, {@link #POSITION_WEIGHT}
 * and {@link #FIRST_SENTENCE_WEIGHT} (the last two half MEAD's unit weights, a mild lead prior), and
 * {@link #MAX_SIMILARITY}.
 *
 * <p>Linear in the size of the story; no candidate pool is needed.
 */
public final class CentroidSummarizer extends ConfigurableSummarizer {
  public static final Option<Integer> CENTROID_TERMS = Option.integer("centroidTerms", 100, 0,
      "heaviest centroid terms kept; 0 keeps all");
  public static final Option<Double> CENTROID_WEIGHT = Option.decimal("centroidWeight", 1.0, 0,
      "weight of a sentence's cosine to the centroid");
  public static final Option<Double> POSITION_WEIGHT = Option.decimal("positionWeight", 0.5, 0,
      "weight of the positional value (earlier in its article scores higher)");
  public static final Option<Double> FIRST_SENTENCE_WEIGHT = Option.decimal("firstSentenceWeight", 0.5, 0,
      "weight of a sentence's cosine to its article's first sentence");
  public static final Option<Double> MAX_SIMILARITY = RankingMath.MAX_SIMILARITY;

  private final int centroidTerms;
  private final double centroidWeight;
  private final double positionWeight;
  private final double firstSentenceWeight;
  private final double maxSimilarity;

  /** The defaults. */
  public CentroidSummarizer() {
    this(Options.defaults("centroid",
        List.of(CENTROID_TERMS, CENTROID_WEIGHT, POSITION_WEIGHT, FIRST_SENTENCE_WEIGHT, MAX_SIMILARITY)));
  }

  private CentroidSummarizer(Options options) {
    super(options, CentroidSummarizer::new);
    this.centroidTerms = options.get(CENTROID_TERMS);
    this.centroidWeight = options.get(CENTROID_WEIGHT);
    this.positionWeight = options.get(POSITION_WEIGHT);
    this.firstSentenceWeight = options.get(FIRST_SENTENCE_WEIGHT);
    this.maxSimilarity = options.get(MAX_SIMILARITY);
  }

  @Override
  public String name() {
    return "centroid";
  }

  @Override
  public String description() {
    return "closeness to the story centroid plus position (MEAD, Radev et al. 2004)";
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    int[] candidates = RankingMath.candidates(story);
    double[] centroid = RankingMath.centroid(story, candidates, centroidTerms);
    int n = candidates.length;
    double[] closeness = new double[n];
    double[] bestInDocument = new double[story.documentCount()];
    int[] firstInDocument = new int[story.documentCount()];
    Arrays.fill(firstInDocument, -1);
    for (int i = 0; i < n; i++) {
      int s = candidates[i];
      int d = story.sentence(s).document();
      closeness[i] = story.vector(s).dot(centroid);
      bestInDocument[d] = Math.max(bestInDocument[d], closeness[i]);
      if (firstInDocument[d] < 0) {
        firstInDocument[d] = s;
      }
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      int s = candidates[i];
      int d = story.sentence(s).document();
      double position = bestInDocument[d] * (1 - story.relativePosition(s));
      double firstOverlap = story.vector(s).dot(story.vector(firstInDocument[d]));
      scores[i] = centroidWeight * closeness[i] + positionWeight * position + firstSentenceWeight * firstOverlap;
    }
    return RankingMath.greedy(story, budget, candidates, scores, maxSimilarity);
  }
}
