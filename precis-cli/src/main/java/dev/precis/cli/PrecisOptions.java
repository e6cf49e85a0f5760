package dev.precis.cli;

import dev.precis.Precis;
import picocli.CommandLine.Option;

/** The pipeline options that {@code summarize}, {@code report} and {@code eval} share. */
final class PrecisOptions {
  @Option(names = "--verbatim",
      description = "Print every summary sentence exactly as its source wrote it. By default English sentences"
          + " lose a leading connective (But, However,), a ', who ...,' or ', which ...,' clause and a trailing"
          + " attribution such as ', police said.' outside quotations; citations always point at the whole"
          + " source sentence.")
  boolean verbatim;

  /** The pipeline these options ask for; the command adds its summarizer and budget. */
  Precis.Builder builder() {
    return Precis.builder().compression(!verbatim);
  }
}
