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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
  private final Precis precis;

  BlockClustering(JobOptions options, DocumentFrequencies frequencies) {
    this.options = options;
    this.frequencies = frequencies;
    this.precis = options.summaries()
        ? Precis.builder().summarizer(Summarizers.DEFAULT).budget(options.budget()).build() : null;
  }

  /** The articles of a story, in arrival order; its id is {@code s} and its first article's arrival number. */
  record Members(String id, List<Article> articles) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The stories of one block, whose articles are given in arrival order. */
  List<Members> stories(List<Article> block) {
    StoryClusterer clusterer = StoryClusterers.create(options.algorithm(), options.clustering(), frequencies);
    Map<String, List<Article>> stories = new LinkedHashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    for (Article a : block) {
      String story = clusterer.assign(a.document()).story();
      String earlier = storyOf.put(a.id(), story);
      if (earlier != null) {
        stories.get(earlier).removeIf(m -> m.id().equals(a.id()));
      }
      stories.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
    }
    List<Members> out = new ArrayList<>();
    for (List<Article> members : stories.values()) {
      if (!members.isEmpty()) {
        out.add(new Members("s" + (members.stream().mapToLong(a -> a.index).min().orElseThrow() + 1), members));
      }
    }
    return out;
  }

  /**
   * The output row of a story, with its summary and report when summaries are on.
   *
   * @param failed told the id of a story whose summary failed (it is written without one)
   */
  StoryRow row(Members story, Consumer<String> failed) {
    String id = story.id();
    List<Article> members = story.articles();
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
    String report = null;
    if (precis != null) {
      try {
        report = PrecisJson.write(precis.report(Story.of(id, docs)));
      } catch (RuntimeException e) {
        failed.accept(id);
      }
    }
    return new StoryRow(id, start, end, List.copyOf(ids), List.copyOf(outlets), report);
  }
}
