package dev.precis.analyze;

import java.util.Arrays;

/** Sets held as sorted arrays without repeats: the size of an intersection in one merge pass. */
public final class SortedSets {
  private SortedSets() {}

  /** The distinct values of {@code values}, sorted ascending ({@code values} is left as it was). */
  public static int[] of(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
  }

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
