package dev.precis.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Items filed under LSH keys (one key per band or table, the band's number mixed in): what a clusterer looks up
 * to find open articles similar to a new one without scanning them all. An emptied bucket is dropped, so the map
 * holds only the keys of items present.
 */
final class LshBuckets<T> {
  private final Map<Long, List<T>> buckets = new HashMap<>();

  void add(long[] keys, T item) {
    for (long key : keys) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(item);
    }
  }

  void remove(long[] keys, T item) {
    for (long key : keys) {
      List<T> bucket = buckets.get(key);
      if (bucket != null) {
        bucket.remove(item);
        if (bucket.isEmpty()) {
          buckets.remove(key);
        }
      }
    }
  }

  /** Gives {@code action} every item under one of {@code keys}, once per key it shares. */
  void forEach(long[] keys, Consumer<T> action) {
    for (long key : keys) {
      List<T> bucket = buckets.get(key);
      if (bucket != null) {
        bucket.forEach(action);
      }
    }
  }
}
