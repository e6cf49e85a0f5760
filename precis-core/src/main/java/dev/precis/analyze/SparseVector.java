package dev.precis.analyze;

import java.util.Arrays;

/** A sparse vector over term ids: ids ascending, weights beside them. */
public record SparseVector(int[] ids, float[] weights) {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  /** Builds an L2-normalized vector from parallel, unsorted arrays of distinct ids and weights. */
  public static SparseVector normalized(int[] ids, float[] weights) {
    int[] sortedIds;
    float[] sortedWeights;
    if (ascending(ids)) {
      sortedIds = ids.clone();
      sortedWeights = weights.clone();
    } else {
      Integer[] order = new Integer[ids.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
      sortedIds = new int[ids.length];
      sortedWeights = new float[ids.length];
      for (int i = 0; i < order.length; i++) {
        sortedIds[i] = ids[order[i]];
        sortedWeights[i] = weights[order[i]];
      }
    }
    double norm = 0;
    for (float w : sortedWeights) {
      norm += (double) w * w;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < sortedWeights.length; i++) {
        sortedWeights[i] *= inv;
      }
    }
    return new SparseVector(sortedIds, sortedWeights);
  }

  private static boolean ascending(int[] ids) {
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1] >= ids[i]) {
        return false;
      }
    }
    return true;
  }

  public int size() {
    return ids.length;
  }

  public double dot(SparseVector o) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      int c = Integer.compare(ids[i], o.ids[j]);
      if (c == 0) {
        sum += (double) weights[i++] * o.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** Dot product with a dense vector indexed by term id. */
  public double dot(double[] dense) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      sum += weights[i] * dense[ids[i]];
    }
    return sum;
  }

  /** Adds {@code scale} times this vector into a dense one. */
  public void addTo(double[] dense, double scale) {
    for (int i = 0; i < ids.length; i++) {
      dense[ids[i]] += scale * weights[i];
    }
  }
}
