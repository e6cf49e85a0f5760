package dev.precis.spark;

import dev.precis.Precis;
import dev.precis.cluster.DocumentFrequencies;
import dev.precis.cluster.StoryClusterer;
import dev.precis.cluster.StoryClusterers;
import dev.precis.json.PrecisJson;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.summarize.Summarizers;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What an executor does with one block (a connected group of candidate articles): the library's online clusterer,
 * with the collection's document frequencies, takes the block's articles in arrival order, exactly as
 * {@code precis cluster} takes the whole stream ({@link #stories}); then, wherever the story lands, the library's
 * facade summarizes and cross-examines it ({@link #row}). An id seen again in a story replaces the earlier version
 * there, as in {@code precis cluster}.
 */
final class BlockClustering {
  private final JobOptions options;
  private final DocumentFrequencies frequencies;
  /** A story's report as the codec writes it; null when summaries are off. */
  private final Function<Story, String> report;
  /**
   * The clusterer of this task's blocks, made for the first and {@link StoryClusterer#reset reset} for each next one:
   * a new clusterer per block would allocate its term tables (16 MB) again for every block.
   */
  private StoryClusterer clusterer;

  BlockClustering(JobOptions options, DocumentFrequencies frequencies) {
    this(options, frequencies, options.summaries() ? reporter(options) : null);
  }

  /** With {@code report} making the report of a story instead of the facade (null: no summaries). */
  BlockClustering(JobOptions options, DocumentFrequencies frequencies, Function<Story, String> report) {
    this.options = options;
    this.frequencies = frequencies;
    this.report = report;
  }

  private static Function<Story, String> reporter(JobOptions options) {
    Precis precis = Precis.builder().summarizer(Summarizers.DEFAULT).budget(options.budget()).build();
    return story -> PrecisJson.write(precis.report(story));
  }

  /**
   * A story that could not be summarized: its id, its first article's id, and what was thrown (class, message and
   * the frame that threw it).
   */
  record Failure(String story, String firstArticle, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Failure of(String story, String firstArticle, RuntimeException e) {
      StringBuilder error = new StringBuilder(e.toString().replaceAll("\\s+", " "));
      StackTraceElement[] trace = e.getStackTrace();
      if (trace.length > 0) {
        error.append(" at ").append(trace[0]);
      }
      return new Failure(story, firstArticle, error.toString());
    }

    /** The story's number, for ordering ({@code s17} is 17). */
    long number() {
      return Long.parseLong(story.substring(1));
    }

    @Override
    public String toString() {
      return "story " + story + " (first article " + firstArticle + "): " + error;
    }
  }

  /**
   * A story of a block: its articles at home in the block's slot, in arrival order (named by the first one's
   * arrival index, {@link #first}), and the arrival indexes of the context articles it took from the previous
   * slot, through which it continues a story there ({@link Blocking.Borders}).
   */
  record Members(List<Article> articles, long[] context) implements Serializable {
    private static final long serialVersionUID = 1L;

    long first() {
      return articles.get(0).index;
    }
  }

  /**
   * The stories of one block, whose articles are given in arrival order, those set in {@code context} being the
   * previous slot's (a story of context articles only belongs to that slot and is left out).
   */
  List<Members> stories(List<Article> block, BitSet context) {
    if (clusterer == null) {
      clusterer = StoryClusterers.create(options.algorithm(), options.clustering(), frequencies);
    } else {
      clusterer.reset();
    }
    Map<String, List<Integer>> stories = new LinkedHashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    for (int i = 0; i < block.size(); i++) {
      Article a = block.get(i);
      String story = clusterer.assign(a.document()).story();
      String earlier = storyOf.put(a.id(), story);
      if (earlier != null) {
        stories.get(earlier).removeIf(m -> block.get(m).id().equals(a.id()));
      }
      stories.computeIfAbsent(story, k -> new ArrayList<>()).add(i);
    }
    List<Members> out = new ArrayList<>();
    for (List<Integer> members : stories.values()) {
      List<Article> home = new ArrayList<>();
      long[] took = members.stream().filter(context::get).mapToLong(m -> block.get(m).index).toArray();
      members.stream().filter(m -> !context.get(m)).forEach(m -> home.add(block.get(m)));
      if (!home.isEmpty()) {
        out.add(new Members(home, took));
      }
    }
    return out;
  }

  /**
   * The output row of a story, with its summary and report when summaries are on; its id is {@code s} and its
   * first article's arrival number.
   *
   * @param members the story's articles in arrival order
   * @param failed told of a story whose summary failed (it is written without one)
   */
  StoryRow row(List<Article> members, Consumer<Failure> failed) {
    String id = "s" + (members.get(0).index + 1);
    LocalDateTime start = null;
    LocalDateTime end = null;
    List<String> ids = new ArrayList<>();
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    List<Document> docs = new ArrayList<>();
    for (Article a : members) {
      Document d = a.document();
      docs.add(d);
      ids.add(d.id());
      if (d.source() != null && !d.source().isBlank()) {
        outlets.add(d.outlet());
      }
      if (d.date() != null) {
        start = start == null || d.date().isBefore(start) ? d.date() : start;
        end = end == null || d.date().isAfter(end) ? d.date() : end;
      }
    }
    String written = null;
    if (report != null) {
      try {
        written = report.apply(Story.of(id, docs));
      } catch (RuntimeException e) {
        failed.accept(Failure.of(id, ids.get(0), e));
      }
    }
    return new StoryRow(id, start, end, List.copyOf(ids), List.copyOf(outlets), written);
  }
}
