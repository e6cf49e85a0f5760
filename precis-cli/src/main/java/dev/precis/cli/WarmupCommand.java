package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Story;
import dev.precis.render.Renderers;
import dev.precis.render.report.ReportRenderers;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the training run for the class-data-sharing archive the launcher makes after a build. Reads the
 * given stories, summarizes them with every algorithm into every format and reports on them in every report
 * format, discarding the output, and renders the help, so that the classes of every common path are loaded and archived.
 */
@Command(name = "warmup", hidden = true, description = "Load the classes of common paths (used by the launcher).")
public final class WarmupCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..*")
  List<String> paths = List.of();

  @Override
  public Integer call() throws InputException {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    CommandLine root = Main.commandLine(new Io(parent.io().in(), sink, sink));
    root.usage(sink);
    root.getSubcommands().get("summarize").usage(sink);
    root.printVersionHelp(sink);
    if (paths.isEmpty()) {
      return Main.OK;
    }
    List<Story> stories = new StoryReader(m -> { }).readAll(paths);
    for (Summarizer s : Summarizers.all().values()) {
      Precis precis = Precis.builder().summarizer(s).build();
      for (Story story : stories) {
        for (String format : Renderers.names()) {
          Renderers.get(format).render(precis.summarize(story), precis.budget());
        }
      }
    }
    // The cross-source report in every format, through its command as the user runs it.
    for (String format : ReportRenderers.names()) {
      List<String> args = new ArrayList<>(List.of("report", "--format", format));
      args.addAll(paths);
      root.execute(args.toArray(String[]::new));
    }
    // The error paths: a missing file and a bad option, as the user would meet them.
    root.execute("summarize", "--words", "0", "/nonexistent/precis-warmup");
    root.execute("summarize", "/nonexistent/precis-warmup");
    return Main.OK;
  }
}
