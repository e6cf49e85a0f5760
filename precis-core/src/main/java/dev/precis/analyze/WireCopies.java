package dev.precis.analyze;

import dev.precis.model.Document;
import java.util.ArrayList;
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
 * <p>Copies are kept as articles, so citations still credit every outlet; later stages count a group of copies
 * once where independence matters (document frequencies, corroboration).
 */
public final class WireCopies {
  private static final int SHINGLE = 5;
  private static final int BANDS = 20;
  private static final int ROWS = 4;
  /** Articles shorter than this many words are never called copies: too little text to tell. */
  private static final int MIN_WORDS = 40;

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
   * {@code copyOf[d] == d} marks one independent article.
   */
  public int[] find(List<Document> documents) {
    int n = documents.size();
    long[][] shingles = new long[n][];
    for (int d = 0; d < n; d++) {
      shingles[d] = shingles(documents.get(d).text());
    }
    UnionFind sets = new UnionFind(n);
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int d = 0; d < n; d++) {
      if (shingles[d].length == 0) {
        continue;
      }
      long[] signature = signature(shingles[d]);
      for (int b = 0; b < BANDS; b++) {
        long key = b;
        for (int r = 0; r < ROWS; r++) {
          key = key * 0x9E3779B97F4A7C15L + signature[b * ROWS + r];
        }
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (int other : bucket) {
          if (!sets.same(other, d) && copies(shingles[other], shingles[d])) {
            sets.union(other, d);
          }
        }
        bucket.add(d);
      }
    }
    return sets.roots();
  }

  /** Sorted distinct hashes of the word 5-shingles of a text, or none when it is too short. */
  static long[] shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>(words.length);
    for (String word : words) {
      if (!word.isEmpty()) {
        w.add(word);
      }
    }
    if (w.size() < MIN_WORDS) {
      return new long[0];
    }
    long[] out = new long[w.size() - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < SHINGLE; k++) {
        String word = w.get(i + k);
        for (int c = 0; c < word.length(); c++) {
          h = 31 * h + word.charAt(c);
        }
        h = 31 * h + ' ';
      }
      out[i] = mix(h);
    }
    return Arrays.stream(out).distinct().sorted().toArray();
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
