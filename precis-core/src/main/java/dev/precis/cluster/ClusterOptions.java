package dev.precis.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The typed, named options of a story clusterer. Each option has a name (as given to
 * {@code --option NAME=VALUE}), a type, a default, a range and a one-line description ({@link #OPTIONS}).
 *
 * <p>The window rule: a dated article moves the clock to its date (the clock never goes back), and a story closes
 * once its newest dated article is more than {@code window} days older than the clock. Independently, a story
 * closes once {@code horizon} articles have arrived after its newest one; for an undated stream that is the only
 * window. The defaults were chosen on the two development streams (see BENCHMARKS.md).
 *
 * @param window days a story stays open after its newest dated article
 * @param horizon articles a story stays open after its newest article, dated or not
 * @param threshold least similarity with which an article joins a story rather than opening one
 * @param similarity how an article is compared with a story
 * @param lead words of an article's text (after the title) that describe it
 * @param titleWeight how many times a title word counts
 * @param entityBoost factor on the weight of names and numbers
 * @param decay days in which the similarity to a story falls by a factor e (0: no decay)
 * @param copy share of shared word shingles above which an article is a wire copy of an open one (0: off)
 * @param language ISO 639-1 code of the analyzer (stemming, stop words)
 */
public record ClusterOptions(double window, int horizon, double threshold, Similarity similarity, int lead,
    double titleWeight, double entityBoost, double decay, double copy, String language) {

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
    LINK;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** An option's description. */
  public record Option(String name, String type, String defaultValue, String range, String doc) {}

  /** The defaults of the default algorithm. */
  public static final ClusterOptions DEFAULTS = new ClusterOptions(90, 50_000, 0.23,
      Similarity.LINK, 300, 2, 2, 0, 0.5, "en");

  /** Every option, in the order of the record's components. */
  public static final List<Option> OPTIONS = List.of(
      new Option("window", "days", fmt(DEFAULTS.window), "(0, 3650]",
          "a story closes when its newest dated article is this many days older than the newest date seen"),
      new Option("horizon", "articles", fmt(DEFAULTS.horizon), "[1, 100000000]",
          "a story closes when this many articles arrived after its newest one (the window of undated streams)"),
      new Option("threshold", "similarity", fmt(DEFAULTS.threshold), "(0, 1]",
          "least cosine similarity with which an article joins an open story instead of opening one"),
      new Option("similarity", "average|centroid|link", DEFAULTS.similarity.label(), "average, centroid, link",
          "average: mean cosine with the story's articles; centroid: cosine with their sum"),
      new Option("lead", "words", fmt(DEFAULTS.lead), "[1, 100000]",
          "words of the text, after the title, that describe an article"),
      new Option("title-weight", "factor", fmt(DEFAULTS.titleWeight), "[0, 10]",
          "how many times a title word counts"),
      new Option("entity-boost", "factor", fmt(DEFAULTS.entityBoost), "[1, 10]",
          "factor on the weight of capitalized names and numbers"),
      new Option("decay", "days", fmt(DEFAULTS.decay), "[0, 3650]",
          "days in which the similarity to a story falls by a factor e; 0 for none"),
      new Option("copy", "share", fmt(DEFAULTS.copy), "[0, 1]",
          "estimated Jaccard similarity of word shingles above which an article is a wire copy; 0 for off"),
      new Option("language", "code", DEFAULTS.language, "ISO 639-1",
          "language of the analyzer (stemmer and stop words)"));

  public ClusterOptions {
    check("window", window, 0, 3650, false);
    check("horizon", horizon, 1, 100_000_000, true);
    check("threshold", threshold, 0, 1, false);
    if (similarity == null) {
      throw new IllegalArgumentException("option similarity: missing");
    }
    check("lead", lead, 1, 100_000, true);
    check("title-weight", titleWeight, 0, 10, true);
    check("entity-boost", entityBoost, 1, 10, true);
    check("decay", decay, 0, 3650, true);
    check("copy", copy, 0, 1, true);
    if (language == null || !language.matches("[a-zA-Z]{2,3}")) {
      throw new IllegalArgumentException("option language: '" + language + "' is not a language code such as en");
    }
    language = language.toLowerCase(Locale.ROOT);
  }

  /** These options with some replaced by {@code values}, names as in {@link #OPTIONS}. */
  public ClusterOptions with(Map<String, String> values) {
    Map<String, String> all = new LinkedHashMap<>(toMap());
    for (Map.Entry<String, String> e : values.entrySet()) {
      String name = e.getKey().strip().toLowerCase(Locale.ROOT);
      if (!all.containsKey(name)) {
        throw new IllegalArgumentException("unknown option '" + e.getKey() + "'; known: "
            + OPTIONS.stream().map(Option::name).collect(Collectors.joining(", ")));
      }
      all.put(name, e.getValue() == null ? "" : e.getValue().strip());
    }
    return new ClusterOptions(number(all, "window", Double::parseDouble), whole(all, "horizon"),
        number(all, "threshold", Double::parseDouble), similarity(all.get("similarity")), whole(all, "lead"),
        number(all, "title-weight", Double::parseDouble), number(all, "entity-boost", Double::parseDouble),
        number(all, "decay", Double::parseDouble), number(all, "copy", Double::parseDouble), all.get("language"));
  }

  /** The default options with some replaced by {@code values}. */
  public static ClusterOptions fromMap(Map<String, String> values) {
    return DEFAULTS.with(values);
  }

  /** Every option by name, as text that {@link #fromMap} reads back. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("window", fmt(window));
    m.put("horizon", fmt(horizon));
    m.put("threshold", fmt(threshold));
    m.put("similarity", similarity.label());
    m.put("lead", fmt(lead));
    m.put("title-weight", fmt(titleWeight));
    m.put("entity-boost", fmt(entityBoost));
    m.put("decay", fmt(decay));
    m.put("copy", fmt(copy));
    m.put("language", language);
    return m;
  }

  private static Similarity similarity(String v) {
    for (Similarity s : Similarity.values()) {
      if (s.label().equals(v.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("option similarity: '" + v + "' is not one of average, centroid, link");
  }

  private static double number(Map<String, String> m, String name, Function<String, Double> parse) {
    String v = m.get(name);
    try {
      double d = parse.apply(v);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + ": '" + v + "' is not a number");
    }
  }

  /** A whole number, clamped to the int range (the range check then names the option). */
  private static int whole(Map<String, String> m, String name) {
    String v = m.get(name);
    try {
      long n = Long.parseLong(v.replace("_", "").replace(",", ""));
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + ": '" + v + "' is not a whole number");
    }
  }

  private static void check(String name, double v, double min, double max, boolean minIncluded) {
    if (Double.isNaN(v) || v > max || v < min || (!minIncluded && v == min)) {
      String range = OPTIONS == null ? "" : OPTIONS.stream().filter(o -> o.name().equals(name)).findFirst()
          .map(Option::range).orElse("");
      throw new IllegalArgumentException("option " + name + ": " + fmt(v) + " is out of range " + range);
    }
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
