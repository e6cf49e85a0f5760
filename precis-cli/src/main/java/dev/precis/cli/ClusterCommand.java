package dev.precis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Precis;
import dev.precis.cluster.ArticleInput;
import dev.precis.cluster.ClusterPipeline;
import dev.precis.cluster.StoryClusterer;
import dev.precis.ingest.InputException;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.render.Renderer;
import dev.precis.render.Renderers;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code precis cluster PATH...}: group a stream of articles into stories, online. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Groups a stream of news articles into stories, one article at a time, in arrival order: by date when every"
          + " article of an input is dated, else in input order; a JSONL stream of article rows (id, title, text,"
          + " date, source, lang) is read in file order. Any input that summarize reads works too; its stories are"
          + " taken apart into articles. Articles without text are skipped with a warning.",
      ""
    })
public final class ClusterCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand PrecisCommand parent;

  @Spec CommandSpec spec;

  @Mixin
  InputPaths input;

  @Mixin
  ClusteringOptions clustering;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "jsonl (one line per article: {\"id\", \"story\", \"score\"}; the default), json or markdown"
          + " (stories with their articles). With --summarize: text (the default), markdown or json, as"
          + " summarize prints them.")
  String format;

  @Option(names = "--summarize", description = "Print each story's cited summary instead of its articles.")
  boolean summarize;

  @Option(names = {"-w", "--words"}, paramLabel = "N",
      description = "With --summarize: at most N words per summary (default " + Budget.DEFAULT_WORDS + ").")
  Integer words;

  /** An article of a story in the output, with the score it joined with. */
  private record Member(Document article, double score) {}

  @Override
  public Integer call() throws InputException, IOException {
    Io io = parent.io();
    String chosen = format == null ? (summarize ? "text" : "jsonl") : format.strip().toLowerCase(Locale.ROOT);
    Renderer renderer = summarize ? renderer(chosen) : null;
    if (!summarize && !List.of("jsonl", "json", "markdown").contains(chosen)) {
      throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; known: jsonl, json,"
          + " markdown (text too with --summarize)");
    }
    if (words != null && (!summarize || words < 1)) {
      throw new ParameterException(spec.commandLine(), words < 1 ? "--words must be at least 1, got " + words
          : "--words needs --summarize");
    }
    StoryClusterer clusterer = clustering.clusterer(spec);
    boolean lines = chosen.equals("jsonl") && !summarize;
    Map<String, List<Member>> stories = new LinkedHashMap<>();
    Map<String, String> storyOf = new LinkedHashMap<>();
    PrintWriter out = io.out();
    int undated;
    int skipped;
    try (ArticleInput articles = ArticleInput.open(input.paths, io::warn, io.in());
        ProgressBar bar = ClusteringOptions.progressBar("cluster")) {
      boolean finished = ClusterPipeline.run(articles, d -> d, clusterer, ClusterPipeline.defaultWorkers(),
          (d, a) -> {
            if (bar != null) {
              bar.step();
            }
            if (lines) {
              ObjectNode line = JSON.createObjectNode();
              line.put("id", a.article());
              line.put("story", a.story());
              line.put("score", Math.round(a.score() * 10_000) / 10_000.0);
              out.println(line);
              return !out.checkError(); // the reader went away (e.g. "| head"): stop quietly
            }
            String earlier = storyOf.put(d.id(), a.story());
            if (earlier != null) {
              stories.get(earlier).removeIf(m -> m.article.id().equals(d.id()));
            }
            Document kept = summarize ? d : d.withText("");
            stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(new Member(kept, a.score()));
            return true;
          });
      if (!finished) {
        return Main.OK;
      }
      undated = articles.undated();
      skipped = articles.withoutText();
    }
    int total = lines ? 0 : storyOf.size();
    if (!lines) {
      stories.values().removeIf(List::isEmpty);
      if (summarize) {
        writeSummaries(out, renderer, stories);
      } else if (chosen.equals("json")) {
        writeJson(out, clusterer, stories, total, undated, skipped);
      } else {
        writeMarkdown(out, clusterer, stories, total, undated);
      }
    }
    out.flush();
    if (undated > 0) {
      io.warn(articles(undated) + " no date: undated articles are taken in input order, and only the horizon ("
          + clusterer.options().horizon() + " articles) closes their stories");
    }
    if (skipped > 0) {
      io.warn(articles(skipped) + " no text and " + (skipped == 1 ? "was" : "were") + " skipped");
    }
    return Main.OK;
  }

  private Renderer renderer(String name) {
    try {
      return Renderers.get(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void writeSummaries(PrintWriter out, Renderer renderer, Map<String, List<Member>> stories)
      throws IOException {
    Budget budget = Budget.words(words == null ? Budget.DEFAULT_WORDS : words);
    Precis precis = Precis.builder().summarizer(Summarizers.DEFAULT).budget(budget).build();
    try (SummaryWriter writer = renderer.open(out)) {
      for (Map.Entry<String, List<Member>> e : stories.entrySet()) {
        Story story = Story.of(e.getKey(), e.getValue().stream().map(Member::article).toList());
        writer.write(precis.summarize(story), budget);
      }
    }
  }

  private static void writeJson(PrintWriter out, StoryClusterer clusterer, Map<String, List<Member>> stories,
      int articles, int undated, int skipped) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("algorithm", clusterer.name());
    ObjectNode options = root.putObject("options");
    clusterer.options().toMap().forEach(options::put);
    root.put("articles", articles);
    root.put("undated", undated);
    root.put("skipped_without_text", skipped);
    ArrayNode list = root.putArray("stories");
    for (Map.Entry<String, List<Member>> e : stories.entrySet()) {
      ObjectNode s = list.addObject();
      s.put("id", e.getKey());
      ArrayNode docs = s.putArray("articles");
      for (Member m : e.getValue()) {
        ObjectNode d = docs.addObject();
        d.put("id", m.article.id());
        d.put("title", m.article.title());
        d.put("source", m.article.source());
        d.put("date", m.article.date() == null ? null : m.article.date().toString());
        d.put("score", Math.round(m.score * 10_000) / 10_000.0);
      }
    }
    ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    pretty.writeValue(out, root);
    out.println();
  }

  private static void writeMarkdown(PrintWriter out, StoryClusterer clusterer, Map<String, List<Member>> stories,
      int articles, int undated) {
    out.printf(Locale.ROOT, "# %d %s from %d %s%n%n", stories.size(), stories.size() == 1 ? "story" : "stories",
        articles, articles == 1 ? "article" : "articles");
    out.printf(Locale.ROOT, "Algorithm `%s`: %s.%s%n", clusterer.name(),
        ClusteringOptions.describe(clusterer.options()),
        undated > 0 ? " Articles without a date: " + undated + " (taken in input order)." : "");
    for (Map.Entry<String, List<Member>> e : stories.entrySet()) {
      int n = e.getValue().size();
      out.printf(Locale.ROOT, "%n## %s (%d %s)%n%n", e.getKey(), n, n == 1 ? "article" : "articles");
      for (Member m : e.getValue()) {
        Document d = m.article;
        StringBuilder line = new StringBuilder("- `").append(d.id()).append('`');
        if (d.title() != null) {
          line.append(" ").append(escape(d.title()));
        }
        List<String> meta = new ArrayList<>();
        if (d.source() != null) {
          meta.add(escape(d.source()));
        }
        if (d.date() != null) {
          meta.add(d.date().toString().replace('T', ' '));
        }
        if (!meta.isEmpty()) {
          line.append(" (").append(String.join(", ", meta)).append(')');
        }
        out.println(line);
      }
    }
  }

  /** "1 article has" or "N articles have". */
  private static String articles(int n) {
    return n == 1 ? "1 article has" : n + " articles have";
  }

  private static String escape(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replaceAll("\\s+", " ").strip();
  }
}
