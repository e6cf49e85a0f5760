package dev.precis.spark;

import dev.precis.analyze.UnionFind;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of blocking, apart from Spark so that it can be tested alone: time buckets, bucket keys, and the
 * connected groups that the candidate links make.
 *
 * <p>Time: dated articles fall in day buckets {@code window} days wide, and each is put in its own bucket and the
 * next, so that two articles less than a window apart always share one (undated articles share one bucket of
 * their own). A similarity key ({@link dev.precis.cluster.SimilarityKeys}) counts within a time bucket only.
 */
final class Blocking {
  private static final long UNDATED = Long.MIN_VALUE;

  private Blocking() {}

  /** The time buckets of an article: its own and the next, or the undated one. */
  static long[] timeBuckets(LocalDateTime date, int windowDays) {
    if (date == null) {
      return new long[] {UNDATED};
    }
    long b = Math.floorDiv(date.toLocalDate().toEpochDay(), windowDays);
    return new long[] {b, b + 1};
  }

  /** The key of a similarity key within a time bucket. */
  static long bucketKey(long similarityKey, long timeBucket) {
    long z = similarityKey * 0x9E3779B97F4A7C15L + timeBucket;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * The groups of {@code n} articles linked by {@code links} (pairs of arrival indexes, flattened): each article's
   * group is the smallest index of its connected component; a component of more than {@code maxGroup} articles is
   * cut, in arrival order, into runs of {@code maxGroup} (each run its own group).
   */
  static int[] groups(int n, int[] links, int maxGroup) {
    UnionFind uf = new UnionFind(n);
    for (int i = 0; i + 1 < links.length; i += 2) {
      uf.union(links[i], links[i + 1]);
    }
    int[] group = new int[n];
    int[] size = new int[n];
    int[] current = new int[n];
    for (int i = 0; i < n; i++) {
      int root = uf.find(i); // the smallest member, met first
      if (root == i || size[root] == maxGroup) {
        current[root] = i;
        size[root] = 0;
      }
      size[root]++;
      group[i] = current[root];
    }
    return group;
  }

  /**
   * The links that keep the components of some buckets (each an array of arrival indexes): for each article met
   * that is not the smallest of its component, the pair (article, smallest), flattened. Fewer than the buckets'
   * own links, as one partition's answer to the driver.
   */
  static int[] componentLinks(Iterator<int[]> buckets) {
    Map<Integer, Integer> parent = new HashMap<>();
    while (buckets.hasNext()) {
      int[] members = buckets.next();
      for (int i = 1; i < members.length; i++) {
        int a = find(parent, members[0]);
        int b = find(parent, members[i]);
        if (a != b) {
          parent.put(Math.max(a, b), Math.min(a, b));
        }
      }
    }
    int[] links = new int[parent.size() * 2];
    int k = 0;
    for (int node : List.copyOf(parent.keySet())) {
      links[k++] = node;
      links[k++] = find(parent, node);
    }
    return Arrays.copyOf(links, k);
  }

  /** The root of {@code x}: roots have no entry, every other node one towards its root (halved on the way). */
  private static int find(Map<Integer, Integer> parent, int x) {
    Integer p;
    while ((p = parent.get(x)) != null) {
      Integer up = parent.get(p);
      if (up != null) {
        parent.put(x, up);
      }
      x = p;
    }
    return x;
  }
}
