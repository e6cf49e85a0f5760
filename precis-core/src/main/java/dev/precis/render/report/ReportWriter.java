package dev.precis.render.report;

import dev.precis.compare.StoryReport;
import java.io.Closeable;
import java.io.IOException;

/** One report output being written by a {@link ReportRenderer}. Not thread-safe. */
public interface ReportWriter extends Closeable {
  /** Adds the report of one story, flushing the underlying writer afterwards. */
  void write(StoryReport report) throws IOException;

  /** Ends the output (closing brackets, the page's end) and flushes; the underlying writer stays open. */
  @Override
  void close() throws IOException;
}
