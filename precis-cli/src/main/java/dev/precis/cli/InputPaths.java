package dev.precis.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The article inputs that {@code summarize} and {@code report} read. */
final class InputPaths {
  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Article files (text, HTML, feeds, WARC, SGML, JSONL; .gz too), directories of articles, or -"
          + " for standard input.")
  List<String> paths;
}
