package dev.precis.summarize;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The summarizers on the class path, found with {@link ServiceLoader} and looked up by name. The name
 * {@value #DEFAULT} stands for the best summarizer as measured (see BENCHMARKS.md).
 */
public final class Summarizers {
  public static final String DEFAULT = "default";
  /** The summarizer {@value #DEFAULT} stands for. */
  public static final String DEFAULT_ALGORITHM = "learned";

  private static final Map<String, Summarizer> ALL = load();

  private Summarizers() {}

  private static Map<String, Summarizer> load() {
    Map<String, Summarizer> byName = new TreeMap<>();
    for (Summarizer s : ServiceLoader.load(Summarizer.class, Summarizers.class.getClassLoader())) {
      if (byName.putIfAbsent(s.name(), s) != null) {
        throw new IllegalStateException("two summarizers are named " + s.name());
      }
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All summarizers by name, in name order. */
  public static Map<String, Summarizer> all() {
    return ALL;
  }

  /** The summarizer called {@code name} ({@value #DEFAULT} included). */
  public static Summarizer get(String name) {
    String key = name == null ? DEFAULT : name.toLowerCase(Locale.ROOT);
    if (key.equals(DEFAULT)) {
      key = DEFAULT_ALGORITHM;
    }
    Summarizer s = ALL.get(key);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown algorithm '" + name + "'; known: " + DEFAULT + ", " + String.join(", ", ALL.keySet()));
    }
    return s;
  }
}
