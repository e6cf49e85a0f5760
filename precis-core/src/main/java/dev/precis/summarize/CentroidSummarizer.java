package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import java.util.Arrays;

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
 * <p>Options and defaults:
 *
 * <ul>
 *   <li>{@code centroidTerms} = {@value #DEFAULT_CENTROID_TERMS}: centroid terms kept (0 keeps all);
 *   <li>{@code centroidWeight} = {@value #DEFAULT_CENTROID_WEIGHT};
 *   <li>{@code positionWeight} = {@value #DEFAULT_POSITION_WEIGHT} and {@code firstSentenceWeight} =
 *       {@value #DEFAULT_FIRST_SENTENCE_WEIGHT}: half MEAD's unit weights, a mild lead prior;
 *   <li>{@code maxSimilarity} = {@value #DEFAULT_MAX_SIMILARITY}: the redundancy threshold.
 * </ul>
 *
 * <p>Linear in the size of the story; no candidate pool is needed.
 */
public final class CentroidSummarizer implements Summarizer {
  public static final int DEFAULT_CENTROID_TERMS = 100;
  public static final double DEFAULT_CENTROID_WEIGHT = 1.0;
  public static final double DEFAULT_POSITION_WEIGHT = 0.5;
  public static final double DEFAULT_FIRST_SENTENCE_WEIGHT = 0.5;
  public static final double DEFAULT_MAX_SIMILARITY = 0.5;

  private final int centroidTerms;
  private final double centroidWeight;
  private final double positionWeight;
  private final double firstSentenceWeight;
  private final double maxSimilarity;

  /** The defaults listed in the class comment. */
  public CentroidSummarizer() {
    this(DEFAULT_CENTROID_TERMS, DEFAULT_CENTROID_WEIGHT, DEFAULT_POSITION_WEIGHT, DEFAULT_FIRST_SENTENCE_WEIGHT,
        DEFAULT_MAX_SIMILARITY);
  }

  /**
   * @param centroidTerms centroid terms kept, 0 for all
   * @param centroidWeight weight of the cosine to the centroid, at least 0
   * @param positionWeight weight of the positional value, at least 0
   * @param firstSentenceWeight weight of the overlap with the article's first sentence, at least 0
   * @param maxSimilarity highest TF-IDF cosine a sentence may have to one already taken, in (0, 1]
   */
  public CentroidSummarizer(int centroidTerms, double centroidWeight, double positionWeight,
      double firstSentenceWeight, double maxSimilarity) {
    if (centroidTerms < 0) {
      throw new IllegalArgumentException("centroidTerms must be at least 0, got " + centroidTerms);
    }
    if (!(centroidWeight >= 0 && positionWeight >= 0 && firstSentenceWeight >= 0)) {
      throw new IllegalArgumentException("feature weights must be at least 0");
    }
    if (!(maxSimilarity > 0 && maxSimilarity <= 1)) {
      throw new IllegalArgumentException("maxSimilarity must be in (0, 1], got " + maxSimilarity);
    }
    this.centroidTerms = centroidTerms;
    this.centroidWeight = centroidWeight;
    this.positionWeight = positionWeight;
    this.firstSentenceWeight = firstSentenceWeight;
    this.maxSimilarity = maxSimilarity;
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
