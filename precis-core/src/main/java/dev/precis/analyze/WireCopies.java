package dev.precis.analyze;

import dev.precis.model.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Finds articles that are copies of one another: wire stories republished by several outlets with small edits
 * (a changed headline, a trimmed last paragraph, a local sentence added). Each article is reduced to the set of
 * its word 5-shingles; MinHash signatures with banded locality-sensitive hashing propose candidate pairs, and a
 * pair is a copy when the exact Jaccard similarity of the shingle sets, or the share of the shorter article's
 * shingles found in the longer one, reaches the threshold. Copies are closed transitively.
 *
 * <p>Each article is compared with at most {@link #MAX_COMPARED} earlier articles that share a band with it,
 * after looking at no more than {@link #MAX_VISITED} bucket entries, so that a story of many similar articles
 * that are not copies (which all share buckets) stays linear in its number of articles; copies are closed
 * transitively, so one found copy is enough to join a group.
 *
 * <p>Copies are kept as articles, so citations still credit every outlet; later stages count a group of copies
 * once where independence matters (document frequencies, corroboration).
 */
public final class WireCopies {
  private static final int SHINGLE = 5;
  private static final int BANDS = 20;
  private static final int ROWS = 4;
  /** Articles shorter than this many words are never called copies: too little text to tell. */
  private static final int MIN_WORDS = 40;
  /** Most distinct earlier articles one article is compared with. */
  static final int MAX_COMPARED = 32;
  /** Most bucket entries one article looks at, over all its bands. */
  static final int MAX_VISITED = 2048;

  private final double jaccard;
  private final double containment;
  private final long[] seedsA;
  private final long[] seedsB;

  /** Jaccard 0.6 or containment 0.85 over word 5-shingles. */
  public WireCopies() {
    this(0.6, 0.85);
  }

  public WireCopies(double jaccard, double containment) {
    this.jaccard = jaccard;
    this.containment = containment;
    SplittableRandom random = new SplittableRandom(0x5eed);
    seedsA = new long[BANDS * ROWS];
    seedsB = new long[BANDS * ROWS];
    for (int i = 0; i < seedsA.length; i++) {
      seedsA[i] = random.nextLong() | 1;
      seedsB[i] = random.nextLong();
    }
  }

  /**
   * For each document, the index of the first document of its copy group (itself when it has no copy), so that
   * {@code copyOf[d] == d} marks one independent article. A story with fewer than two articles long enough to
   * tell has no copies, and nothing is hashed for it.
   */
  public int[] find(List<Document> documents) {
    int n = documents.size();
    UnionFind sets = new UnionFind(n);
    if (n < 2) {
      return sets.roots();
    }
    long[][] shingles = new long[n][];
    int withShingles = 0;
    for (int d = 0; d < n; d++) {
      shingles[d] = shingles(documents.get(d).text());
      withShingles += shingles[d].length == 0 ? 0 : 1;
    }
    if (withShingles < 2) {
      return sets.roots();
    }
    return n <= MAX_COMPARED + 1 ? copiesFirst(shingles, sets) : banded(shingles, sets);
  }

  /**
   * The banded search: each article in turn is compared with the earlier ones that share a band with it, within
   * the limits.
   */
  int[] banded(long[][] shingles, UnionFind sets) {
    int n = shingles.length;
    Map<Long, IntList> buckets = new HashMap<>();
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    for (int d = 0; d < n; d++) {
      if (shingles[d].length == 0) {
        continue;
      }
      long[] keys = bandKeys(shingles[d]);
      int visited = 0;
      int compared = 0;
      for (int b = 0; b < BANDS; b++) {
        IntList bucket = buckets.computeIfAbsent(keys[b], k -> new IntList());
        for (int i = 0; i < bucket.size() && visited < MAX_VISITED && compared < MAX_COMPARED; i++, visited++) {
          int other = bucket.get(i);
          if (seenBy[other] != d && !sets.same(other, d)) {
            seenBy[other] = d;
            compared++;
            if (copies(shingles[other], shingles[d])) {
              sets.union(other, d);
            }
          }
        }
        bucket.add(d);
      }
    }
    return sets.roots();
  }

  /**
   * The groups {@link #banded} finds, for a story too small to reach its limits ({@link #MAX_COMPARED} earlier
   * articles, {@link #MAX_VISITED} bucket entries, each article having one entry per band): there every pair
   * that shares a band key is compared, so a pair is joined when it shares one and is a copy. Most pairs are
   * not copies, which the exact comparison tells for far less than the signatures cost, so those are computed
   * only for the articles of pairs that are.
   */
  int[] copiesFirst(long[][] shingles, UnionFind sets) {
    int n = shingles.length;
    long[][] keys = new long[n][];
    for (int d = 1; d < n; d++) {
      for (int other = 0; other < d; other++) {
        if (shingles[d].length > 0 && shingles[other].length > 0 && !sets.same(other, d)
            && copies(shingles[other], shingles[d])) {
          if (keys[other] == null) {
            keys[other] = bandKeys(shingles[other]);
          }
          if (keys[d] == null) {
            keys[d] = bandKeys(shingles[d]);
          }
          if (shareOne(keys[other], keys[d])) {
            sets.union(other, d);
          }
        }
      }
    }
    return sets.roots();
  }

  private static boolean shareOne(long[] a, long[] b) {
    for (long x : a) {
      for (long y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  /** The bucket key of each band of a text's MinHash signature. */
  private long[] bandKeys(long[] shingles) {
    long[] signature = signature(shingles);
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = key * 0x9E3779B97F4A7C15L + signature[b * ROWS + r];
      }
      keys[b] = key;
    }
    return keys;
  }

  /**
   * Sorted distinct hashes of the word 5-shingles of a text, or none when it is too short. Words are the runs of
   * letters and numbers of the lower-cased text; a shingle's hash is the polynomial hash (base 31) of its words'
   * characters, each word followed by a space, computed from per-word hashes in one pass over the text.
   */
  static long[] shingles(String text) {
    // Read from an array: under the C1 compiler, String.charAt on text that is not Latin-1 costs a call and a
    // range check per character.
    char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
    // Per word: the hash of its characters and a space, and 31 to the power of its length plus one.
    long[] hash = new long[64];
    long[] power = new long[64];
    int words = 0;
    long h = 0;
    long p = 1;
    boolean inWord = false;
    for (int i = 0; i < lower.length; ) {
      char c = lower[i];
      int cp = c < 0x80 ? c : Character.codePointAt(lower, i);
      int width = Character.charCount(cp);
      if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' : letterOrNumber(cp)) {
        for (int k = 0; k < width; k++) {
          h = 31 * h + lower[i + k];
          p *= 31;
        }
        inWord = true;
      } else if (inWord) {
        if (words == hash.length) {
          hash = Arrays.copyOf(hash, words * 2);
          power = Arrays.copyOf(power, words * 2);
        }
        hash[words] = 31 * h + ' ';
        power[words++] = p * 31;
        h = 0;
        p = 1;
        inWord = false;
      }
      i += width;
    }
    if (inWord) {
      if (words == hash.length) {
        hash = Arrays.copyOf(hash, words + 1);
        power = Arrays.copyOf(power, words + 1);
      }
      hash[words] = 31 * h + ' ';
      power[words++] = p * 31;
    }
    if (words < MIN_WORDS) {
      return new long[0];
    }
    long[] out = new long[words - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long s = 1125899906842597L;
      for (int k = 0; k < SHINGLE; k++) {
        s = s * power[i + k] + hash[i + k];
      }
      out[i] = mix(s);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /** Whether a code point is a letter or a number ({@code \p{L}} or {@code \p{N}}). */
  private static boolean letterOrNumber(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private long[] signature(long[] shingles) {
    long[] min = new long[seedsA.length];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < min.length; i++) {
        long h = mix(s * seedsA[i] + seedsB[i]);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return min;
  }

  boolean copies(long[] a, long[] b) {
    int overlap = SortedSets.overlap(a, b);
    return overlap >= jaccard * (a.length + b.length - overlap)
        || overlap >= containment * Math.min(a.length, b.length);
  }

  /** A 64-bit finalizer (from SplitMix64) that spreads the bits of a hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
