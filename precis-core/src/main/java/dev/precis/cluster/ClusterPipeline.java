package dev.precis.cluster;

import dev.precis.model.Document;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a clusterer over a stream with the analysis of articles ({@link StoryClusterer#prepare}) on worker threads
 * and the assignments on the calling thread, in stream order, so the stories are those of a plain loop. At most
 * {@value #IN_FLIGHT} articles are read ahead, so memory stays bounded however long the stream.
 */
public final class ClusterPipeline {
  static final int IN_FLIGHT = 512;

  /** What to do with each item and its assignment; false stops the run. */
  @FunctionalInterface
  public interface Sink<T> {
    boolean accept(T item, StoryClusterer.Assignment assignment);
  }

  private ClusterPipeline() {}

  /** Workers for a machine: one per processor beyond the one that assigns; none on a single processor. */
  public static int defaultWorkers() {
    return Runtime.getRuntime().availableProcessors() - 1;
  }

  /**
   * Assigns every item's article, in order, and gives each with its assignment to {@code sink} until it returns
   * false or the items run out.
   *
   * @param workers analysis threads; 0 analyzes on the calling thread
   * @return whether every item was processed (the sink never said stop)
   */
  public static <T> boolean run(Iterator<? extends T> items, Function<? super T, Document> article,
      StoryClusterer clusterer, int workers, Sink<? super T> sink) {
    if (workers <= 0) {
      while (items.hasNext()) {
        T item = items.next();
        if (!sink.accept(item, clusterer.assign(article.apply(item)))) {
          return false;
        }
      }
      return true;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "precis-cluster-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Pending<T>> ahead = new ArrayDeque<>();
      while (items.hasNext() || !ahead.isEmpty()) {
        while (ahead.size() < IN_FLIGHT && items.hasNext()) {
          T item = items.next();
          Document d = article.apply(item);
          ahead.addLast(new Pending<>(item, pool.submit(() -> clusterer.prepare(d))));
        }
        Pending<T> next = ahead.removeFirst();
        if (!sink.accept(next.item, clusterer.assign(await(next.prepared)))) {
          return false;
        }
      }
      return true;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Pending<T>(T item, Future<StoryClusterer.Prepared> prepared) {}

  private static StoryClusterer.Prepared await(Future<StoryClusterer.Prepared> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analyzing articles", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
