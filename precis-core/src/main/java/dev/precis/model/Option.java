package dev.precis.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named, typed, documented setting of an algorithm (a summarizer, a story clusterer), with its default and the
 * values it accepts (Carrot2's attributes are the model). An algorithm declares its options as constants and reads
 * their values from an {@link Options}; front ends set them by name ({@code --option seeds=5}) through
 * {@link Options#with}.
 *
 * @param <T> {@link Integer}, {@link Double}, {@link Boolean} or {@link String}
 */
public final class Option<T> {
  /** The value types an option may have. */
  public enum Type {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    TEXT;

    /** The name shown to users. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String name;
  private final Type type;
  private final T defaultValue;
  private final double min;
  private final boolean minInclusive;
  private final double max;
  private final boolean maxInclusive;
  private final String doc;
  /** What a text option accepts: a pattern over the lower-cased value, and how it reads to a user. */
  private final Pattern pattern;
  private final String patternRange;

  private Option(String name, Type type, T defaultValue, double min, boolean minInclusive, double max,
      boolean maxInclusive, String doc) {
    this(name, type, defaultValue, min, minInclusive, max, maxInclusive, doc, null, null);
  }

  private Option(String name, Type type, T defaultValue, double min, boolean minInclusive, double max,
      boolean maxInclusive, String doc, Pattern pattern, String patternRange) {
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("an option name is one lowerCamelCase word, got '" + name + "'");
    }
    this.name = name;
    this.type = type;
    this.defaultValue = Objects.requireNonNull(defaultValue);
    this.min = min;
    this.minInclusive = minInclusive;
    this.max = max;
    this.maxInclusive = maxInclusive;
    this.doc = Objects.requireNonNull(doc);
    this.pattern = pattern;
    this.patternRange = patternRange;
    if (!accepts(defaultValue)) {
      throw new IllegalArgumentException("default " + defaultValue + " of option " + name + " is not " + range());
    }
  }

  /** An integer option accepting {@code min..max}, both included. */
  public static Option<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
    return new Option<>(name, Type.INTEGER, defaultValue, min, true, max, true, doc);
  }

  /** An integer option accepting {@code min} and above. */
  public static Option<Integer> integer(String name, int defaultValue, int min, String doc) {
    return new Option<>(name, Type.INTEGER, defaultValue, min, true, Double.POSITIVE_INFINITY, false, doc);
  }

  /**
   * A decimal option accepting values between {@code min} and {@code max}; each bound is included when its flag
   * says so. An infinite bound means no bound.
   */
  public static Option<Double> decimal(String name, double defaultValue, double min, boolean minInclusive,
      double max, boolean maxInclusive, String doc) {
    return new Option<>(name, Type.DECIMAL, defaultValue, min, minInclusive, max, maxInclusive, doc);
  }

  /** A decimal option accepting {@code min} and above. */
  public static Option<Double> decimal(String name, double defaultValue, double min, String doc) {
    return decimal(name, defaultValue, min, true, Double.POSITIVE_INFINITY, false, doc);
  }

  /** A yes/no option. */
  public static Option<Boolean> bool(String name, boolean defaultValue, String doc) {
    return new Option<>(name, Type.BOOLEAN, defaultValue, 0, true, 0, true, doc);
  }

  /**
   * A text option whose lower-cased value matches {@code pattern}; {@code range} says in words what that accepts
   * ("average, centroid or link"). Values are read case-insensitively and kept in lower case.
   */
  public static Option<String> text(String name, String defaultValue, String pattern, String range, String doc) {
    return new Option<>(name, Type.TEXT, defaultValue, 0, true, 0, true, doc, Pattern.compile(pattern),
        Objects.requireNonNull(range));
  }

  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** One line saying what the option does. */
  public String doc() {
    return doc;
  }

  /** The values accepted, for messages and listings: "0 to 1", "at least 1", "above 0 and below 1", "true or false". */
  public String range() {
    if (type == Type.BOOLEAN) {
      return "true or false";
    }
    if (type == Type.TEXT) {
      return patternRange;
    }
    boolean low = Double.isFinite(min);
    boolean high = Double.isFinite(max);
    if (low && high && minInclusive && maxInclusive) {
      return bound(min) + " to " + bound(max);
    }
    String from = low ? (minInclusive ? "at least " : "above ") + bound(min) : "";
    String to = high ? (maxInclusive ? "at most " : "below ") + bound(max) : "";
    return from.isEmpty() ? (to.isEmpty() ? "any number" : to) : to.isEmpty() ? from : from + " and " + to;
  }

  private String bound(double bound) {
    return type == Type.INTEGER ? Long.toString((long) bound) : Double.toString(bound).replaceAll("\\.0$", "");
  }

  /** Whether {@code value} is one this option accepts. */
  public boolean accepts(T value) {
    if (value instanceof Boolean) {
      return type == Type.BOOLEAN;
    }
    if (value instanceof String text) {
      return type == Type.TEXT && pattern.matcher(text).matches();
    }
    if (!(value instanceof Number number) || (type == Type.INTEGER) != (value instanceof Integer)) {
      return false;
    }
    double v = number.doubleValue();
    return !Double.isNaN(v) && (minInclusive ? v >= min : v > min) && (maxInclusive ? v <= max : v < max);
  }

  /**
   * The value {@code text} stands for.
   *
   * @throws OptionException naming the option when the text is not a value of its type or is out of range
   */
  public T parse(String text) {
    String t = text.strip();
    Object value;
    try {
      value = switch (type) {
        case INTEGER -> Integer.valueOf(t);
        case DECIMAL -> Double.valueOf(t);
        case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> throw new NumberFormatException(t);
        };
        case TEXT -> t.toLowerCase(Locale.ROOT);
      };
    } catch (NumberFormatException e) {
      throw new OptionException("option " + name + " takes " + (type == Type.INTEGER ? "an " : "a ")
          + type.label() + " (" + range() + "), got '" + text + "'");
    }
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    check(typed);
    return typed;
  }

  /** {@code value} when this option accepts it; an {@link OptionException} naming the option otherwise. */
  T check(T value) {
    if (!accepts(value)) {
      throw new OptionException("option " + name + " must be " + range() + ", got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return name + " (" + type.label() + ", " + range() + ", default " + defaultValue + ")";
  }
}
