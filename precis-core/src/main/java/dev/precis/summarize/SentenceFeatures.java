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
    POSITION, LENGTH, REDUNDANCY, CONCEPTS, CENTRALITY, SURFACE, STORY
  }

  /** Column names, in row order. */
  public static final List<String> NAMES = List.of(
      "relativePosition", "position", "inversePosition", "paragraph", "firstInParagraph", "documentIndex",
      "sentencesInDocument",
      "words", "logWords", "stopShare", "compressed",
      "groupSize", "groupOutlets", "groupOutletShare",
      "conceptWeight", "conceptWeightShare", "conceptRatioShare", "meanBigramDocuments", "meanTermDocuments",
      "centroidCosine", "centroidCosineShare",
      "capitalizedWords", "numbers", "quote", "refersBack",
      "documents", "logSentences");

  private static final Group[] GROUP_OF = {
      Group.POSITION, Group.POSITION, Group.POSITION, Group.POSITION, Group.POSITION, Group.POSITION,
      Group.POSITION,
      Group.LENGTH, Group.LENGTH, Group.LENGTH, Group.LENGTH,
      Group.REDUNDANCY, Group.REDUNDANCY, Group.REDUNDANCY,
      Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS, Group.CONCEPTS,
      Group.CENTRALITY, Group.CENTRALITY,
      Group.SURFACE, Group.SURFACE, Group.SURFACE, Group.SURFACE,
      Group.STORY, Group.STORY};

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
    double[] weight = new double[n];
    double[] ratio = new double[n];
    double[] cosine = new double[n];
    double maxWeight = 0;
    double maxRatio = 0;
    double maxCosine = 0;
    for (int i = 0; i < n; i++) {
      int s = sentences[i];
      weight[i] = Concepts.gain(concepts.sentences()[s], kept, none);
      ratio[i] = weight[i] / Math.pow(Math.max(1, story.words(s)), CoverageSummarizer.COST_EXPONENT.defaultValue());
      cosine[i] = story.vector(s).dot(centroid);
      maxWeight = Math.max(maxWeight, weight[i]);
      maxRatio = Math.max(maxRatio, ratio[i]);
      maxCosine = Math.max(maxCosine, cosine[i]);
    }
    int documents = story.documentCount();
    int independent = Math.max(1, story.independentDocumentCount());
    double logSentences = Math.log1p(story.size());
    for (int i = 0; i < n; i++) {
      int s = sentences[i];
      Sentence sentence = story.sentence(s);
      String printed = story.printed(s);
      int[] tokens = story.tokens(s);
      int words = story.words(s);
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
      int[] content = story.contentTerms(s);
      double termDocs = 0;
      for (int t : content) {
        termDocs += story.documentFrequency(t);
      }
      int o = i * COUNT;
      float[] row = {
          (float) story.relativePosition(s),
          Math.min(sentence.position(), 50),
          (float) (1.0 / (1 + sentence.position())),
          Math.min(sentence.paragraph(), 50),
          firstInParagraph(story, s) ? 1 : 0,
          Math.min(sentence.document(), 50),
          Math.min(story.segmented().sentencesIn(sentence.document()), 200),
          Math.min(words, 100),
          (float) Math.log1p(words),
          tokens.length == 0 ? 0 : 1 - (float) content.length / tokens.length,
          printed.length() < sentence.text().length() ? 1 : 0,
          story.groupMembers(s).length,
          outlets.size(),
          (float) outlets.size() / independent,
          (float) weight[i],
          (float) (maxWeight > 0 ? weight[i] / maxWeight : 0),
          (float) (maxRatio > 0 ? ratio[i] / maxRatio : 0),
          (float) (bigrams == 0 ? 0 : bigramDocs / bigrams / independent),
          (float) (content.length == 0 ? 0 : termDocs / content.length / independent),
          (float) cosine[i],
          (float) (maxCosine > 0 ? cosine[i] / maxCosine : 0),
          capitalizedWords(printed),
          numbers(printed),
          QuoteMarks.first(printed, 0, printed.length()) >= 0 ? 1 : 0,
          Openers.refersBack(printed) ? 1 : 0,
          documents,
          (float) logSentences};
      System.arraycopy(row, 0, out, o, COUNT);
      for (int f = 0; f < COUNT; f++) {
        if (off.contains(GROUP_OF[f])) {
          out[o + f] = 0;
        }
      }
    }
    return out;
  }

  private static boolean firstInParagraph(AnalyzedStory story, int s) {
    Sentence sentence = story.sentence(s);
    if (sentence.position() == 0 || s == 0) {
      return true;
    }
    Sentence before = story.sentence(s - 1);
    return before.document() != sentence.document() || before.paragraph() != sentence.paragraph();
  }

  /** Words after the first that start with a capital letter: names, mostly. */
  static int capitalizedWords(String text) {
    int count = 0;
    boolean start = true;
    boolean first = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!start) {
          first = false;
        }
        start = true;
      } else {
        if (start && !first && Character.isUpperCase(c)) {
          count++;
        }
        start = false;
      }
    }
    return count;
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
