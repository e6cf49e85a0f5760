package dev.precis.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What the job's tasks report to the driver (shuffle bytes written and read, the largest execution memory a
 * task used), and the driver JVM's peak heap, sampled; in local mode the executors run in the driver's JVM, so
 * that is their peak too.
 */
final class JobMetrics extends SparkListener implements AutoCloseable {
  private final AtomicLong shuffleWritten = new AtomicLong();
  private final AtomicLong shuffleRead = new AtomicLong();
  private final AtomicLong peakTaskMemory = new AtomicLong();
  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

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
