package dev.precis.cluster;

import dev.precis.model.Document;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;

/**
 * How many articles of a collection hold each term, as the clusterer analyzes an article (title and lead, stemmed,
 * hashed into {@value ArticleVectors#BITS} bits): the inverse document frequencies a clusterer uses instead of
 * learning them online ({@link StoryClusterers#create(String, java.util.Map, DocumentFrequencies)}), so that
 * clusterers run on parts of a collection (the Spark job's blocks) weigh terms alike. Counted per part and
 * {@link #merge merged}. Not thread-safe; serializable, to be shipped to other machines.
 */
public final class DocumentFrequencies implements Serializable {
  private static final long serialVersionUID = 1L;

  final int[] df = new int[1 << ArticleVectors.BITS];
  long documents;

  /** No articles counted yet. */
  public DocumentFrequencies() {}

  /** The frequencies of {@code articles}, analyzed as {@code options} say (language, lead, title weight). */
  public static DocumentFrequencies count(Iterator<Document> articles, ClusterOptions options) {
    ArticleVectors vectors = new ArticleVectors(options, null);
    DocumentFrequencies f = new DocumentFrequencies();
    while (articles.hasNext()) {
      f.add(vectors.analyze(articles.next()));
    }
    return f;
  }

  void add(ArticleVectors.Terms t) {
    documents++;
    for (int id : t.ids()) {
      df[id]++;
    }
  }

  void clear() {
    Arrays.fill(df, 0);
    documents = 0;
  }

  /** Adds the counts of {@code other} to these; returns this. */
  public DocumentFrequencies merge(DocumentFrequencies other) {
    for (int i = 0; i < df.length; i++) {
      df[i] += other.df[i];
    }
    documents += other.documents;
    return this;
  }

  /** Articles counted. */
  public long documents() {
    return documents;
  }
}
