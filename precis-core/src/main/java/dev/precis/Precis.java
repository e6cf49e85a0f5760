package dev.precis;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.Novelty;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.cite.Citer;
import dev.precis.cite.Representatives;
import dev.precis.clean.CleanedStory;
import dev.precis.clean.StoryCleaner;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Antecedents;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Introductions;
import dev.precis.summarize.ReadingOrder;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.text.Compressor;
import dev.precis.text.Segmenter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The library's entry point, the one every front end (CLI, server, Spark job, evaluator, benchmarks) calls: clean,
 * segment, analyze (compressing English sentences unless compression is off), select, choose the copy to print,
 * order and cite; {@link #report} adds the cross-source analysis. Nothing below this class calls back into it.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Precis precis = Precis.builder().summarizer("coverage").budget(Budget.words(120)).build();
 * Summary summary = precis.summarize(story);
 * summary.sentences().forEach(s -> System.out.println(s.text() + " " + s.citations()));
 * }</pre>
 *
 * <p>The lower-level entry points ({@link #clean}, {@link #analyze}, {@link #summarize(AnalyzedStory, Summarizer,
 * Budget)}) let a caller see the cleaning (the CLI's {@code --explain}) or run several summarizers on one analysis
 * (the evaluator).
 */
public final class Precis {
  private final StoryCleaner cleaner;
  private final StoryAnalyzer analyzer;
  private final String language;
  private final Summarizer summarizer;
  private final Budget budget;

  /** The full pipeline with every default: cleaning and compression on, the default summarizer, 150 words. */
  public Precis() {
    this(new StoryCleaner(), new StoryAnalyzer());
  }

  /**
   * A pipeline made of given stages, for tests and experiments that swap one; front ends use {@link #builder()}.
   *
   * @param cleaner the clean stage, or null for text that is clean already (documents are then used as given)
   * @param analyzer the analysis stage
   */
  public Precis(StoryCleaner cleaner, StoryAnalyzer analyzer) {
    this(cleaner, analyzer, null, null, Budget.words(Budget.DEFAULT_WORDS));
  }

  private Precis(StoryCleaner cleaner, StoryAnalyzer analyzer, String language, Summarizer summarizer,
      Budget budget) {
    this.cleaner = cleaner;
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.language = language;
    this.summarizer = summarizer;
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  /** A builder starting from the defaults of {@link #Precis()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The summarizer {@link #summarize(Story)} and {@link #report(Story)} use (the default one unless set). */
  public Summarizer summarizer() {
    return summarizer != null ? summarizer : Summarizers.get(Summarizers.DEFAULT);
  }

  /** The budget {@link #summarize(Story)} and {@link #report(Story)} use. */
  public Budget budget() {
    return budget;
  }

  /**
   * Removes scraping debris (photo credits, markup, promos, wire notes, datelines...) from every document; with
   * cleaning off, the documents are kept as given. The cleaned texts are what all offsets of later stages refer
   * to. A language set on the builder replaces the story's here.
   */
  public CleanedStory clean(Story story) {
    Story input = language == null ? story
        : new Story(story.id(), language, story.documents(), story.references());
    return cleaner == null ? new CleanedStory(input, List.of()) : cleaner.clean(input);
  }

  /** Cleans, segments and analyzes a story, the input of every summarizer. */
  public AnalyzedStory analyze(Story story) {
    return analyze(clean(story));
  }

  /** Segments and analyzes a story already cleaned by {@link #clean}. */
  public AnalyzedStory analyze(CleanedStory cleaned) {
    return analyzer.analyze(new Segmenter().segment(cleaned.story()));
  }

  /** The cited summary of {@code story} by this pipeline's summarizer within its budget. */
  public Summary summarize(Story story) {
    return summarize(clean(story));
  }

  /** The cited summary of a story already cleaned by {@link #clean}. */
  public Summary summarize(CleanedStory cleaned) {
    return summarize(analyze(cleaned), summarizer(), budget);
  }

  /** Summarizes {@code story} with the summarizer called {@code algorithm} within {@code budget}. */
  public Summary summarize(Story story, String algorithm, Budget budget) {
    return summarize(analyze(story), Summarizers.get(algorithm), budget);
  }

  /** How many times a summary is selected again without the sentences that dangled in the one before. */
  private static final int MAX_RESELECTIONS = 3;

  /**
   * Summarizes an analyzed story; lets callers run several summarizers on one analysis. A sentence that points
   * back to something the summary has not said ({@link Antecedents}) gets the sentence before it in its article
   * printed too when there is room, and one that names a person by the surname alone whom the summary has not
   * introduced ({@link Introductions}) a sentence that introduces them; otherwise the summarizer selects again
   * without it (up to {@value #MAX_RESELECTIONS} times, then once more from the sentences that point back to
   * nothing). What still dangles after that is left out, unless that would leave the summary empty.
   */
  public Summary summarize(AnalyzedStory story, Summarizer summarizer, Budget budget) {
    return summarize(story, summarizer, budget, Introductions.of(story));
  }

  /** {@link #summarize(AnalyzedStory, Summarizer, Budget)} knowing the people {@code introductions} knows. */
  private Summary summarize(AnalyzedStory story, Summarizer summarizer, Budget budget, Introductions introductions) {
    Citer citer = new Citer(story);
    List<SummarySentence> sentences = new ArrayList<>();
    AnalyzedStory pool = story;
    List<Selection.Item> ordered = List.of();
    Set<Integer> left = Set.of();
    for (int round = 0; round <= MAX_RESELECTIONS + 1; round++) {
      Selection selection = summarizer.select(pool, budget);
      if (round > 0 && selection.isEmpty()) {
        break;
      }
      List<Selection.Item> printed = Representatives.choose(pool, budget, selection.items());
      ordered = ReadingOrder.order(pool,
          introductions.introduce(pool, budget, Antecedents.introduce(pool, budget, printed)));
      Set<Integer> dangling = Antecedents.dangling(pool, ordered);
      dangling.addAll(introductions.dangling(pool, ordered));
      left = dangling;
      if (dangling.isEmpty()) {
        break;
      }
      // The last time, no sentence that depends on what came before may be selected at all.
      boolean last = round == MAX_RESELECTIONS;
      AnalyzedStory from = pool;
      pool = pool.withCandidates(s -> !dangling.contains(s) && !(last && Antecedents.dependsOnWhatCameBefore(from, s)));
    }
    Set<Integer> stillDangling = left;
    if (!stillDangling.isEmpty() && ordered.stream().anyMatch(i -> !stillDangling.contains(i.sentence()))) {
      ordered = ordered.stream().filter(i -> !stillDangling.contains(i.sentence())).toList();
    }
    for (Selection.Item item : ordered) {
      int s = item.sentence();
      int offset = story.sentence(s).span().start();
      List<Span> pieces = story.printedPieces(s).stream()
          .map(p -> new Span(offset + p.start(), offset + p.end())).toList();
      sentences.add(new SummarySentence(story.printed(s), s, item.score(), citer.cite(s), pieces));
    }
    return new Summary(story.story(), summarizer.name(), sentences);
  }

  /** The cited summary and the cross-source report of {@code story}, by this pipeline's summarizer and budget. */
  public StoryReport report(Story story) {
    return report(clean(story), summarizer(), budget);
  }

  /** Cleans, analyzes, summarizes and cross-examines one story: the cited summary and the cross-source report. */
  public StoryReport report(Story story, Summarizer summarizer, Budget budget) {
    return report(clean(story), summarizer, budget);
  }

  /** Analyzes, summarizes and cross-examines a story already cleaned by {@link #clean}. */
  public StoryReport report(CleanedStory cleaned, Summarizer summarizer, Budget budget) {
    AnalyzedStory analyzed = analyze(cleaned);
    return new StoryReport(summarize(analyzed, summarizer, budget), budget, CrossSourceReport.of(analyzed));
  }

  /**
   * The update summary of a story that grew (the TAC 2008 update task): what its new documents add for a reader
   * who has read {@code seen}, by this pipeline's summarizer within {@code budget}, cited like every summary. Only
   * sentences of the new documents are printed, none that an older document of the story also says, and none
   * that says what a sentence of {@code seen} says ({@link Novelty}); sentences are weighed against the whole
   * story. The summary is empty when the new documents add nothing. A person a sentence of {@code seen} introduced
   * needs no introduction again: the update may name them by the surname alone ({@link Introductions#knowing}).
   * The cross-source report is the whole story's.
   *
   * @param story every document of the story, old and new
   * @param newDocumentIds ids of the documents new since the reader looked
   * @param seen the sentences the reader saw (the summary's printed sentences at that time)
   */
  public StoryReport update(Story story, Collection<String> newDocumentIds, List<String> seen, Budget budget) {
    AnalyzedStory analyzed = analyze(story);
    Set<String> ids = new HashSet<>(newDocumentIds);
    Set<Integer> fresh = new HashSet<>();
    List<Document> docs = analyzed.story().documents();
    for (int d = 0; d < docs.size(); d++) {
      if (ids.contains(docs.get(d).id())) {
        fresh.add(d);
      }
    }
    AnalyzedStory candidates = analyzed.withCandidates(new Novelty().newSentences(analyzed, fresh, seen));
    Summary summary = summarize(candidates, summarizer(), budget, Introductions.of(candidates).knowing(seen));
    return new StoryReport(summary, budget, CrossSourceReport.of(analyzed));
  }

  /** Sets up a {@link Precis}; every setting has the default of {@link #Precis()}. Not thread-safe. */
  public static final class Builder {
    private boolean cleaning = true;
    private boolean compression = true;
    private String language;
    private Summarizer summarizer;
    private Budget budget = Budget.words(Budget.DEFAULT_WORDS);

    private Builder() {}

    /** Whether scraping debris is removed (default true); off for text known to be clean. */
    public Builder cleaning(boolean on) {
      this.cleaning = on;
      return this;
    }

    /**
     * Whether English sentences may be printed shortened (default true); off prints every sentence whole (the
     * CLI's {@code --verbatim}).
     */
    public Builder compression(boolean on) {
      this.compression = on;
      return this;
    }

    /**
     * The language (ISO 639-1 code) every story is treated as, whatever it declares; null (the default) keeps
     * each story's own.
     */
    public Builder language(String code) {
      this.language = code == null || code.isBlank() ? null : code.strip();
      return this;
    }

    /** The summarizer, configured as the caller wants it (default: the default one). */
    public Builder summarizer(Summarizer summarizer) {
      this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
      return this;
    }

    /**
     * The summarizer of this name ({@code default} included).
     *
     * @throws IllegalArgumentException for an unknown name, with a message listing the known ones
     */
    public Builder summarizer(String name) {
      return summarizer(Summarizers.get(name));
    }

    /** The budget of {@link Precis#summarize(Story)} and {@link Precis#report(Story)} (default 150 words). */
    public Builder budget(Budget budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    public Precis build() {
      return new Precis(cleaning ? new StoryCleaner() : null,
          new StoryAnalyzer(compression ? Compressor.DEFAULT : Compressor.VERBATIM), language, summarizer, budget);
    }
  }
}
