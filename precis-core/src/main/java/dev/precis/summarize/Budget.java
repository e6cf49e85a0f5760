package dev.precis.summarize;

import dev.precis.model.Words;

/**
 * How long a summary may be. A summary never exceeds its budget and never cuts a sentence.
 *
 * @param unit what is counted
 * @param limit the most units allowed, at least 1
 */
public record Budget(Unit unit, int limit) {
  /** What a budget counts. */
  public enum Unit {
    WORDS,
    SENTENCES,
    /** Characters of the summary text, sentences joined by one space. */
    CHARACTERS
  }

  public static final int DEFAULT_WORDS = 150;

  public Budget {
    if (unit == null) {
      throw new IllegalArgumentException("budget unit missing");
    }
    if (limit < 1) {
      throw new IllegalArgumentException(
          "a budget must be at least 1 " + unit.name().toLowerCase() + ", got " + limit);
    }
  }

  public static Budget words(int n) {
    return new Budget(Unit.WORDS, n);
  }

  public static Budget sentences(int n) {
    return new Budget(Unit.SENTENCES, n);
  }

  public static Budget characters(int n) {
    return new Budget(Unit.CHARACTERS, n);
  }

  /**
   * What one sentence costs. Characters include the joining space, so the limit is checked against the cost sum
   * minus one.
   */
  public int cost(String sentenceText, int words) {
    return switch (unit) {
      case WORDS -> words;
      case SENTENCES -> 1;
      case CHARACTERS -> sentenceText.length() + 1;
    };
  }

  public int cost(String sentenceText) {
    return cost(sentenceText, unit == Unit.WORDS ? Words.count(sentenceText) : 0);
  }

  /** The capacity that cost sums are compared with. */
  public int capacity() {
    return unit == Unit.CHARACTERS ? limit + 1 : limit;
  }

  @Override
  public String toString() {
    return limit + " " + unit.name().toLowerCase();
  }
}
