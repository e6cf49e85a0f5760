package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts selected sentences in reading order: chronologically (article date, then position in the article) when
 * every selected sentence's article is dated, otherwise by relative position in the story, so leads come
 * first whichever article they are from.
 */
public final class ReadingOrder {
  private ReadingOrder() {}

  public static List<Selection.Item> order(AnalyzedStory story, List<Selection.Item> items) {
    List<Document> docs = story.story().documents();
    boolean dated = items.stream()
        .allMatch(i -> docs.get(story.sentence(i.sentence()).document()).date() != null);
    Comparator<Selection.Item> byPosition = Comparator
        .<Selection.Item>comparingDouble(i -> story.relativePosition(i.sentence()))
        .thenComparingInt(i -> story.sentence(i.sentence()).document())
        .thenComparingInt(i -> story.sentence(i.sentence()).position());
    Comparator<Selection.Item> order = dated
        ? Comparator.<Selection.Item, java.time.LocalDateTime>comparing(
                i -> docs.get(story.sentence(i.sentence()).document()).date())
            .thenComparingInt(i -> story.sentence(i.sentence()).document())
            .thenComparingInt(i -> story.sentence(i.sentence()).position())
        : byPosition;
    List<Selection.Item> sorted = new ArrayList<>(items);
    sorted.sort(order);
    return sorted;
  }
}
