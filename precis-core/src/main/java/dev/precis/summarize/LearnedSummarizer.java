package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.learn.TreeModel;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concept coverage steered by learned sentence scorers: gradient-boosted trees over {@link SentenceFeatures},
 * trained by {@code precis train} on Multi-News train from ROUGE labels ({@link LearnedTrainer}), give each
 * candidate a score p in (0, 1), the logistic of the trees' output (a probability for the pointwise objective,
 * an order-preserving score for LambdaMART).
 *
 * <p>Which use a story gets follows its shape, the share of its words the budget asks for. Multi-News, the only
 * corpus with enough edited stories to learn from, asks for half of a story or more (at least 53% of every
 * validation story at the preset length); DUC and TAC ask for 1-10%. Where the budget is at least
 * {@code rankShare} of the story, as in the stories the scorers learned from, the rank model's score replaces
 * coverage's objective: each step takes, of the sentences that fit, whose group is not yet represented and whose
 * TF-IDF cosine to every sentence taken is at most {@code maxSimilarity}, the one with the highest p less
 * {@code penalty} times its highest cosine to a sentence taken ({@link RankingMath#penalized}). That model
 * also reads the story's size and absolute positions ({@link SentenceFeatures.Group#SHAPE}), which mean nothing in a story of another
 * shape. Below {@code rankShare} the prior model, which reads only the scale-free features, feeds the score into
 * {@link CoverageSummarizer}'s objective as a sentence prior: every concept occurrence counted in sentence s adds
 * {@code bonus x p(s) / max p} to the concept's weight, so concepts the likely sentences carry weigh more;
 * search, budget, groups and fill are coverage's, and so are the options that set them. Ranking alone there lost
 * 4-5 ROUGE-1 to coverage. Prior mode also gives back each article's lead the concepts coverage's count cut drops
 * for being in too few articles, at {@code leadWeight} times the article's novelty (1 - cosine to its nearest
 * other article) times the share of the articles' leads the budget can hold: where the articles tell different
 * events (TAC's topics followed over months) their leads are what a summary must say, and counting only what
 * three or more articles repeat kept the running details instead.
 *
 * <p>Both models ship in the jar ({@value #MODEL}, {@value #RANK_MODEL}); measurements are in BENCHMARKS.md.
 */
public final class LearnedSummarizer extends ConfigurableSummarizer {
  /** The prior model in the jar, beside this class. */
  public static final String MODEL = "learned-model.bin";
  /** The rank model in the jar, beside this class. */
  public static final String RANK_MODEL = "learned-rank-model.bin";

  public static final Option<Double> RANK_SHARE = Option.decimal("rankShare", 0.25, 0,
      "rank by the rank model when the budget is at least this share of the story (0: always), else prior mode");
  public static final Option<Double> BONUS = Option.decimal("bonus", 4.0, 0,
      "prior mode: weight a concept occurrence gains from the likeliest sentence (0: plain coverage)");
  public static final Option<Double> LEAD_WEIGHT = Option.decimal("leadWeight", 1.0, 0,
      "prior mode: weight an article's lead's concepts cut for rarity get back, x novelty x room (0: off)");
  public static final Option<Double> MAX_SIMILARITY = Option.decimal("maxSimilarity", 1.0, 0, false, 1, true,
      "rank mode: highest TF-IDF cosine a sentence may have to one already taken");
  public static final Option<Double> PENALTY = Option.decimal("penalty", 0.5, 0,
      "rank mode: score a sentence loses per unit of its highest TF-IDF cosine to one already taken");

  private final TreeModel model;
  private final TreeModel rankModel;
  private final double rankShare;
  private final double bonus;
  private final double leadWeight;
  private final double maxSimilarity;
  private final double penalty;
  private final CoverageSummarizer coverage;

  /** The models in the jar (read on first use), default options. */
  public LearnedSummarizer() {
    this(null, null, Options.defaults("learned", declared()));
  }

  /**
   * {@code model} and {@code rankModel} (trained by {@code precis train}) instead of the jar's prior and rank
   * models, default options.
   */
  public LearnedSummarizer(TreeModel model, TreeModel rankModel) {
    this(checked(model), checked(rankModel), new LearnedSummarizer().options());
  }

  private LearnedSummarizer(TreeModel model, TreeModel rankModel, Options options) {
    super(options, o -> new LearnedSummarizer(model, rankModel, o));
    this.model = model;
    this.rankModel = rankModel;
    this.rankShare = options.get(RANK_SHARE);
    this.bonus = options.get(BONUS);
    this.leadWeight = options.get(LEAD_WEIGHT);
    this.maxSimilarity = options.get(MAX_SIMILARITY);
    this.penalty = options.get(PENALTY);
    Map<String, String> own = new HashMap<>(options.asMap());
    own.keySet().retainAll(COVERAGE.options().asMap().keySet());
    this.coverage = (CoverageSummarizer) COVERAGE.with(own);
  }

  /** Coverage at its defaults; its options are also this summarizer's, for prior mode. */
  private static final CoverageSummarizer COVERAGE = new CoverageSummarizer();

  private static List<Option<?>> declared() {
    List<Option<?>> all = new ArrayList<>(List.of(RANK_SHARE, BONUS, LEAD_WEIGHT, MAX_SIMILARITY, PENALTY));
    all.addAll(COVERAGE.options().declared());
    return all;
  }

  private static TreeModel checked(TreeModel model) {
    if (model.features() != SentenceFeatures.COUNT) {
      throw new IllegalArgumentException("the model reads " + model.features() + " features, not "
          + SentenceFeatures.COUNT + "; retrain it with precis train");
    }
    return model;
  }

  /** The model the prior comes from. */
  TreeModel model() {
    return model != null ? model : JarModels.PRIOR;
  }

  /** The model that ranks stories whose budget is at least {@code rankShare} of them. */
  TreeModel rankModel() {
    return rankModel != null ? rankModel : JarModels.RANK;
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public String description() {
    return "gradient-boosted trees trained on Multi-News train: ranking where the summary keeps much of the story, "
        + "else a sentence prior for coverage";
  }

  /** The probability {@code m} gives each sentence of {@code sentences}. */
  static double[] scores(TreeModel m, AnalyzedStory story, int[] sentences) {
    return m.probabilities(SentenceFeatures.rows(story, sentences, Set.of()), sentences.length);
  }

  /** Whether {@code budget} asks for at least {@code rankShare} of the candidates' cost, the story's shape. */
  private boolean ranks(AnalyzedStory story, Budget budget, int[] candidates) {
    Selection empty = new Selection(story, budget);
    long cost = 0;
    for (int s : candidates) {
      cost += empty.cost(s);
    }
    return budget.capacity() >= rankShare * cost;
  }

  @Override
  public Selection select(AnalyzedStory story, Budget budget) {
    int[] candidates = SentenceFeatures.candidates(story);
    if (ranks(story, budget, candidates)) {
      return RankingMath.penalized(story, budget, candidates, scores(rankModel(), story, candidates), maxSimilarity,
          penalty);
    }
    double[] p = scores(model(), story, candidates);
    double max = 0;
    for (double v : p) {
      max = Math.max(max, v);
    }
    double[] prior = new double[story.size()];
    for (int i = 0; i < candidates.length; i++) {
      prior[candidates[i]] = max > 0 ? bonus * p[i] / max : 0;
    }
    return coverage.select(story, budget, prior, leadWeight);
  }

  /** Loads the jar's models on first use. */
  private static final class JarModels {
    static final TreeModel PRIOR = load(MODEL);
    static final TreeModel RANK = load(RANK_MODEL);

    private static TreeModel load(String name) {
      try (InputStream in = LearnedSummarizer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the jar holds no " + name);
        }
        return TreeModel.read(new java.io.BufferedInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
  }
}
