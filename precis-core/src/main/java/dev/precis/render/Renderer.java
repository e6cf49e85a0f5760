package dev.precis.render;

import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes summaries in one output format. Output is streamed: {@link #open} starts a document, each
 * {@link SummaryWriter#write} adds one story, and {@link SummaryWriter#close} ends it, so thousands of stories
 * can be written without holding them.
 *
 * <p>Source numbers in the text formats are 1-based positions of documents in their story ({@code [1,3]} cites
 * the first and third article); each story's source list gives them all.
 */
public interface Renderer {
  /** The name the format is selected by: {@code text}, {@code markdown}, {@code json}. */
  String name();

  /** Starts an output on {@code out}. */
  SummaryWriter open(Writer out) throws IOException;

  /** One summary as a complete output. */
  default String render(Summary summary, Budget budget) {
    return render(List.of(summary), budget);
  }

  /** Several summaries as one complete output. */
  default String render(List<Summary> summaries, Budget budget) {
    StringWriter out = new StringWriter();
    try (SummaryWriter w = open(out)) {
      for (Summary s : summaries) {
        w.write(s, budget);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
