package dev.precis.cluster;

import dev.precis.model.Option;
import dev.precis.model.OptionException;
import dev.precis.model.Options;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed, named options of a story clusterer: the summarizers' {@link Option}s and {@link Options}, so that
 * {@code --option NAME=VALUE} reads, checks and reports them the same way for both.
 *
 * <p>The window rule: a dated article moves the clock to its date (the clock never goes back), and a story closes
 * once its newest dated article is more than {@link #WINDOW} days older than the clock. Independently, a story
 * closes once {@link #HORIZON} articles have arrived after its newest one; for an undated stream that is the only
 * window.
 *
 * <p>The date rule: a dated article joins a story at {@link #DATED_THRESHOLD}, one without a date at
 * {@link #THRESHOLD}. Dated wire streams (the TDT-style development stream) group broader topics whose articles
 * share fewer words, and undated web streams (Multi-News) need the stricter bar. The defaults were chosen on the
 * two development streams (see BENCHMARKS.md).
 */
public final class ClusterOptions {
  public static final Option<Double> WINDOW = Option.decimal("window", 90, 0, false, 3650, true,
      "a story closes when its newest dated article is this many days older than the newest date seen");
  public static final Option<Integer> HORIZON = Option.integer("horizon", 50_000, 1, 100_000_000,
      "a story closes when this many articles arrived after its newest one (the window of undated streams)");
  public static final Option<Double> THRESHOLD = Option.decimal("threshold", 0.23, 0, false, 1, true,
      "least similarity with which an article joins an open story instead of opening one");
  public static final Option<Double> DATED_THRESHOLD = Option.decimal("datedThreshold", 0.18, 0, false, 1, true,
      "least similarity with which a dated article joins an open story (an article without a date: threshold)");
  public static final Option<String> SIMILARITY = Option.text("similarity", "link", "average|centroid|link",
      "average, centroid or link", "average: mean cosine with the story's articles; centroid: cosine with their"
          + " sum; link: mean of the average and the cosine with the most similar article");
  public static final Option<Integer> LEAD = Option.integer("lead", 500, 1, 100_000,
      "words of the text, after the title, that describe an article");
  public static final Option<Double> TITLE_WEIGHT = Option.decimal("titleWeight", 2, 0, true, 10, true,
      "how many times a title word counts");
  public static final Option<Double> ENTITY_BOOST = Option.decimal("entityBoost", 2, 1, true, 10, true,
      "factor on the weight of capitalized names and numbers");
  public static final Option<Double> DECAY = Option.decimal("decay", 0, 0, true, 3650, true,
      "days in which the similarity to a story falls by a factor e; 0 for none");
  public static final Option<Double> COPY = Option.decimal("copy", 0.5, 0, true, 1, true,
      "estimated Jaccard similarity of word shingles above which an article is a wire copy; 0 for off");
  public static final Option<String> LANGUAGE = Option.text("language", "en", "[a-z]{2,3}",
      "a language code such as en", "language of the analyzer (stemmer and stop words)");

  public static final Option<Double> EMBEDDING = Option.decimal("embedding", 0, 0, true, 1, true,
      "share of the sentence-embedding similarity in the similarity to a story, the rest being TF-IDF's;"
          + " 0 for off (the embedding model is then never loaded)");
  public static final Option<Integer> EMBEDDING_LEAD = Option.integer("embeddingLead", 100, 1, 1_000,
      "words of the text, after the title, that the sentence embedding reads");

  /** Every option, in the order they are listed. */
  public static final List<Option<?>> OPTIONS = List.of(WINDOW, HORIZON, THRESHOLD, DATED_THRESHOLD,
      SIMILARITY, LEAD,
      TITLE_WEIGHT, ENTITY_BOOST, DECAY, COPY, LANGUAGE, EMBEDDING, EMBEDDING_LEAD);

  /** How an article is compared with a story. */
  public enum Similarity {
    /**
     * The mean cosine similarity with the story's articles (group average): it does not grow with the story, so
     * one threshold suits a story of one article and one of fifty.
     */
    AVERAGE,
    /** The cosine similarity with the sum of the story's article vectors. */
    CENTROID,
    /** The mean of the group average and the cosine with the story's most similar article. */
    LINK
  }

  private final Options values;

  private ClusterOptions(Options values) {
    this.values = values;
  }

  /**
   * Every option at its default.
   *
   * @param owner the algorithm's name, for messages
   */
  public static ClusterOptions defaults(String owner) {
    return new ClusterOptions(Options.defaults(owner, OPTIONS));
  }

  /**
   * These options with the ones named in {@code byName} set from their text, the others unchanged.
   *
   * @throws OptionException naming the option, for an unknown name or a value it does not accept
   */
  public ClusterOptions with(Map<String, String> byName) {
    return new ClusterOptions(values.with(byName));
  }

  /** Every value by option name, in the order of {@link #OPTIONS}, as text that {@link #with} reads back. */
  public Map<String, String> toMap() {
    return values.asMap();
  }

  public double window() {
    return values.get(WINDOW);
  }

  public int horizon() {
    return values.get(HORIZON);
  }

  public double threshold() {
    return values.get(THRESHOLD);
  }

  public double datedThreshold() {
    return values.get(DATED_THRESHOLD);
  }

  /** The least similarity with which an article joins an open story: {@link #DATED_THRESHOLD} when it is dated. */
  public double threshold(boolean dated) {
    return dated ? datedThreshold() : threshold();
  }

  public Similarity similarity() {
    return Similarity.valueOf(values.get(SIMILARITY).toUpperCase(Locale.ROOT));
  }

  public int lead() {
    return values.get(LEAD);
  }

  public double titleWeight() {
    return values.get(TITLE_WEIGHT);
  }

  public double entityBoost() {
    return values.get(ENTITY_BOOST);
  }

  public double decay() {
    return values.get(DECAY);
  }

  public double copy() {
    return values.get(COPY);
  }

  public String language() {
    return values.get(LANGUAGE);
  }

  public double embedding() {
    return values.get(EMBEDDING);
  }

  public int embeddingLead() {
    return values.get(EMBEDDING_LEAD);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterOptions other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
