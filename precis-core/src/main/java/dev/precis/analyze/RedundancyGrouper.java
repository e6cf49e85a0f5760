package dev.precis.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups sentences that say the same thing in the same words: identical or near-identical sets of content
 * terms, within or across documents. Two sentences join one group when the Jaccard similarity of their term
 * sets reaches {@link #jaccard}, or when the shorter one is almost wholly contained in the longer one (a wire
 * sentence an outlet trimmed). Groups are closed transitively.
 *
 * <p>Candidate pairs come from prefix filtering: both criteria imply that the two sets share at least half of
 * each set's terms, so two such sets share a term among the rarer half of either. Only those pairs are
 * compared, which keeps grouping near linear on large stories.
 */
public final class RedundancyGrouper {
  private final double jaccard;
  private final double containment;
  private final int minContained;

  /** Jaccard 0.6, or containment 0.85 with at least 5 terms in the shorter sentence. */
  public RedundancyGrouper() {
    this(0.6, 0.85, 5);
  }

  public RedundancyGrouper(double jaccard, double containment, int minContained) {
    this.jaccard = jaccard;
    this.containment = containment;
    this.minContained = minContained;
  }

  /** Returns, per sentence, the smallest sentence index of its group. */
  public int[] group(int[][] contentTerms, int[] termFrequency) {
    int n = contentTerms.length;
    int[][] termSets = new int[n][];
    for (int s = 0; s < n; s++) {
      termSets[s] = Arrays.stream(contentTerms[s]).distinct().sorted().toArray();
    }
    UnionFind sets = new UnionFind(n);
    // Sentences without content terms stay in groups of their own: there is nothing to compare.
    Map<Integer, List<Integer>> postings = new HashMap<>();
    // Identical term sets (wire copy repeated verbatim) join their first occurrence directly; only that one is
    // indexed, which keeps postings short on stories that repeat themselves a lot.
    Map<IntArrayKey, Integer> firstWithSet = new HashMap<>();
    for (int s = 0; s < n; s++) {
      int[] set = termSets[s];
      if (set.length == 0) {
        continue;
      }
      Integer same = firstWithSet.putIfAbsent(new IntArrayKey(set), s);
      if (same != null) {
        sets.union(same, s);
        continue;
      }
      int[] byRarity = Arrays.stream(set).boxed()
          .sorted((a, b) -> termFrequency[a] != termFrequency[b]
              ? Integer.compare(termFrequency[a], termFrequency[b]) : Integer.compare(a, b))
          .mapToInt(Integer::intValue).toArray();
      int prefix = set.length - (int) Math.ceil(0.5 * set.length) + 1;
      BitSet seen = new BitSet();
      for (int k = 0; k < Math.min(prefix, byRarity.length); k++) {
        List<Integer> list = postings.computeIfAbsent(byRarity[k], x -> new ArrayList<>());
        for (int other : list) {
          if (!seen.get(other)) {
            seen.set(other);
            if (!sets.same(other, s) && similar(termSets[other], set)) {
              sets.union(other, s);
            }
          }
        }
        list.add(s);
      }
    }
    return sets.roots();
  }

  boolean similar(int[] a, int[] b) {
    int overlap = SortedSets.overlap(a, b);
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    if (overlap >= jaccard * (a.length + b.length - overlap)) {
      return true;
    }
    return small >= minContained && overlap >= containment * small && overlap * 2 >= large;
  }

  /** An int array as a hash key. */
  private record IntArrayKey(int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof IntArrayKey k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
