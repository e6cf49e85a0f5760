package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;

/**
 * Chooses the sentences of a summary. Implementations are discovered with {@link java.util.ServiceLoader}
 * and selected by {@link #name()}; each must pass the shared contract tests.
 *
 * <p>Implementations build their result with a {@link Selection}, which enforces the rules every summary
 * obeys: within budget, only candidate sentences, at most one sentence of each redundancy group.
 */
public interface Summarizer {
  /** The name users select the algorithm by, lower case. */
  String name();

  /** One line for {@code --help} and the README. */
  String description();

  /** Selects sentences of {@code story} within {@code budget}; reading order is decided later. */
  Selection select(AnalyzedStory story, Budget budget);
}
