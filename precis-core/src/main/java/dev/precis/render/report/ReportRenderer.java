package dev.precis.render.report;

import dev.precis.compare.StoryReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes cross-source reports in one format. Output is streamed like summaries ({@link
 * dev.precis.render.Renderer}): {@link #open} starts the output, each {@link ReportWriter#write} adds one story and
 * {@link ReportWriter#close} ends it.
 *
 * <p>Outlet numbers in the text formats are 1-based positions of documents in their story, as in summaries.
 */
public interface ReportRenderer {
  /** The name the format is selected by: {@code markdown}, {@code json}, {@code html}. */
  String name();

  /** Starts an output on {@code out}. */
  ReportWriter open(Writer out) throws IOException;

  /** Reports as one complete output. */
  default String render(List<StoryReport> reports) {
    StringWriter out = new StringWriter();
    try (ReportWriter w = open(out)) {
      for (StoryReport r : reports) {
        w.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One report as a complete output. */
  default String render(StoryReport report) {
    return render(List.of(report));
  }
}
