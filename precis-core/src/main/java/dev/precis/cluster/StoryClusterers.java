package dev.precis.cluster;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The story clustering algorithms by name, each with the option defaults it starts from.
 *
 * <ul>
 *   <li>{@code news} (the default): TF-IDF of title and lead with online idf, names and numbers weighted up, wire
 *       copies found by MinHash and counted once;
 *   <li>{@code tfidf}: the baseline, single-pass TF-IDF of title and first 300 words with one threshold (dated
 *       or not) and nothing else;
 *   <li>{@code embed}: {@code news} with sentence embeddings of title and lead in the similarity (option
 *       {@code embedding}), its thresholds and lead set for that mix: far slower (BENCHMARKS.md).
 * </ul>
 */
public final class StoryClusterers {
  public static final String DEFAULT = "news";

  private static final Map<String, ClusterOptions> ALGORITHMS = new LinkedHashMap<>();

  static {
    ALGORITHMS.put("news", ClusterOptions.defaults("news"));
    ALGORITHMS.put("tfidf", ClusterOptions.defaults("tfidf").with(Map.of("titleWeight", "1", "entityBoost", "1",
        "decay", "0", "copy", "0", "lead", "300", "threshold", "0.25", "datedThreshold", "0.25",
        "similarity", "centroid")));
    ALGORITHMS.put("embed", ClusterOptions.defaults("embed").with(Map.of("embedding", "0.3", "threshold", "0.33",
        "datedThreshold", "0.3", "lead", "300")));
  }

  private StoryClusterers() {}

  public static Set<String> names() {
    return ALGORITHMS.keySet();
  }

  /** The options algorithm {@code name} starts from. */
  public static ClusterOptions defaults(String name) {
    ClusterOptions o = ALGORITHMS.get(normalize(name));
    if (o == null) {
      throw new IllegalArgumentException("unknown clustering algorithm '" + name + "'; known: "
          + String.join(", ", ALGORITHMS.keySet()));
    }
    return o;
  }

  /** A new clusterer running algorithm {@code name} with its defaults, some replaced by {@code options}. */
  public static StoryClusterer create(String name, Map<String, String> options) {
    return new OnlineClusterer(normalize(name), defaults(name).with(options), null, ArticleEmbeddings::model);
  }

  /** A new clusterer as {@link #create(String, Map)} makes, whose option embedding uses {@code embedder}. */
  static StoryClusterer create(String name, Map<String, String> options, ArticleEmbeddings.Embedder embedder) {
    return new OnlineClusterer(normalize(name), defaults(name).with(options), null, () -> embedder);
  }

  /**
   * A new clusterer as {@link #create(String, Map)} makes, that weighs terms by {@code frequencies} counted
   * beforehand over the whole collection instead of learning them online: what each of the Spark job's blocks
   * runs, so that every block weighs a term alike.
   */
  public static StoryClusterer create(String name, Map<String, String> options, DocumentFrequencies frequencies) {
    return new OnlineClusterer(normalize(name), defaults(name).with(options), frequencies, ArticleEmbeddings::model);
  }

  private static String normalize(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
