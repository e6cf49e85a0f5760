package dev.precis.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The streams a command works with: standard input, output for results, and the error stream for errors and
 * warnings.
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err) {
  /** Prints {@code precis: warning: MESSAGE} on the error stream. */
  public void warn(String message) {
    err.println("precis: warning: " + message);
    err.flush();
  }
}
