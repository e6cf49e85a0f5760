package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Story;
import dev.precis.render.report.ReportRenderer;
import dev.precis.render.report.ReportRenderers;
import dev.precis.render.report.ReportWriter;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code precis report PATH...}: the cross-source report of each story (its cited summary with the outlets
 * behind each sentence, corroboration, what each outlet adds, quotations, contradictions, names, timeline and
 * outlet sharing) as Markdown, JSON or one self-contained HTML page.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Compares the articles about each story: the cited summary (as 'summarize' makes it) with how many outlets"
          + " carry each sentence and which; the statements several outlets corroborate (wire copies noted); what"
          + " each outlet alone adds; quotations with their speakers and outlets; contradictions (numbers, dates,"
          + " names, speakers) with each outlet's claim; the people, organisations and places named, with"
          + " mentions per outlet; a timeline (relative dates marked); and how much the outlets share.",
      "",
      "Input is read as by 'summarize': a directory is one story, files named together are one story, JSONL"
          + " holds one story per line, '-' reads standard input.",
      "",
      "Formats: markdown (default), json (one object {\"stories\": [...]}, each story a superset of"
          + " 'summarize --format json'; see docs/json-schema.md) and html (one self-contained page, safe to open"
          + " offline: citation marks jump to the passage in the source texts, and a heatmap shows how much the"
          + " outlets share). Without --format, an --out file ending in .json, .html or .md chooses it.",
      ""
    })
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Mixin
  InputPaths input;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: markdown, or what the --out file's"
          + " extension says).")
  String format;

  @Option(names = {"-w", "--words"}, paramLabel = "N",
      description = "Summary of at most N words (default: " + Budget.DEFAULT_WORDS + ").")
  Integer words;

  @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME", defaultValue = Summarizers.DEFAULT,
      completionCandidates = Help.AlgorithmNames.class,
      description = "Summarizer: ${COMPLETION-CANDIDATES}. Default: the best measured one (see 'precis summarize"
          + " --help').")
  String algorithm;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the report to FILE (replaced only once the report is complete) instead of standard"
          + " output.")
  Path out;

  /** Format names for {@code ${COMPLETION-CANDIDATES}}. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportRenderers.names().iterator();
    }
  }

  @Mixin
  PrecisOptions pipeline;

  @Mixin
  AlgorithmOptions algorithmOptions;

  @Override
  public Integer call() throws InputException, IOException {
    Io io = parent.io();
    Budget budget = budget();
    Summarizer summarizer = algorithmOptions.apply(spec, Help.summarizer(spec, algorithm));
    ReportRenderer renderer = renderer();
    Path target = out == null || out.toString().equals("-") ? null : out;
    if (target != null) {
      checkWritable(target);
    }
    StoryReader reader = new StoryReader(io::warn, io.in());
    Precis precis = pipeline.builder().summarizer(summarizer).budget(budget).build();
    if (target == null) {
      int malformed = write(io, reader, precis, renderer, io.out());
      warnMalformed(io, malformed);
      return Main.OK;
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp = createTemp(dir, target);
    try {
      int malformed;
      try (Writer file = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          PrintWriter w = new PrintWriter(file)) {
        malformed = write(io, reader, precis, renderer, w);
        w.flush();
        if (w.checkError()) {
          throw new UserError("cannot write " + target);
        }
      }
      move(temp, target);
      warnMalformed(io, malformed);
      return Main.OK;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes every story's report to {@code w}; returns the number of malformed JSONL lines skipped, or -1 when
   * standard output went away (e.g. "| head") and writing stopped.
   */
  private int write(Io io, StoryReader reader, Precis precis, ReportRenderer renderer, PrintWriter w)
      throws InputException, IOException {
    boolean toStdout = w == io.out();
    try (StoryStream stories = reader.open(input.paths)) {
      try (ReportWriter writer = renderer.open(w)) {
        while (stories.hasNext()) {
          Story story = stories.next();
          writer.write(precis.report(story));
          if (toStdout && w.checkError()) {
            return -1; // the reader went away: stop quietly
          }
        }
      }
      w.flush();
      return stories.malformedLines();
    }
  }

  private static void warnMalformed(Io io, int malformed) {
    if (malformed > 1) {
      io.warn(malformed + " malformed JSONL lines were skipped in all");
    }
  }

  private Budget budget() {
    if (words == null) {
      return Budget.words(Budget.DEFAULT_WORDS);
    }
    if (words < 1) {
      throw new ParameterException(spec.commandLine(), "--words must be at least 1, got " + words);
    }
    return Budget.words(words);
  }

  private ReportRenderer renderer() {
    String name = format;
    if (name == null) {
      name = formatOf(out);
    }
    try {
      return ReportRenderers.get(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The format an output file's extension asks for: json, html or markdown. */
  static String formatOf(Path file) {
    if (file == null || file.getFileName() == null) {
      return "markdown";
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return "json";
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "html";
    }
    return "markdown";
  }

  private static void checkWritable(Path target) {
    if (Files.isDirectory(target)) {
      throw new UserError("--out " + target + ": is a directory");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserError("--out " + target + ": no such directory: " + (dir == null ? "/" : dir));
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new UserError("--out " + target + ": not writable");
    }
  }

  private static Path createTemp(Path dir, Path target) {
    try {
      // createFile, unlike createTempFile, gives the file the permissions the umask allows, as a new file of
      // the user's would have
      for (int attempt = 0; ; attempt++) {
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
          return Files.createFile(temp);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          if (attempt >= 10) {
            throw e;
          }
        }
      }
    } catch (IOException | SecurityException e) {
      throw new UserError("cannot write " + target + ": " + Main.oneLine(String.valueOf(e.getMessage())));
    }
  }

  private static void move(Path temp, Path target) {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UserError("cannot write " + target + ": " + Main.oneLine(String.valueOf(e.getMessage())));
    }
  }
}
