package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Sentence;
import dev.precis.text.Openers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a summary sentence that points back depends on. A sentence depends on what came before it when it opens
 * with a word or phrase that refers to something said before ({@link Openers#dependsOnWhatCameBefore}: "He",
 * "These", "The Americans in question", not "There was"); what it refers to is most likely in one of the
 * {@value #REACH} sentences its own article puts just before it, its antecedents. A summary sentence
 * <em>dangles</em> when it depends on what came before and none of its antecedents is printed before it: the
 * reader meets "He" with nobody introduced.
 *
 * <p>An editor mends such a sentence by printing its antecedent too, when there is room ({@link #introduce}),
 * or by leaving it out for the next best sentence (the caller selects again without it, see {@link
 * dev.precis.Precis#summarize(AnalyzedStory, Summarizer, Budget)}). A leading connective ("But", "However,") is
 * already cut by the compressor, so a sentence that only opened with one no longer points back.
 */
public final class Antecedents {
  /** How far back in its article a sentence that points back looks for what it points to, in sentences. */
  public static final int REACH = 2;

  private Antecedents() {}

  /** Whether sentence {@code s} of {@code story}, as printed, depends on what came before it to be understood. */
  public static boolean dependsOnWhatCameBefore(AnalyzedStory story, int s) {
    return Openers.dependsOnWhatCameBefore(story.printed(s));
  }

  /** Whether {@code antecedent} is one of the {@value #REACH} sentences {@code sentence}'s article puts before it. */
  public static boolean isAntecedent(Sentence antecedent, Sentence sentence) {
    return antecedent.document() == sentence.document() && antecedent.position() < sentence.position()
        && antecedent.position() >= sentence.position() - REACH;
  }

  /**
   * Whether sentence {@code i} of a summary, whose sentences in reading order are {@code printed} (sentence
   * indices of {@code story}), depends on what came before with none of its antecedents printed before it.
   */
  public static boolean dangles(AnalyzedStory story, List<Integer> printed, int i) {
    int s = printed.get(i);
    if (!dependsOnWhatCameBefore(story, s)) {
      return false;
    }
    Sentence own = story.sentence(s);
    for (int j = 0; j < i; j++) {
      if (isAntecedent(story.sentence(printed.get(j)), own)) {
        return false;
      }
    }
    return true;
  }

  /** The sentences of a summary in reading order that dangle. */
  public static Set<Integer> dangling(AnalyzedStory story, List<Selection.Item> ordered) {
    List<Integer> printed = ordered.stream().map(Selection.Item::sentence).toList();
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < printed.size(); i++) {
      if (dangles(story, printed, i)) {
        out.add(printed.get(i));
      }
    }
    return out;
  }

  /**
   * The chosen sentences, with the sentence just before each one that depends on what came before added when
   * none of its antecedents is chosen, that sentence can stand in a summary (a candidate that does not depend on
   * what came before itself, of a redundancy group not yet printed) and the budget has room for it. Added
   * sentences get score 0 (they were not chosen for their own worth) and follow the sentences given; reading
   * order is decided later.
   */
  public static List<Selection.Item> introduce(AnalyzedStory story, Budget budget, List<Selection.Item> items) {
    Selection selection = new Selection(story, budget);
    for (Selection.Item item : items) {
      selection.add(item.sentence(), item.score());
    }
    List<Selection.Item> out = new ArrayList<>(items);
    for (Selection.Item item : items) {
      int s = item.sentence();
      Sentence own = story.sentence(s);
      if (own.position() == 0 || !dependsOnWhatCameBefore(story, s)
          || selection.items().stream().anyMatch(o -> isAntecedent(story.sentence(o.sentence()), own))) {
        continue;
      }
      int before = s - 1;
      if (isAntecedent(story.sentence(before), own) && !dependsOnWhatCameBefore(story, before)
          && selection.add(before, 0)) {
        out.add(new Selection.Item(before, 0));
      }
    }
    return out;
  }
}
