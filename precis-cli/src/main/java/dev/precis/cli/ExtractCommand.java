package dev.precis.cli;

import dev.precis.ingest.ArticleExtractor;
import dev.precis.ingest.InputException;
import dev.precis.render.ArticleRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code precis extract FILE...}: the article of each web page, with its metadata. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Extracts the article of each web page: its main text (menus, sidebars, related links, comments, footers,"
          + " hidden copies, teasers, captions and credits left out) and its metadata (title, outlet, author, date,"
          + " language, canonical URL), from JSON-LD, OpenGraph, <meta> tags and the page itself.",
      "",
      "Formats: text (default; 'Title:', 'Outlet:', 'Author:', 'Date:', 'Language:', 'URL:' lines, a blank line"
          + " and the text; articles separated by a line |||||), markdown, json ({\"articles\": [...]}).",
      "A page without an article, or a file that is not an HTML page, stops the command with one line naming it"
          + " (exit code 2).",
      ""
    })
public final class ExtractCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "HTML pages (.gz too).")
  List<Path> files;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = FormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  /** Format names for {@code ${COMPLETION-CANDIDATES}}. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ArticleRenderer.FORMATS.iterator();
    }
  }

  @Override
  public Integer call() throws InputException, IOException {
    Io io = parent.io();
    ArticleRenderer renderer;
    try {
      renderer = new ArticleRenderer(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ArticleExtractor extractor = new ArticleExtractor(io::warn);
    List<ArticleRenderer.Named> articles = new ArrayList<>();
    for (Path file : files) {
      articles.add(new ArticleRenderer.Named(file.toString(), extractor.extract(file)));
    }
    renderer.write(articles, io.out());
    return Main.OK;
  }
}
