package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.learn.TreeModel;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Concept coverage steered by a learned sentence scorer: gradient-boosted trees over {@link SentenceFeatures},
 * trained by {@code precis train} on Multi-News train from ROUGE labels ({@link LearnedTrainer}), give
 * each candidate a score p in (0, 1), the logistic of the trees' output (a probability for the pointwise
 * objective, an order-preserving score for LambdaMART).
 *
 * <p>Prior mode (the default) feeds the score into {@link CoverageSummarizer}'s objective as a sentence
 * prior: every concept occurrence counted in sentence s adds {@code bonus x p(s) / max p} to the concept's
 * weight, so concepts the likely sentences carry weigh more; search, budget, groups and fill are coverage's.
 * With {@code rank}, the score replaces the objective: sentences by descending p, each taken when it fits, its group is
 * not yet represented and its TF-IDF cosine to every sentence taken is at most {@code maxSimilarity}.
 *
 * <p>The model ships in the jar ({@value #MODEL}); measurements are in BENCHMARKS.md.
 */
public final class LearnedSummarizer extends ConfigurableSummarizer {
  /** The model in the jar, beside this class. */
  public static final String MODEL = "learned-model.bin";

  public static final Option<Boolean> RANK = Option.bool("rank", false,
      "rank sentences by the learned probability alone instead of feeding it to coverage as a sentence prior");
  public static final Option<Double> BONUS = Option.decimal("bonus", 4.0, 0,
      "prior mode: weight a concept occurrence gains from the likeliest sentence (0: plain coverage)");
  public static final Option<Double> MAX_SIMILARITY = Option.decimal("maxSimilarity", 0.5, 0, false, 1, true,
      "rank mode: highest TF-IDF cosine a sentence may have to one already taken");

  private final TreeModel model;
  private final boolean rank;
  private final double bonus;
  private final double maxSimilarity;
  private final CoverageSummarizer coverage = new CoverageSummarizer();

  /** The model in the jar (read on first use), default options. */
  public LearnedSummarizer() {
    this(null, Options.defaults("learned", List.of(RANK, BONUS, MAX_SIMILARITY)));
  }

  /** {@code model} (trained by {@code precis train}) instead of the jar's, default options. */
  public LearnedSummarizer(TreeModel model) {
    this(checked(model), new LearnedSummarizer().options());
  }

  private LearnedSummarizer(TreeModel model, Options options) {
    super(options, o -> new LearnedSummarizer(model, o));
    this.model = model;
    this.rank = options.get(RANK);
    this.bonus = options.get(BONUS);
    this.maxSimilarity = options.get(MAX_SIMILARITY);
  }

  private static TreeModel checked(TreeModel model) {
    if (model.features() != SentenceFeatures.COUNT) {
      throw new IllegalArgumentException("the model reads " + model.features() + " features, not "
          + SentenceFeatures.COUNT + "; retrain it with precis train");
    }
    return model;
  }

  /** The model this summarizer scores with. */
  TreeModel model() {
    return model != null ? model : JarModel.MODEL;
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public String description() {
    return "coverage with a sentence prior from gradient-boosted trees trained on Multi-News train";
  }

  /** The learned probability of each sentence of {@code sentences}. */
  double[] scores(AnalyzedStory story, int[] sentences) {
    float[] rows = SentenceFeatures.rows(story, sentences, Set.of());
    TreeModel m = model();
    double[] p = new double[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      p[i] = m.probability(rows, i * SentenceFeatures.COUNT);
    }
    return p;
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    int[] candidates = SentenceFeatures.candidates(story);
    double[] p = scores(story, candidates);
    if (rank) {
      return RankingMath.greedy(story, budget, candidates, p, maxSimilarity);
    }
    double max = 0;
    for (double v : p) {
      max = Math.max(max, v);
    }
    double[] prior = new double[story.size()];
    for (int i = 0; i < candidates.length; i++) {
      prior[candidates[i]] = max > 0 ? bonus * p[i] / max : 0;
    }
    return coverage.select(story, budget, prior);
  }

  /** Loads the jar's model on first use. */
  private static final class JarModel {
    static final TreeModel MODEL = load();

    private static TreeModel load() {
      try (InputStream in = LearnedSummarizer.class.getResourceAsStream(LearnedSummarizer.MODEL)) {
        if (in == null) {
          throw new IllegalStateException("the jar holds no " + LearnedSummarizer.MODEL);
        }
        return TreeModel.read(new java.io.BufferedInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + LearnedSummarizer.MODEL, e);
      }
    }
  }
}
