package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Option;
import dev.precis.model.Options;
import java.util.List;
import java.util.Map;

/**
 * Chooses the sentences of a summary. Implementations are discovered with {@link java.util.ServiceLoader}
 * and selected by {@link #name()}; each must pass the shared contract tests.
 *
 * <p>Implementations build their result with a {@link Selection}, which enforces the rules every summary
 * obeys: within budget, only candidate sentences, at most one sentence of each redundancy group.
 *
 * <p>A summarizer's settings are typed, named {@link Option}s with defaults; {@link #options()} holds the
 * values it runs with, and {@link #with(Map)} gives a copy with some set by name. Summarizers are immutable, so
 * one instance serves any number of threads.
 */
public interface Summarizer {
  /** The name users select the algorithm by, lower case. */
  String name();

  /** One line for {@code --help} and the README. */
  String description();

  /** Selects sentences of {@code story} within {@code budget}; reading order is decided later. */
  Selection select(AnalyzedStory story, Budget budget);

  /**
   * The values of this summarizer's options; {@code options().declared()} lists each with its type, default,
   * range and doc. None unless the summarizer declares some.
   */
  default Options options() {
    return Options.defaults(name(), List.of());
  }

  /**
   * This summarizer running with {@code options}, which must hold values of its own options (start from
   * {@link #options()}).
   *
   * @throws OptionException when they are another summarizer's
   */
  default Summarizer withOptions(Options options) {
    options().requireSameKind(options);
    return this;
  }

  /**
   * This summarizer with the options named in {@code values} set from their text, the others as they are.
   *
   * @throws OptionException naming the option when one is unknown or its value is not accepted
   */
  default Summarizer with(Map<String, String> values) {
    return values.isEmpty() ? this : withOptions(options().with(values));
  }

  /**
   * This summarizer with {@code option} set to {@code value}.
   *
   * @throws OptionException when the value is out of the option's range
   */
  default <T> Summarizer with(Option<T> option, T value) {
    return withOptions(options().with(option, value));
  }
}
