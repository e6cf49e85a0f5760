package dev.precis.cluster;

import dev.precis.analyze.TermAnalyzer;
import dev.precis.model.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns an article into hashed term counts and a MinHash signature, and weights the counts by an inverse document
 * frequency learned online. An article is described by its title and the first {@code lead} words of its text,
 * analyzed by the project's {@link TermAnalyzer} (stemmed, stop words left out of the vector). Terms are hashed
 * into a fixed space of {@value #BITS} bits, so the frequency table has a fixed size however long the stream.
 * Given {@link DocumentFrequencies} counted beforehand, it weighs by those instead and learns nothing.
 */
final class ArticleVectors {
  static final int BITS = 21;
  private static final int MASK = (1 << BITS) - 1;
  /** Words per shingle for copy detection. */
  private static final int SHINGLE = 4;
  /** Articles shorter than this many words get no signature: too little text to call a copy. */
  private static final int MIN_COPY_WORDS = 30;
  static final int SIGNATURE = 32;

  private final TermAnalyzer analyzer;
  private final ClusterOptions options;
  /** Frequencies learned online, or null when fixed ones are given. */
  private final DocumentFrequencies learned;
  private final DocumentFrequencies frequencies;
  private final long[] seedsA = new long[SIGNATURE];
  private final long[] seedsB = new long[SIGNATURE];

  /** @param fixed frequencies to weigh by, or null to learn them from the articles counted */
  ArticleVectors(ClusterOptions options, DocumentFrequencies fixed) {
    this.options = options;
    this.learned = fixed == null ? new DocumentFrequencies() : null;
    this.frequencies = fixed == null ? learned : fixed;
    this.analyzer = TermAnalyzer.forLanguage(options.language());
    long s = 0x5eedc105e4L;
    for (int i = 0; i < SIGNATURE; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seedsA[i] = s | 1;
      s = mix(s + 0x9E3779B97F4A7C15L);
      seedsB[i] = s;
    }
  }

  /** An analyzed article: distinct term ids ascending with their raw weights, and its copy signature or null. */
  record Terms(int[] ids, float[] counts, long[] signature) {}

  /** The terms of the article's title and lead. */
  Terms analyze(Document article) {
    Map<Integer, float[]> counts = new HashMap<>();
    long[] shingles = new long[64];
    int[] words = {0, 0}; // words seen, shingles made
    long[] window = new long[SHINGLE];
    if (article.title() != null && options.titleWeight() > 0) {
      String title = article.title();
      analyzer.analyze(title, (term, stop, start, end) -> {
        if (!stop) {
          add(counts, term, (float) options.titleWeight(), entity(title, start, term));
        }
      });
    }
    String text = article.text();
    String lead = text.substring(0, leadEnd(text, options.lead()));
    long[][] sh = {shingles};
    analyzer.analyze(lead, (term, stop, start, end) -> {
      if (!stop) {
        add(counts, term, 1f, entity(lead, start, term));
      }
      window[words[0] % SHINGLE] = term.hashCode();
      words[0]++;
      if (words[0] >= SHINGLE) {
        long h = 1125899906842597L;
        for (int k = 0; k < SHINGLE; k++) {
          h = 31 * h + window[(words[0] + k) % SHINGLE];
        }
        if (words[1] == sh[0].length) {
          sh[0] = Arrays.copyOf(sh[0], sh[0].length * 2);
        }
        sh[0][words[1]++] = mix(h);
      }
    });
    int[] ids = new int[counts.size()];
    float[] w = new float[counts.size()];
    int i = 0;
    for (Map.Entry<Integer, float[]> e : counts.entrySet()) {
      ids[i++] = e.getKey();
    }
    Arrays.sort(ids);
    for (i = 0; i < ids.length; i++) {
      float[] c = counts.get(ids[i]);
      w[i] = (float) ((1 + Math.log(c[0])) * (c[1] > 0 ? options.entityBoost() : 1));
    }
    long[] signature = words[0] < MIN_COPY_WORDS ? null : signature(sh[0], words[1]);
    return new Terms(ids, w, signature);
  }

  /** Counts the article's terms in the learned document frequencies (once per distinct term); none when fixed. */
  void count(Terms t) {
    if (learned != null) {
      learned.add(t);
    }
  }

  /** Forgets the frequencies learned so far; fixed ones stay. */
  void reset() {
    if (learned != null) {
      learned.clear();
    }
  }

  /** The article's L2-normalized TF-IDF weights, parallel to {@code t.ids()}, by the frequencies counted so far. */
  float[] weigh(Terms t) {
    float[] w = new float[t.ids.length];
    double norm = 0;
    int[] df = frequencies.df;
    long documents = frequencies.documents;
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (t.counts[i] * (Math.log((documents + 1.0) / (df[t.ids[i]] + 1.0)) + 1));
      norm += (double) w[i] * w[i];
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < w.length; i++) {
        w[i] *= inv;
      }
    }
    return w;
  }

  /** The indices of {@code weights} (all at least 0), heaviest first; ties: lower index first. */
  static int[] heaviestFirst(float[] weights) {
    // Weight bits and reversed index packed in one long, sorted ascending and read from the end.
    int n = weights.length;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) Float.floatToIntBits(weights[i]) << 32) | (n - 1 - i);
    }
    Arrays.sort(packed);
    int[] order = new int[n];
    for (int q = 0; q < n; q++) {
      order[q] = n - 1 - (int) packed[n - 1 - q];
    }
    return order;
  }

  /** Counts are {occurrences weighted, 1 when any occurrence looks like a name or number}. */
  private static void add(Map<Integer, float[]> counts, String term, float weight, boolean entity) {
    float[] c = counts.computeIfAbsent(mix(term.hashCode()) & MASK, k -> new float[2]);
    c[0] += weight;
    if (entity) {
      c[1] = 1;
    }
  }

  /**
   * Whether a token looks like a name or a number: it holds a digit, or starts with a capital letter and is not
   * the first word of a sentence or paragraph.
   */
  static boolean entity(String text, int start, String term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isDigit(term.charAt(i))) {
        return true;
      }
    }
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (!Character.isWhitespace(c) && c != '"' && c != '\u201c' && c != '\'' && c != '(') {
        return c != '.' && c != '!' && c != '?' && c != ':';
      }
    }
    return false;
  }

  /** The end of the first {@code words} whitespace-separated words of {@code text}. */
  static int leadEnd(String text, int words) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        if (n == words) {
          return i;
        }
        n++;
      }
      inWord = !space;
    }
    return text.length();
  }

  /** The MinHash signature ({@value #SIGNATURE} values) of the first {@code n} hashed items. */
  long[] signature(long[] shingles, int n) {
    long[] min = new long[SIGNATURE];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int s = 0; s < n; s++) {
      for (int i = 0; i < SIGNATURE; i++) {
        long h = mix(shingles[s] * seedsA[i] + seedsB[i]);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return min;
  }

  /** The LSH keys of a MinHash signature: for each of {@code bands} bands, its number and its {@code rows} values. */
  static long[] bandKeys(long[] signature, int bands, int rows) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long key = b;
      for (int r = 0; r < rows; r++) {
        key = mix(key * 0x9E3779B97F4A7C15L + signature[b * rows + r]);
      }
      keys[b] = key;
    }
    return keys;
  }

  /** SplitMix64's finalizer: spreads the bits of a hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int mix(int h) {
    return (int) mix((long) h);
  }
}
