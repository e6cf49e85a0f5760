package dev.precis.spark;

import dev.precis.analyze.UnionFind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of blocking, apart from Spark so that it can be tested alone: time slots, bucket keys, the
 * connected groups that the candidate links make, and the joining of stories across slot borders.
 *
 * <p>Time: dated articles fall in slots {@code --slot} days wide. A slot's articles are clustered together with
 * the articles of the previous slot's last {@code window} days (at most the whole previous slot), so that the
 * stories still open at the slot's start are there to be joined; an article is thus <i>at home</i> in its own
 * slot and, when it falls in that overlap, <i>context</i> in the next. Each appearance is a node of the
 * blocking: node {@code 2 * index} at home, {@code 2 * index + 1} as context. A similarity key
 * ({@link dev.precis.cluster.SimilarityKeys}) counts within a slot only, so no group spans more than a slot and
 * its overlap, however long the stories chain over time. Undated articles share one slot of their own, without
 * overlap.
 */
final class Blocking {
  private static final long UNDATED = Long.MIN_VALUE;

  private Blocking() {}

  /** Slots {@code seconds} wide whose articles meet the previous slot's last {@code overlap} seconds. */
  record Slots(long seconds, long overlap) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Slots of {@code slotDays} days meeting the last {@code windowDays} days of the previous (at most all of it). */
    static Slots of(double slotDays, double windowDays) {
      long seconds = Math.max(1, Math.round(slotDays * 86_400));
      return new Slots(seconds, Math.min(seconds, Math.round(windowDays * 86_400)));
    }

    /** The slot of an article's date, or the undated slot. */
    long of(LocalDateTime date) {
      return date == null ? UNDATED : Math.floorDiv(date.toEpochSecond(ZoneOffset.UTC), seconds);
    }

    /** Whether an article is context in the slot after its own (within the overlap before that slot's start). */
    boolean inNext(LocalDateTime date) {
      if (date == null) {
        return false;
      }
      long t = date.toEpochSecond(ZoneOffset.UTC);
      return (Math.floorDiv(t, seconds) + 1) * seconds - t <= overlap;
    }
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

  /**
   * How the stories of a slot continue those of the previous: a story that took context articles continues the
   * story most of them are at home in (ties: the earliest), and that one perhaps another, back to the story where
   * the chain began, its root. Stories are named by the arrival index of their first article at home.
   */
  record Borders(long[] stories, long[] roots) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The roots of continuing stories, from (story, story it continues) pairs, flattened. */
    static Borders of(long[] continues) {
      int n = continues.length / 2;
      Integer[] order = new Integer[n];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> Long.compare(continues[2 * a], continues[2 * b]));
      long[] stories = new long[n];
      long[] next = new long[n];
      for (int i = 0; i < n; i++) {
        stories[i] = continues[2 * order[i]];
        next[i] = continues[2 * order[i] + 1];
      }
      long[] roots = new long[n];
      for (int i = 0; i < n; i++) {
        long root = next[i];
        // A chain steps back one slot at a time, so it is never longer than the pairs.
        for (int steps = 0, j; steps < n && (j = Arrays.binarySearch(stories, root)) >= 0; steps++) {
          root = next[j];
        }
        roots[i] = root;
      }
      return new Borders(stories, roots);
    }

    /** The story whose chain {@code story} belongs to: itself unless it continues another. */
    long root(long story) {
      int i = Arrays.binarySearch(stories, story);
      return i < 0 ? story : roots[i];
    }
  }

  /**
   * A vote of {@code count} context articles of a story for the story {@code home} they are at home in, as one
   * number whose maximum is the winner: the most votes, then the earliest story.
   */
  static long vote(long home, int count) {
    return ((long) count << 32) | (Integer.MAX_VALUE - home);
  }

  /** The story a {@link #vote} is for. */
  static long votedFor(long vote) {
    return Integer.MAX_VALUE - (vote & 0xFFFF_FFFFL);
  }
}
