package dev.precis.cite;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SortedSets;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Selection;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which copy of a redundancy group a summary prints. A selected sentence stands for every sentence of
 * its group, and the copy printed is, among those that are candidates and keep the budget, the one whose wording
 * the other copies share most, so that a variant only one outlet prints (another speaker, another number) is not
 * the one shown when the others agree; then the selected one. (Copies that cannot stand alone, opening with
 * "She added:" or quoting without a speaker, are no candidates when another copy can: see CandidateFilter.)
 */
public final class Representatives {
  private Representatives() {}

  /** Items with the copy of their group to print; order and scores kept. */
  public static List<Selection.Item> choose(AnalyzedStory story, Budget budget, List<Selection.Item> items) {
    int used = 0;
    for (Selection.Item item : items) {
      used += cost(story, budget, item.sentence());
    }
    List<Selection.Item> out = new ArrayList<>(items.size());
    for (Selection.Item item : items) {
      int s = item.sentence();
      int[] members = story.groupMembers(s);
      int chosen = s;
      if (members.length > 1) {
        int own = cost(story, budget, s);
        double[] consensus = consensus(story, members);
        int best = -1;
        for (int i = 0; i < members.length; i++) {
          int m = members[i];
          boolean allowed = m == s || story.isCandidate(m) && used - own + cost(story, budget, m) <= budget.capacity();
          if (allowed && (best < 0 || better(members, consensus, i, best, s))) {
            best = i;
          }
        }
        chosen = members[best];
        used += cost(story, budget, chosen) - own;
      }
      out.add(chosen == s ? item : new Selection.Item(chosen, item.score()));
    }
    return out;
  }

  /** Whether member i is a better copy to print than member j: closer to the others, then the selected one. */
  private static boolean better(int[] members, double[] consensus, int i, int j, int selected) {
    if (Math.abs(consensus[i] - consensus[j]) > 1e-9) {
      return consensus[i] > consensus[j];
    }
    return members[i] == selected && members[j] != selected;
  }

  /**
   * For each member, its summed word overlap (Jaccard over all terms) with the other members: the copy whose
   * wording most outlets share, so that one outlet's variant (a changed speaker, a different number) is not what
   * the summary prints when others agree.
   */
  private static double[] consensus(AnalyzedStory story, int[] members) {
    int[][] sets = new int[members.length][];
    for (int i = 0; i < members.length; i++) {
      sets[i] = SortedSets.of(story.tokens(members[i]));
    }
    double[] out = new double[members.length];
    for (int i = 0; i < members.length; i++) {
      for (int j = i + 1; j < members.length; j++) {
        double jac = jaccard(sets[i], sets[j]);
        out[i] += jac;
        out[j] += jac;
      }
    }
    return out;
  }

  private static double jaccard(int[] a, int[] b) {
    int overlap = SortedSets.overlap(a, b);
    int union = a.length + b.length - overlap;
    return union == 0 ? 0 : (double) overlap / union;
  }

  private static int cost(AnalyzedStory story, Budget budget, int s) {
    return budget.cost(story.printed(s), story.words(s));
  }
}
