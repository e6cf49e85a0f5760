package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.clean.CleanedStory;
import dev.precis.clean.Removal;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.render.Renderer;
import dev.precis.render.Renderers;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code precis summarize PATH...}: one cited summary per story. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Summarizes the articles about each story, citing the sources of every sentence.",
      "",
      "A directory is one story (its article files, one article each; README files are skipped). Files named"
          + " together are one story. Formats are told from the content, gzip included: plain text (a file may"
          + " hold several articles separated by '|||||', and an article may start with 'Title:', 'Source:',"
          + " 'Date:', 'URL:' lines and a blank line), HTML pages (main text and metadata), RSS and Atom feeds"
          + " and WARC files (one story each), TREC/DUC newswire SGML, and JSONL in the benchmark row format"
          + " (one story per line). '-' reads standard input.",
      ""
    })
public final class SummarizeCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Mixin
  InputPaths input;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nLength (one of; default "
      + Budget.DEFAULT_WORDS + " words):%n")
  Length length;

  static final class Length {
    @Option(names = {"-w", "--words"}, paramLabel = "N", description = "At most N words.")
    Integer words;

    @Option(names = {"-s", "--sentences"}, paramLabel = "N", description = "At most N sentences.")
    Integer sentences;

    @Option(names = {"-c", "--chars"}, paramLabel = "N",
        description = "At most N characters (sentences joined by a space).")
    Integer chars;
  }

  @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME", defaultValue = Summarizers.DEFAULT,
      completionCandidates = Help.AlgorithmNames.class,
      description = "Summarizer: ${COMPLETION-CANDIDATES}. Default: the best measured one (see the list below).")
  String algorithm;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = Help.FormatNames.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON output is one"
          + " object {\"stories\": [...]}.")
  String format;

  @Option(names = "--explain",
      description = "List on standard error what the debris cleaner removed from each article, and why.")
  boolean explain;

  @Mixin
  PrecisOptions pipeline;

  @Mixin
  AlgorithmOptions algorithmOptions;

  @Override
  public Integer call() throws InputException, IOException {
    Io io = parent.io();
    Budget budget = budget();
    Summarizer summarizer = algorithmOptions.apply(spec, Help.summarizer(spec, algorithm));
    Renderer renderer = renderer();
    StoryReader reader = new StoryReader(io::warn, io.in());
    Precis precis = pipeline.builder().summarizer(summarizer).budget(budget).build();
    int malformed;
    try (StoryStream stories = reader.open(input.paths)) {
      try (SummaryWriter writer = renderer.open(io.out())) {
        while (stories.hasNext()) {
          Story story = stories.next();
          CleanedStory cleaned = precis.clean(story);
          if (explain) {
            explain(io, cleaned);
          }
          Summary summary = precis.summarize(cleaned);
          writer.write(summary, budget);
          if (io.out().checkError()) {
            return Main.OK; // the reader went away (e.g. "| head"): stop quietly
          }
        }
      }
      malformed = stories.malformedLines();
    }
    io.out().flush();
    if (malformed > 1) {
      io.warn(malformed + " malformed JSONL lines were skipped in all");
    }
    return Main.OK;
  }

  /** One line per removal: {@code precis: explain: STORY/DOCUMENT: REASON: "text"}. */
  private static void explain(Io io, CleanedStory cleaned) {
    List<Document> docs = cleaned.story().documents();
    for (int d = 0; d < cleaned.results().size(); d++) {
      String where = cleaned.story().id() + "/" + docs.get(d).id();
      for (Removal removal : cleaned.results().get(d).removals()) {
        io.err().println("precis: explain: " + where + ": " + removal);
      }
    }
    io.err().flush();
  }

  private Budget budget() {
    if (length == null) {
      return Budget.words(Budget.DEFAULT_WORDS);
    }
    if (length.words != null) {
      return Budget.words(atLeastOne("--words", length.words));
    }
    if (length.sentences != null) {
      return Budget.sentences(atLeastOne("--sentences", length.sentences));
    }
    return Budget.characters(atLeastOne("--chars", length.chars));
  }

  private int atLeastOne(String option, int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), option + " must be at least 1, got " + n);
    }
    return n;
  }

  private Renderer renderer() {
    try {
      return Renderers.get(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
