package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Sentence;
import dev.precis.text.Openers;
import dev.precis.text.QuoteMarks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a learned sentence scorer sees of each candidate sentence of an analyzed story: one row of
 * {@link #NAMES} values per candidate, grouped as {@link Group}s so that groups can be switched off to measure
 * what each adds. Everything comes from the existing analysis: positions from the segmenter, redundancy groups
 * and wire copies from the analyzer, concept weights as {@link CoverageSummarizer} computes them, TF-IDF
 * cosine to the story centroid, and surface marks (names, numbers, quotes, openers that point back).
 */
public final class SentenceFeatures {
  /** Feature groups, each a set of columns. */
  public enum Group {
    POSITION, LENGTH, REDUNDANCY, CONCEPTS, CENTRALITY, SURFACE,
    /**
     * The story's size and the sentence's place in absolute units (sentence and article counts, position,
     * ranks as counts, raw scores): they describe one corpus's stories only, so a model with them is only for
     * stories shaped like those it was trained on ({@link LearnedSummarizer}).
     */
    SHAPE
  }

  /** Column names, in row order. */
  public static final List<String> NAMES = List.of(
      "relativePosition", "inversePosition", "lead",
      "words", "logWords", "wordsRank", "stopShare",
      "groupSize", "groupOutlets",
      "conceptWeightShare", "conceptWeightRank", "conceptWeightZ", "conceptRatioShare", "conceptRatioRank",
      "conceptRatioZ", "meanBigramDocuments", "meanTermDocuments", "meanTermDocumentsRank",
      "centroidCosineShare", "centroidCosineRank", "centroidCosineZ",
      "numbers", "quote", "refersBack",
      "position", "sentencesInDocument", "document", "documents", "logStoryWords", "conceptWeight",
      "conceptWeightCount", "centroidCosine", "centroidCosineCount");

  private static final Group[] GROUP_OF = {
      Group.POSITION, Group.POSITION, Group.POSITION,
      Group.LENGTH, Group.LENGTH, Group.LENGTH, Group.LENGTH,
      Group.REDUNDANCY, Group.REDUNDANCY,
      Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS,
      Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS,
      Group.CENTRALITY, Group.CENTRALITY, Group.CENTRALITY,
      Group.SURFACE, Group.SURFACE, Group.SURFACE,
      Group.SHAPE, Group.SHAPE, Group.SHAPE, Group.SHAPE, Group.SHAPE, Group.SHAPE,
      Group.SHAPE, Group.SHAPE, Group.SHAPE};

  /** How many values a row has. */
  public static final int COUNT = NAMES.size();

  private SentenceFeatures() {}

  /** The group column {@code f} belongs to. */
  public static Group groupOf(int f) {
    return GROUP_OF[f];
  }

  /** The candidate sentences of {@code story} that get a row, in story order. */
  public static int[] candidates(AnalyzedStory story) {
    return RankingMath.candidates(story);
  }

  /**
   * One row per sentence of {@code sentences} (row-major, {@link #COUNT} values each); columns of groups in
   * {@code off} are 0.
   *
   * <p>Every value is meant to mean the same in a story of 3 truncated articles and one of 10 full ones: no
   * story size, article count or absolute position past the first sentence, and the story-wide scores
   * (concept weight, centroid cosine, document frequency) only relative to the story's other candidates, as a
   * share of the best, a rank (0 best, 1 worst) and a z-score. Raw values did not transfer: trained on
   * Multi-News, whose inputs are a few hundred words, they ranked a 10-article DUC story's sentences by length.
   */
  public static float[] rows(AnalyzedStory story, int[] sentences, Set<Group> off) {
    int n = sentences.length;
    float[] out = new float[n * COUNT];
    if (n == 0) {
      return out;
    }
    Concepts concepts = Concepts.of(story, CoverageSummarizer.DOCUMENTS_FOR_DOCUMENT_FREQUENCY.defaultValue(), true,
        s -> 1 + 1.0 / (1 + story.sentence(s).position()));
    double[] all = concepts.sum().clone();
    boolean[] unigram = concepts.unigram();
    for (int c = 0; c < all.length; c++) {
      if (unigram[c]) {
        all[c] *= CoverageSummarizer.UNIGRAM_WEIGHT.defaultValue();
      }
    }
    double[] kept = concepts.keepCounted(all,
        concepts.minCount(CoverageSummarizer.MIN_COUNT.defaultValue(), CoverageSummarizer.MIN_SHARE.defaultValue()));
    boolean[] none = new boolean[all.length];
    double[] centroid = RankingMath.centroid(story, sentences, 0);
    int independent = Math.max(1, story.independentDocumentCount());
    double[] weight = new double[n];
    double[] ratio = new double[n];
    double[] cosine = new double[n];
    double[] words = new double[n];
    double[] termDocs = new double[n];
    for (int i = 0; i < n; i++) {
      int s = sentences[i];
      weight[i] = Concepts.gain(concepts.sentences()[s], kept, none);
      ratio[i] = weight[i] / Math.pow(Math.max(1, story.words(s)), CoverageSummarizer.COST_EXPONENT.defaultValue());
      cosine[i] = story.vector(s).dot(centroid);
      words[i] = story.words(s);
      int[] content = story.contentTerms(s);
      double sum = 0;
      for (int t : content) {
        sum += story.documentFrequency(t);
      }
      termDocs[i] = content.length == 0 ? 0 : sum / content.length / independent;
    }
    Relative weightOf = new Relative(weight);
    Relative ratioOf = new Relative(ratio);
    Relative cosineOf = new Relative(cosine);
    Relative wordsOf = new Relative(words);
    Relative termDocsOf = new Relative(termDocs);
    double storyWords = 0;
    for (int s = 0; s < story.size(); s++) {
      storyWords += story.words(s);
    }
    for (int i = 0; i < n; i++) {
      int s = sentences[i];
      Sentence sentence = story.sentence(s);
      String printed = story.printed(s);
      int[] tokens = story.tokens(s);
      Set<Integer> outlets = new HashSet<>();
      for (int m : story.groupMembers(s)) {
        outlets.add(story.copyOf(story.sentence(m).document()));
      }
      double bigramDocs = 0;
      int bigrams = 0;
      for (int k = 0; k + 1 < tokens.length; k++) {
        int a = tokens[k];
        int b = tokens[k + 1];
        if (!story.vocabulary().isStopWord(a) || !story.vocabulary().isStopWord(b)) {
          bigramDocs += Math.min(story.documentFrequency(a), story.documentFrequency(b));
          bigrams++;
        }
      }
      int o = i * COUNT;
      float[] row = {
          (float) story.relativePosition(s),
          (float) (1.0 / (1 + sentence.position())),
          sentence.position() == 0 ? 1 : 0,
          (float) Math.min(words[i], 100),
          (float) Math.log1p(words[i]),
          wordsOf.rank(i),
          tokens.length == 0 ? 0 : 1 - (float) story.contentTerms(s).length / tokens.length,
          story.groupMembers(s).length,
          outlets.size(),
          weightOf.share(i),
          weightOf.rank(i),
          weightOf.z(i),
          ratioOf.share(i),
          ratioOf.rank(i),
          ratioOf.z(i),
          (float) (bigrams == 0 ? 0 : bigramDocs / bigrams / independent),
          (float) termDocs[i],
          termDocsOf.rank(i),
          cosineOf.share(i),
          cosineOf.rank(i),
          cosineOf.z(i),
          numbers(printed),
          QuoteMarks.first(printed, 0, printed.length()) != 0 ? 1 : 0,
          Openers.refersBack(printed) ? 1 : 0,
          sentence.position(),
          story.segmented().sentencesIn(sentence.document()),
          sentence.document(),
          story.documentCount(),
          (float) Math.log1p(storyWords),
          (float) weight[i],
          weightOf.count(i),
          (float) cosine[i],
          cosineOf.count(i)};
      System.arraycopy(row, 0, out, o, COUNT);
      for (int f = 0; f < COUNT; f++) {
        if (off.contains(GROUP_OF[f])) {
          out[o + f] = 0;
        }
      }
    }
    return out;
  }

  /**
   * A story-wide score seen relative to the story: each value as a share of the largest, as a rank among the
   * values (0 the largest, 1 the smallest, ties share the better rank) and as a z-score. The rank is a share of
   * the story's candidates, not a count: counts (the 20th best) meant something else in a story of 250 candidates
   * than in the 15 of a Multi-News story, and ranked DUC 2003 worse still (BENCHMARKS.md).
   */
  static final class Relative {
    private final double[] values;
    private final double max;
    private final double mean;
    private final double sd;
    private final float[] rank;

    Relative(double[] values) {
      this.values = values;
      int n = values.length;
      double m = 0;
      double top = 0;
      for (double v : values) {
        m += v;
        top = Math.max(top, v);
      }
      m /= n;
      double var = 0;
      for (double v : values) {
        var += (v - m) * (v - m);
      }
      this.max = top;
      this.mean = m;
      this.sd = Math.sqrt(var / n);
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      this.rank = new float[n];
      for (int i = 0; i < n; i++) {
        // Values strictly larger than this one, over the n - 1 others.
        int above = n - upperBound(sorted, values[i]);
        rank[i] = n == 1 ? 0 : (float) above / (n - 1);
      }
    }

    private static int upperBound(double[] sorted, double v) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    float share(int i) {
      return max > 0 ? (float) (values[i] / max) : 0;
    }

    float rank(int i) {
      return rank[i];
    }

    /** How many values are strictly larger than value {@code i}. */
    float count(int i) {
      return Math.round(rank[i] * Math.max(0, values.length - 1));
    }

    float z(int i) {
      return sd > 0 ? (float) ((values[i] - mean) / sd) : 0;
    }
  }

  /** Runs of digits: numbers, dates, amounts. */
  static int numbers(String text) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean digit = Character.isDigit(text.charAt(i));
      if (digit && !in) {
        count++;
      }
      in = digit;
    }
    return count;
  }

  /** The groups named in {@code names} (comma-separated, case-insensitive); empty for none. */
  public static Set<Group> groups(String names) {
    Set<Group> out = new HashSet<>();
    if (names == null || names.isBlank()) {
      return out;
    }
    for (String name : names.split(",")) {
      String key = name.strip().toUpperCase(java.util.Locale.ROOT);
      try {
        out.add(Group.valueOf(key));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown feature group '" + name.strip() + "'; known: "
            + Arrays.toString(Group.values()).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }
}
