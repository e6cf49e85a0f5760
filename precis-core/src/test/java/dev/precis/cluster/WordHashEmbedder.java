package dev.precis.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A cheap stand-in for the sentence embedding model in tests that cluster tens of thousands of generated articles
 * (the model embeds about 60 articles per CPU second): each lower-cased word is a fixed random direction, the text
 * their normalized sum, so texts sharing words point alike. It counts its calls.
 */
final class WordHashEmbedder implements ArticleEmbeddings.Embedder {
  static final int DIMENSIONS = 64;
  private final Map<String, float[]> directions = new HashMap<>();
  int calls;

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public synchronized float[] embed(String text) {
    calls++;
    float[] v = new float[DIMENSIONS];
    for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!word.isEmpty()) {
        ArticleEmbeddings.add(v, directions.computeIfAbsent(word, WordHashEmbedder::direction), 1);
      }
    }
    double norm = Math.sqrt(ArticleEmbeddings.dot(v, v));
    for (int d = 0; d < DIMENSIONS; d++) {
      v[d] /= (float) norm;
    }
    return v;
  }

  private static float[] direction(String word) {
    SplittableRandom r = new SplittableRandom(word.hashCode());
    float[] d = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      d[i] = (float) r.nextGaussian();
    }
    return d;
  }
}
