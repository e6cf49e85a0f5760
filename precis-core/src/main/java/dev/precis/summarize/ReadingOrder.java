package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.text.Openers;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts selected sentences in reading order. A selected sentence stands for its whole redundancy group, so it is
 * placed where the group first appears: chronologically (the earliest dated article that says it, then its
 * position there) when every selected sentence has a dated source, otherwise by the earliest relative position
 * at which any article says it, so leads come first whichever article they are from. The summary opens with
 * the first of them that does not point back to something unsaid ({@code He}, {@code But}, {@code These}).
 */
public final class ReadingOrder {
  private ReadingOrder() {}

  /** Where a group first appears: its earliest date (or null) and earliest relative position. */
  private record Place(LocalDateTime date, double datedPosition, double position, int sentence) {}

  public static List<Selection.Item> order(AnalyzedStory story, List<Selection.Item> items) {
    List<Document> docs = story.story().documents();
    List<Place> places = new ArrayList<>();
    for (Selection.Item item : items) {
      LocalDateTime date = null;
      double datedPosition = 1;
      double position = 1;
      for (int m : story.groupMembers(item.sentence())) {
        LocalDateTime d = docs.get(story.sentence(m).document()).date();
        double p = story.relativePosition(m);
        position = Math.min(position, p);
        if (d != null && (date == null || d.isBefore(date) || d.equals(date) && p < datedPosition)) {
          date = d;
          datedPosition = p;
        }
      }
      places.add(new Place(date, datedPosition, position, item.sentence()));
    }
    boolean dated = places.stream().allMatch(p -> p.date() != null);
    Comparator<Place> order = dated
        ? Comparator.comparing(Place::date).thenComparingDouble(Place::datedPosition)
            .thenComparingInt(Place::sentence)
        : Comparator.comparingDouble(Place::position).thenComparingInt(Place::sentence);
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      index.add(i);
    }
    index.sort((a, b) -> order.compare(places.get(a), places.get(b)));
    List<Selection.Item> sorted = new ArrayList<>();
    for (int i : index) {
      sorted.add(items.get(i));
    }
    // A summary does not open with "He", "But" or "These": the first sentence that stands alone goes first.
    for (int i = 0; i < sorted.size(); i++) {
      if (!Openers.refersBack(story.printed(sorted.get(i).sentence()))) {
        sorted.add(0, sorted.remove(i));
        break;
      }
    }
    return sorted;
  }
}
