package dev.precis.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the job's tasks report to the driver (shuffle bytes written and read, the largest execution memory a
 * task used, and per stage of the job the tasks' number and CPU time, all and the longest), and the driver JVM's
 * peak heap, sampled; in local mode the executors run in the driver's JVM, so that is their peak too. A task
 * belongs to the stage of the job named by the local property {@link #STAGE} when its Spark job started.
 */
final class JobMetrics extends SparkListener implements AutoCloseable {
  private final AtomicLong shuffleWritten = new AtomicLong();
  private final AtomicLong shuffleRead = new AtomicLong();
  private final AtomicLong peakTaskMemory = new AtomicLong();
  private final AtomicLong peakHeap = new AtomicLong();
  private final Map<String, Tasks> tasks = new ConcurrentHashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;
  private final Map<Integer, String> stageNames = new ConcurrentHashMap<>();

  /** The local property that names the job's stage for the Spark jobs started while it is set. */
  static final String STAGE = "precis.stage";

  /** The tasks of one of the job's stages: how many, their CPU time and the longest one's, in nanoseconds. */
  static final class Tasks {
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();
    private final AtomicLong longest = new AtomicLong();

    long count() {
      return count.get();
    }

    long cpu() {
      return cpu.get();
    }

    long longest() {
      return longest.get();
    }
  }

  JobMetrics() {
    sampler = new Thread(() -> {
      Runtime rt = Runtime.getRuntime();
      while (running) {
        peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "precis-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    if (m == null) {
      return;
    }
    shuffleWritten.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
    peakTaskMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
    Tasks t = tasks.computeIfAbsent(stageNames.getOrDefault(end.stageId(), "other"), k -> new Tasks());
    t.count.incrementAndGet();
    t.cpu.addAndGet(m.executorCpuTime());
    t.longest.accumulateAndGet(m.executorCpuTime(), Math::max);
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String name = start.properties() == null ? null : start.properties().getProperty(STAGE);
    if (name != null) {
      CollectionConverters.asJava(start.stageIds()).forEach(id -> stageNames.put((Integer) id, name));
    }
  }

  /** The tasks of each stage named, by name. */
  Map<String, Tasks> tasks() {
    return Map.copyOf(tasks);
  }

  long shuffleWritten() {
    return shuffleWritten.get();
  }

  long shuffleRead() {
    return shuffleRead.get();
  }

  long peakTaskMemory() {
    return peakTaskMemory.get();
  }

  long peakHeap() {
    return peakHeap.get();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
