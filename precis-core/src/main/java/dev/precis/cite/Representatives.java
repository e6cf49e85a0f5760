package dev.precis.cite;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses which copy of a redundancy group a summary prints. A selected sentence stands for every sentence of
 * its group; when it opens with a word that points back to something the reader has not seen ("She added:",
 * "But", "It"), another copy that stands on its own is printed instead, if one is a candidate and the budget
 * still holds. Among such copies the earliest in the story wins.
 */
public final class Representatives {
  private static final Set<String> DANGLING = Set.of("he", "she", "they", "it", "its", "his", "her", "their",
      "this", "these", "those", "that", "but", "and", "also", "however", "meanwhile", "still", "yet", "so",
      "then", "there", "here", "we", "i", "the latter", "the former", "such");

  private Representatives() {}

  /** Items with dangling openers swapped for a self-contained copy where one fits; order and scores kept. */
  public static List<Selection.Item> choose(AnalyzedStory story, Budget budget, List<Selection.Item> items) {
    int used = 0;
    for (Selection.Item item : items) {
      used += cost(story, budget, item.sentence());
    }
    List<Selection.Item> out = new ArrayList<>(items.size());
    for (Selection.Item item : items) {
      int s = item.sentence();
      int chosen = s;
      if (dangles(story.sentence(s).text())) {
        int own = cost(story, budget, s);
        for (int m : story.groupMembers(s)) {
          if (m != s && story.isCandidate(m) && !dangles(story.sentence(m).text())
              && used - own + cost(story, budget, m) <= budget.capacity()) {
            chosen = m;
            used += cost(story, budget, m) - own;
            break;
          }
        }
      }
      out.add(chosen == s ? item : new Selection.Item(chosen, item.score()));
    }
    return out;
  }

  /** Whether a sentence opens with a pronoun or connective that refers back to an earlier sentence. */
  static boolean dangles(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    if (end == 0) {
      return false;
    }
    String first = t.substring(0, end);
    if (DANGLING.contains(first)) {
      return true;
    }
    int next = t.indexOf(' ', end);
    if (next > 0) {
      int after = next + 1;
      while (after < t.length() && Character.isLetter(t.charAt(after))) {
        after++;
      }
      return DANGLING.contains(t.substring(0, after));
    }
    return false;
  }

  private static int cost(AnalyzedStory story, Budget budget, int s) {
    return budget.cost(story.sentence(s).text(), story.words(s));
  }
}
