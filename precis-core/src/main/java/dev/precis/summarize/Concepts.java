package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.Vocabulary;
import dev.precis.model.Option;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The concepts of the concept-coverage summarizers (Gillick and Favre 2009; {@link ConceptIlpSummarizer},
 * {@link CoverageSummarizer}): word bigrams over each sentence's stemmed tokens, stop words kept inside a bigram
 * but bigrams of two stop words left out (tokens carry no punctuation, so a bigram may span a comma), and
 * optionally single content terms (unigrams).
 *
 * <p>A concept is counted once per document it occurs in, or once per sentence when the story has too few
 * documents for document frequency to mean much. Concept ids are dense, 0 to {@link #size()} - 1, in order of
 * first occurrence; each sentence lists its distinct concepts in order of first occurrence, bigrams before
 * unigrams.
 */
final class Concepts {
  private final int size;
  private final int[][] sentences;
  private final int[] count;
  private final double[] sum;
  private final boolean[] unigram;
  private final boolean byDocuments;
  private final int documents;

  private Concepts(int size, int[][] sentences, int[] count, double[] sum, boolean[] unigram,
      boolean byDocuments, int documents) {
    this.size = size;
    this.sentences = sentences;
    this.count = count;
    this.sum = sum;
    this.unigram = unigram;
    this.byDocuments = byDocuments;
    this.documents = documents;
  }

  /** Below this many documents, concepts count sentences instead; an option of the concept summarizers. */
  static final Option<Integer> DOCUMENTS_FOR_DOCUMENT_FREQUENCY = Option.integer("documentsForDocumentFrequency", 4,
      1, "concept weights count documents from this many documents on, sentences below");
  /** See {@link #minCount(int, double)}; an option of the concept summarizers. */
  static final Option<Integer> MIN_COUNT = Option.integer("minCount", 2, 1,
      "concepts counted fewer times than this are dropped (1 keeps all)");
  /** See {@link #minCount(int, double)}; an option of the concept summarizers. */
  static final Option<Double> MIN_SHARE = Option.decimal("minShare", 0.3, 0, true, 1, true,
      "with document counts, concepts must also be in this share of the documents");
  /** Whether budget the search leaves is spent greedily on every concept; an option of the concept summarizers. */
  static final Option<Boolean> FILL = Option.bool("fill", true,
      "spend budget the search leaves on the sentences adding the most concept weight, dropped concepts included");

  /**
   * Extracts the concepts of {@code story}.
   *
   * @param documentsForDocumentFrequency occurrences count documents from this many documents on, sentences
   *     below
   * @param unigrams whether single content terms are concepts too
   * @param occurrenceValue per sentence, what each occurrence counted in it adds to {@link #sum}
   */
  static Concepts of(AnalyzedStory story, int documentsForDocumentFrequency, boolean unigrams,
      IntToDoubleFunction occurrenceValue) {
    int n = story.size();
    Vocabulary vocabulary = story.vocabulary();
    boolean[] stop = new boolean[vocabulary.size()];
    for (int t = 0; t < stop.length; t++) {
      stop[t] = vocabulary.isStopWord(t);
    }
    int independent = story.independentDocumentCount();
    boolean byDocuments = independent >= documentsForDocumentFrequency;

    LongIntMap ids = new LongIntMap(1024);
    int[] count = new int[256];
    double[] sum = new double[256];
    boolean[] unigram = new boolean[256];
    int[] lastSentence = new int[256];
    int[] lastDoc = new int[256];
    Arrays.fill(lastSentence, -1);
    Arrays.fill(lastDoc, -1);
    int[][] sentences = new int[n][];
    int[] buffer = new int[64];
    for (int s = 0; s < n; s++) {
      int[] tokens = story.tokens(s);
      int doc = story.sentence(s).document();
      double value = occurrenceValue.applyAsDouble(s);
      int distinct = 0;
      int items = tokens.length + (unigrams ? tokens.length : 0);
      for (int k = 0; k < items; k++) {
        long key;
        boolean uni = k >= tokens.length;
        if (uni) {
          int t = tokens[k - tokens.length];
          if (stop[t]) {
            continue;
          }
          key = ((long) t << 32) | 0xffffffffL;
        } else {
          if (k + 1 >= tokens.length) {
            continue;
          }
          int a = tokens[k];
          int b = tokens[k + 1];
          if (stop[a] && stop[b]) {
            continue;
          }
          key = ((long) a << 32) | (b & 0xffffffffL);
        }
        int id = ids.getOrAdd(key);
        if (id >= count.length) {
          int grown = count.length * 2;
          count = Arrays.copyOf(count, grown);
          sum = Arrays.copyOf(sum, grown);
          unigram = Arrays.copyOf(unigram, grown);
          lastSentence = Arrays.copyOf(lastSentence, grown);
          lastDoc = Arrays.copyOf(lastDoc, grown);
          Arrays.fill(lastSentence, grown / 2, grown, -1);
          Arrays.fill(lastDoc, grown / 2, grown, -1);
        }
        unigram[id] = uni;
        if (lastSentence[id] == s) {
          continue;
        }
        lastSentence[id] = s;
        // A copy of another article (republished wire copy) adds no document count of its own.
        if (!byDocuments || lastDoc[id] != doc && story.copyOf(doc) == doc) {
          lastDoc[id] = doc;
          count[id]++;
          sum[id] += value;
        }
        if (distinct == buffer.length) {
          buffer = Arrays.copyOf(buffer, distinct * 2);
        }
        buffer[distinct++] = id;
      }
      sentences[s] = Arrays.copyOf(buffer, distinct);
    }
    int size = ids.size();
    return new Concepts(size, sentences, Arrays.copyOf(count, size), Arrays.copyOf(sum, size),
        Arrays.copyOf(unigram, size), byDocuments, independent);
  }

  /** How many distinct concepts the story has. */
  int size() {
    return size;
  }

  /** Per sentence, its distinct concept ids in order of first occurrence. Shared, not a copy. */
  int[][] sentences() {
    return sentences;
  }

  /** Per concept, how many documents (or sentences, see {@link #byDocuments()}) it was counted in: at least 1. */
  int[] count() {
    return count;
  }

  /** Per concept, the sum of the occurrence values of the sentences it was counted in, in sentence order. */
  double[] sum() {
    return sum;
  }

  /** Per concept, whether it is a single term rather than a bigram. */
  boolean[] unigram() {
    return unigram;
  }

  /** Whether {@link #count()} counts documents (true) or sentences. */
  boolean byDocuments() {
    return byDocuments;
  }

  /**
   * The least count a concept needs to be kept: {@code max(min, ceil(minShare x documents))} when counting
   * documents, {@code min} when counting sentences.
   */
  int minCount(int min, double minShare) {
    return byDocuments ? Math.max(min, (int) Math.ceil(minShare * documents - 1e-9)) : min;
  }

  /** {@code weight} with every concept counted fewer than {@code min} times set to 0. */
  double[] keepCounted(double[] weight, int min) {
    double[] kept = new double[size];
    for (int c = 0; c < size; c++) {
      kept[c] = count[c] >= min ? weight[c] : 0;
    }
    return kept;
  }

  /** The summed weight of those of {@code concepts} not yet covered. */
  static double gain(int[] concepts, double[] weight, boolean[] covered) {
    double g = 0;
    for (int c : concepts) {
      if (!covered[c]) {
        g += weight[c];
      }
    }
    return g;
  }

  /** Open-addressing map from long keys to dense int ids 0, 1, 2, ... in insertion order. */
  private static final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int capacity) {
      int cap = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
      keys = new long[cap];
      values = new int[cap];
      Arrays.fill(values, -1);
    }

    int size() {
      return size;
    }

    int getOrAdd(long key) {
      int mask = keys.length - 1;
      int i = hash(key) & mask;
      while (values[i] >= 0) {
        if (keys[i] == key) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = size++;
      if (size * 2 > keys.length) {
        grow();
      }
      return size - 1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(values, -1);
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldValues[k] >= 0) {
          int i = hash(oldKeys[k]) & mask;
          while (values[i] >= 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[k];
          values[i] = oldValues[k];
        }
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
