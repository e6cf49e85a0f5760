package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.cluster.SentenceEmbedder;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Preset;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.learn.Gbdt;
import dev.precis.learn.Oracle;
import dev.precis.learn.TreeModel;
import dev.precis.model.Story;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Selection;
import dev.precis.summarize.SentenceFeatures;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue 16's "embeddings on/off" ablation: does a sentence embedding tell the rank model what Multi-News editors
 * keep that the {@link SentenceFeatures} do not? Two rank models are trained on the same first {@code --train}
 * Multi-News train stories, with the same labels (greedy-oracle membership), learner and settings as the
 * shipped rank model (logistic, 400 trees of depth 6): one on the {@value SentenceFeatures#COUNT} features, one
 * on those and {@value #EMBEDDING_FEATURES} more from all-MiniLM-L6-v2 (in process, offline): the cosine of
 * the sentence to the mean of the story's candidates, that cosine's rank as a share of the candidates, the mean
 * over the story's other articles of the sentence's best cosine to one of their sentences (how much of it the
 * other outlets say), and the cosine to the mean of the articles' first sentences. Both rank the first {@code
 * --n} validation stories with the same selection (descending score, each sentence taken when it fits and its
 * redundancy group is not yet printed) and are scored with the preset's ROUGE, beside {@code learned} and
 * {@code lead}. Prints one Markdown row per model and the embedding cost.
 *
 * <pre>
 * EmbeddingAblation [--data DIR] [--train N] [--n N] [--seed S]
 * </pre>
 */
public final class EmbeddingAblation {
  static final int EMBEDDING_FEATURES = 4;

  private EmbeddingAblation() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/data");
    int train = 3000;
    int n = 1000;
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--train" -> train = Integer.parseInt(args[++i]);
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Precis precis = new Precis();
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    int base = SentenceFeatures.COUNT;
    int wide = base + EMBEDDING_FEATURES;
    List<float[]> xs = new ArrayList<>();
    List<float[]> ys = new ArrayList<>();
    long embedNanos = 0;
    int embedded = 0;
    try (StoryStream stream = new StoryReader(m -> { }).open(List.of(data.resolve("multinews-train.jsonl.gz")
        .toString()))) {
      while (stream.hasNext() && xs.size() < train) {
        Story story = stream.next();
        if (story.references().isEmpty()) {
          continue;
        }
        AnalyzedStory analyzed = precis.analyze(story);
        int[] candidates = SentenceFeatures.candidates(analyzed);
        if (candidates.length == 0) {
          continue;
        }
        long t0 = System.nanoTime();
        float[] e = embeddingFeatures(embedder, analyzed, candidates);
        embedNanos += System.nanoTime() - t0;
        embedded += candidates.length;
        xs.add(widen(SentenceFeatures.rows(analyzed, candidates, Set.of()), e, candidates.length));
        ys.add(Oracle.labels(Oracle.Label.ORACLE, analyzed, candidates, story.references(),
            Preset.MULTINEWS.words(story)));
      }
    }
    int rows = ys.stream().mapToInt(y -> y.length).sum();
    float[] xWide = new float[rows * wide];
    float[] xBase = new float[rows * base];
    float[] y = new float[rows];
    int[] groups = new int[ys.size()];
    int at = 0;
    for (int k = 0; k < ys.size(); k++) {
      groups[k] = at;
      float[] x = xs.get(k);
      for (int r = 0; r < ys.get(k).length; r++) {
        System.arraycopy(x, r * wide, xWide, (at + r) * wide, wide);
        System.arraycopy(x, r * wide, xBase, (at + r) * base, base);
      }
      System.arraycopy(ys.get(k), 0, y, at, ys.get(k).length);
      at += ys.get(k).length;
    }
    System.err.printf(Locale.ROOT, "train: %d stories, %d sentences, embedding %.2f ms per sentence%n", ys.size(),
        rows, embedNanos / 1e6 / Math.max(1, embedded));
    Gbdt.Params params = new Gbdt.Params(400, 6, 0.1, 1.0, 5.0, 0.8, 64);
    TreeModel withEmbeddings = Gbdt.train(xWide, wide, y, groups, Gbdt.Objective.LOGISTIC, params, seed);
    TreeModel without = Gbdt.train(xBase, base, y, groups, Gbdt.Objective.LOGISTIC, params, seed);

    List<Summarizer> summarizers = List.of(new Ranker("features", without, null),
        new Ranker("features + embeddings", withEmbeddings, embedder), Summarizers.get("learned"),
        Summarizers.get("lead"));
    Evaluator evaluator = new Evaluator(precis, Preset.MULTINEWS, null, RougeResources.load(data.resolve("rouge")), 1);
    List<Evaluator.Report> reports;
    try (StoryStream stream = new StoryReader(m -> { }).open(List.of(data.resolve("multinews-val.jsonl.gz")
        .toString()))) {
      reports = evaluator.evaluate("multinews-val.jsonl.gz", stream, summarizers, n, r -> { }, k -> { });
    }
    System.out.println("| rank model (MN val first " + n + ", trained on " + ys.size() + " stories) | R-1 / R-2 / SU4 |");
    System.out.println("|---|---|");
    for (Evaluator.Report r : reports) {
      System.out.printf(Locale.ROOT, "| %s | %.2f / %.2f / %.2f |%n", r.algorithm(), f(r, "ROUGE-1"), f(r, "ROUGE-2"),
          f(r, "ROUGE-SU4"));
    }
  }

  private static double f(Evaluator.Report r, String metric) {
    return 100 * r.rouge().get(metric).mean().f();
  }

  /** Rows of {@code base} features with the embedding features of each row after them. */
  private static float[] widen(float[] base, float[] embedding, int count) {
    int b = SentenceFeatures.COUNT;
    float[] out = new float[count * (b + EMBEDDING_FEATURES)];
    for (int r = 0; r < count; r++) {
      System.arraycopy(base, r * b, out, r * (b + EMBEDDING_FEATURES), b);
      System.arraycopy(embedding, r * EMBEDDING_FEATURES, out, r * (b + EMBEDDING_FEATURES) + b, EMBEDDING_FEATURES);
    }
    return out;
  }

  /** The {@value #EMBEDDING_FEATURES} embedding features of each candidate, row-major. */
  static float[] embeddingFeatures(SentenceEmbedder embedder, AnalyzedStory story, int[] candidates) {
    int c = candidates.length;
    float[][] v = new float[c][];
    for (int i = 0; i < c; i++) {
      String text = story.printed(candidates[i]);
      v[i] = text.isBlank() ? new float[embedder.dimensions()] : embedder.embed(text);
    }
    float[] mean = new float[embedder.dimensions()];
    float[] leads = new float[embedder.dimensions()];
    int documents = story.story().documents().size();
    boolean[] leadSeen = new boolean[documents];
    for (int i = 0; i < c; i++) {
      add(mean, v[i]);
      int d = story.sentence(candidates[i]).document();
      if (!leadSeen[d]) {
        leadSeen[d] = true;
        add(leads, v[i]);
      }
    }
    double[] centrality = new double[c];
    for (int i = 0; i < c; i++) {
      centrality[i] = cosine(v[i], mean);
    }
    double[] sorted = centrality.clone();
    Arrays.sort(sorted);
    float[] out = new float[c * EMBEDDING_FEATURES];
    for (int i = 0; i < c; i++) {
      int d = story.sentence(candidates[i]).document();
      double[] best = new double[documents];
      Arrays.fill(best, -1);
      for (int j = 0; j < c; j++) {
        int dj = story.sentence(candidates[j]).document();
        if (dj != d) {
          best[dj] = Math.max(best[dj], dot(v[i], v[j]));
        }
      }
      double support = 0;
      int others = 0;
      for (int k = 0; k < documents; k++) {
        if (best[k] > -1) {
          support += best[k];
          others++;
        }
      }
      out[i * EMBEDDING_FEATURES] = (float) centrality[i];
      out[i * EMBEDDING_FEATURES + 1] = (float) Arrays.binarySearch(sorted, centrality[i]) / Math.max(1, c - 1);
      out[i * EMBEDDING_FEATURES + 2] = others == 0 ? 0 : (float) (support / others);
      out[i * EMBEDDING_FEATURES + 3] = (float) cosine(v[i], leads);
    }
    return out;
  }

  private static void add(float[] sum, float[] v) {
    for (int k = 0; k < sum.length; k++) {
      sum[k] += v[k];
    }
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  private static double cosine(float[] a, float[] b) {
    double na = Math.sqrt(dot(a, a));
    double nb = Math.sqrt(dot(b, b));
    return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
  }

  /** Candidates by descending score of a rank model, each taken when it fits and its group is not yet printed. */
  private record Ranker(String name, TreeModel model, SentenceEmbedder embedder) implements Summarizer {
    @Override
    public String description() {
      return "candidates by a rank model's score";
    }

    @Override
    public Selection select(AnalyzedStory story, Budget budget) {
      Selection selection = new Selection(story, budget);
      int[] candidates = SentenceFeatures.candidates(story);
      if (candidates.length == 0) {
        return selection;
      }
      float[] x = SentenceFeatures.rows(story, candidates, Set.of());
      if (embedder != null) {
        x = widen(x, embeddingFeatures(embedder, story, candidates), candidates.length);
      }
      double[] p = model.probabilities(x, candidates.length);
      Integer[] order = new Integer[candidates.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
      for (int i : order) {
        selection.add(candidates[i], p[i]);
      }
      return selection;
    }
  }
}
