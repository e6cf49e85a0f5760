package dev.precis.analyze;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups sentences that say the same thing in the same words: identical or near-identical sets of content
 * terms, within or across documents. Two sentences join one group when the Jaccard similarity of their term
 * sets reaches {@link #jaccard}, or when the shorter one is almost wholly contained in the longer one (a wire
 * sentence an outlet trimmed). Groups are closed transitively.
 *
 * <p>Candidate pairs come from prefix filtering: both criteria imply that the two sets share at least half of
 * each set's terms, so two such sets share a term among the rarer half of either. Only those pairs are
 * compared, rarest term first. On text where that is still nearly every pair (a few dozen words repeated in
 * every sentence) each sentence looks at no more than {@link #MAX_VISITED} earlier sentences, so grouping stays
 * linear in the number of sentences whatever the input; in real stories, whose rare terms are rare, a
 * sentence seldom comes near that bound.
 */
public final class RedundancyGrouper {
  /** Most posting entries one sentence looks at, rarest terms first. */
  static final int MAX_VISITED = 128;

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
    // The sizes side by side, so that a pair whose sizes rule it out is dismissed without reading its terms.
    int[] sizes = new int[n];
    // Each set's terms as the bits of one long (term id mod 64). When no two terms of a set share a bit, its
    // common terms with another set are distinct common bits, so the common bits bound the overlap from above:
    // most pairs are ruled out by that bound without reading their terms.
    long[] bits = new long[n];
    boolean[] distinctBits = new boolean[n];
    int largest = 0;
    for (int s = 0; s < n; s++) {
      termSets[s] = SortedSets.of(contentTerms[s]);
      sizes[s] = termSets[s].length;
      largest = Math.max(largest, sizes[s]);
      for (int t : termSets[s]) {
        bits[s] |= 1L << t;
      }
      distinctBits[s] = Long.bitCount(bits[s]) == sizes[s];
    }
    // Per size of a sentence being grouped, need[size of the other one] is their least overlap (-1: none is
    // enough), computed once; sizes beyond a row (four times the sentence's) are computed when met.
    int[][] needBySize = new int[largest + 1][];
    UnionFind sets = new UnionFind(n);
    // Sentences without content terms stay in groups of their own: there is nothing to compare.
    IntList[] postings = new IntList[termFrequency.length];
    // Identical term sets (wire copy repeated verbatim) join their first occurrence directly; only that one is
    // indexed, which keeps postings short on stories that repeat themselves a lot.
    Map<IntArrayKey, Integer> firstWithSet = new HashMap<>();
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    // The terms of the sentence being grouped, marked with its index: an overlap is then one look-up per term.
    int[] markedBy = new int[termFrequency.length];
    Arrays.fill(markedBy, -1);
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
      // Rarest first, ties by term id: frequency in the high half of a long, the id in the low half.
      long[] byRarity = new long[set.length];
      for (int i = 0; i < set.length; i++) {
        byRarity[i] = (long) termFrequency[set[i]] << 32 | set[i];
      }
      Arrays.sort(byRarity);
      int[] need = needBySize[set.length];
      if (need == null) {
        need = new int[Math.min(largest, 4 * set.length + 4) + 1];
        for (int size = 0; size < need.length; size++) {
          need[size] = needed(size, set.length);
        }
        needBySize[set.length] = need;
      }
      int prefix = set.length - (int) Math.ceil(0.5 * set.length) + 1;
      for (int t : set) {
        markedBy[t] = s;
      }
      int visited = 0;
      for (int k = 0; k < Math.min(prefix, byRarity.length); k++) {
        int term = (int) byRarity[k];
        if (postings[term] == null) {
          postings[term] = new IntList();
        }
        IntList list = postings[term];
        for (int i = 0; i < list.size() && visited < MAX_VISITED; i++, visited++) {
          int other = list.get(i);
          if (seenBy[other] != s) {
            seenBy[other] = s;
            // A pair already in one group would change nothing: the union is then a no-op.
            int needed = sizes[other] < need.length ? need[sizes[other]] : needed(sizes[other], set.length);
            boolean bounded = distinctBits[other] || distinctBits[s];
            if (needed >= 0 && (!bounded || Long.bitCount(bits[other] & bits[s]) >= needed)
                && similar(termSets[other], set.length, needed, markedBy, s)) {
              sets.union(other, s);
            }
          }
        }
        list.add(s);
      }
    }
    return sets.roots();
  }

  /**
   * Whether two sentences, given as sorted sets of distinct content-term ids, say the same thing by this
   * grouper's criteria (what puts them in one group).
   */
  public boolean similar(int[] a, int[] b) {
    return similar(SortedSets.overlap(a, b), a.length, b.length);
  }

  /**
   * {@link #similar(int[], int[])} of {@code a} and a set of {@code size} terms that are those marked with
   * {@code stamp} in {@code markedBy}; stops counting as soon as the overlap cannot reach {@code needed}, their
   * {@link #minOverlap}.
   */
  private boolean similar(int[] a, int size, int needed, int[] markedBy, int stamp) {
    int overlap = 0;
    for (int i = 0; i < a.length && overlap + a.length - i >= needed; i++) {
      if (markedBy[a[i]] == stamp) {
        overlap++;
      }
    }
    return overlap >= needed && similar(overlap, a.length, size);
  }

  /** {@link #minOverlap} of two sets of these sizes, or -1 when it exceeds the smaller size (never similar). */
  private int needed(int sizeA, int sizeB) {
    int needed = minOverlap(sizeA, sizeB);
    return needed <= Math.min(sizeA, sizeB) ? needed : -1;
  }

  /** The least overlap with which two sets of these sizes can be {@link #similar}: a lower bound, never more. */
  private int minOverlap(int sizeA, int sizeB) {
    int small = Math.min(sizeA, sizeB);
    int large = Math.max(sizeA, sizeB);
    // Jaccard: overlap >= j (a + b - overlap) holds from overlap >= j (a + b) / (1 + j).
    double byJaccard = jaccard * (sizeA + sizeB) / (1 + jaccard);
    double byContainment = small >= minContained ? Math.max(containment * small, large / 2.0) : Double.MAX_VALUE;
    return (int) Math.max(0, Math.floor(Math.min(byJaccard, byContainment) - 1e-9));
  }

  private boolean similar(int overlap, int sizeA, int sizeB) {
    int small = Math.min(sizeA, sizeB);
    int large = Math.max(sizeA, sizeB);
    if (overlap >= jaccard * (sizeA + sizeB - overlap)) {
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
