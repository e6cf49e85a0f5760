package dev.precis.render;

import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import java.io.Closeable;
import java.io.IOException;

/** One output being written by a {@link Renderer}. Not thread-safe. */
public interface SummaryWriter extends Closeable {
  /**
   * Adds the summary of one story, flushing the underlying writer afterwards.
   *
   * @param budget the budget the summary was made for, or null when unknown
   */
  void write(Summary summary, Budget budget) throws IOException;

  /** Ends the output (closing brackets and the like) and flushes; the underlying writer stays open. */
  @Override
  void close() throws IOException;
}
