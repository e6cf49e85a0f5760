package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences a summarizer has chosen, built one by one. It refuses what would break a summary's rules: a
 * sentence that is not a candidate, a second sentence of one redundancy group, or one that does not fit the
 * budget.
 */
public final class Selection {
  /** A chosen sentence and the score it was chosen with. */
  public record Item(int sentence, double score) {}

  private final AnalyzedStory story;
  private final Budget budget;
  private final List<Item> items = new ArrayList<>();
  private final Set<Integer> groups = new HashSet<>();
  private int used;

  public Selection(AnalyzedStory story, Budget budget) {
    this.story = story;
    this.budget = budget;
  }

  public Budget budget() {
    return budget;
  }

  /** What sentence {@code s} costs in this budget's unit. */
  public int cost(int s) {
    return budget.cost(story.printed(s), story.words(s));
  }

  /** Capacity left, in cost units. */
  public int remaining() {
    return budget.capacity() - used;
  }

  public boolean fits(int s) {
    return cost(s) <= remaining();
  }

  /** True when {@code s} may be added now. */
  public boolean canAdd(int s) {
    return story.isCandidate(s) && !groups.contains(story.group(s)) && fits(s);
  }

  /** True when the redundancy group of {@code s} is already represented. */
  public boolean coversGroupOf(int s) {
    return groups.contains(story.group(s));
  }

  /** Adds {@code s} when allowed; returns whether it was added. */
  public boolean add(int s, double score) {
    if (!canAdd(s)) {
      return false;
    }
    items.add(new Item(s, score));
    groups.add(story.group(s));
    used += cost(s);
    return true;
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public int size() {
    return items.size();
  }

  /** Chosen sentences in the order they were added. */
  public List<Item> items() {
    return Collections.unmodifiableList(items);
  }
}
