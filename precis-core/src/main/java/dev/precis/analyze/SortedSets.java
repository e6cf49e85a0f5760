package dev.precis.analyze;

/** Sets held as sorted arrays without repeats: the size of an intersection in one merge pass. */
public final class SortedSets {
  private SortedSets() {}

  /** How many values {@code a} and {@code b} (both sorted ascending, no repeats) have in common. */
  public static int overlap(int[] a, int[] b) {
    int overlap = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        overlap++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return overlap;
  }

  /** How many values {@code a} and {@code b} (both sorted ascending, no repeats) have in common. */
  public static int overlap(long[] a, long[] b) {
    int overlap = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        overlap++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return overlap;
  }
}
