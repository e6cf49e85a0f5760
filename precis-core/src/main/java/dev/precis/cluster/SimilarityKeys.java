package dev.precis.cluster;

import dev.precis.model.Document;
import java.util.Map;

/**
 * Locality-sensitive keys of an article for blocking a large collection, so that articles likely to share a story
 * share a key and no one compares all pairs (the Spark job). The article's {@code terms} heaviest terms, weighed
 * as the clusterer weighs them by fixed {@link DocumentFrequencies}, form a set; each band holds {@code rows}
 * MinHash functions, and the band's number with the set's minimum under each of them is a key. Two articles whose
 * sets have Jaccard similarity J share at least one key with probability 1 - (1 - J^rows)^bands: more rows make
 * keys rarer (smaller buckets, fewer chance links), more bands find more of the similar pairs. An article without
 * terms has no keys. Thread-safe once made.
 */
public final class SimilarityKeys {
  private final ArticleVectors vectors;
  private final int terms;
  private final int bands;
  private final int rows;

  /**
   * @param algorithm the clustering algorithm whose analysis is used ({@link StoryClusterers})
   * @param options its options, as given to the clusterer
   * @param terms heaviest terms per article that make its set, at least 1
   * @param bands keys per article
   * @param rows MinHash functions per band; bands times rows at most {@value ArticleVectors#SIGNATURE}
   */
  public SimilarityKeys(String algorithm, Map<String, String> options, DocumentFrequencies frequencies, int terms,
      int bands, int rows) {
    if (terms < 1 || bands < 1 || rows < 1 || bands * rows > ArticleVectors.SIGNATURE) {
      throw new IllegalArgumentException("terms, bands and rows must be at least 1 and bands times rows at most "
          + ArticleVectors.SIGNATURE + ", got " + terms + ", " + bands + " and " + rows);
    }
    this.vectors = new ArticleVectors(StoryClusterers.defaults(algorithm).with(options), frequencies);
    this.terms = terms;
    this.bands = bands;
    this.rows = rows;
  }

  /** The article's keys, one per band (fewer only when two bands pick the same key, which is left in). */
  public long[] keys(Document article) {
    ArticleVectors.Terms t = vectors.analyze(article);
    int n = t.ids().length;
    if (n == 0) {
      return new long[0];
    }
    int[] order = ArticleVectors.heaviestFirst(vectors.weigh(t));
    int k = Math.min(terms, n);
    long[] set = new long[k];
    for (int q = 0; q < k; q++) {
      set[q] = t.ids()[order[q]];
    }
    return ArticleVectors.bandKeys(vectors.signature(set, k), bands, rows);
  }
}
