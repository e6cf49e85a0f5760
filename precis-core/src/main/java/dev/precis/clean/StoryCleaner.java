package dev.precis.clean;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@link DebrisCleaner} over a story. Articles of one outlet (same {@code source}) are cleaned together,
 * so lines the outlet repeats across its articles are found; articles without a source are cleaned alone.
 */
public final class StoryCleaner {
  private final DebrisCleaner cleaner;

  public StoryCleaner() {
    this(new DebrisCleaner());
  }

  public StoryCleaner(DebrisCleaner cleaner) {
    this.cleaner = cleaner;
  }

  public CleanedStory clean(Story story) {
    List<Document> docs = story.documents();
    Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      String source = docs.get(d).source();
      byOutlet.computeIfAbsent(source == null ? "\u0000" + d : source, k -> new ArrayList<>()).add(d);
    }
    CleanResult[] results = new CleanResult[docs.size()];
    for (List<Integer> outlet : byOutlet.values()) {
      List<String> texts = outlet.stream().map(d -> docs.get(d).text()).toList();
      List<CleanResult> cleaned = texts.size() == 1 ? List.of(cleaner.clean(texts.get(0))) : cleaner.cleanOutlet(texts);
      for (int i = 0; i < outlet.size(); i++) {
        results[outlet.get(i)] = cleaned.get(i);
      }
    }
    List<Document> out = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      out.add(docs.get(d).withText(results[d].text()));
    }
    return new CleanedStory(new Story(story.id(), story.language(), out, story.references()), List.of(results));
  }
}
