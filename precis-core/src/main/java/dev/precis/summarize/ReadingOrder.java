package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.CandidateFilter;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.text.Openers;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts selected sentences in reading order. A selected sentence stands for its whole redundancy group, so it is
 * placed where the group first appears: chronologically (the earliest dated article that says it, then its
 * position there) when every selected sentence has a dated source, otherwise by the earliest relative position
 * at which any article says it, so leads come first whichever article they are from. The summary opens the
 * way a news story does: with a selected sentence that some article leads with (the one most articles say, the
 * earliest of equals), or, when none was selected, with the first one that does not point back to something
 * unsaid ({@code He}, {@code But}, {@code These}). Chronological order alone would open with whatever the
 * earliest article said first among the selected, such as "The cause of the crash has yet to be determined."
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
    int opener = -1;
    int openerDocuments = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int s = sorted.get(i).sentence();
      if (!Openers.pointsBack(story.printed(s))) {
        int documents = leadDocuments(story, s);
        if (opener < 0 || documents > openerDocuments) {
          opener = i;
          openerDocuments = documents;
        }
      }
    }
    if (opener > 0) {
      sorted.add(0, sorted.remove(opener));
    }
    return afterAntecedents(story, sorted);
  }

  /**
   * Moves each sentence that points back ("He was seen at Luton station", "That agreement expires in 2012") to
   * just after a sentence of the summary that its own article puts at most two sentences before it ({@link
   * Antecedents#isAntecedent}), where what it points to most likely is, instead of wherever its group first
   * appears in the story. Sentences without such a neighbour keep their place; the opener stays first.
   */
  private static List<Selection.Item> afterAntecedents(AnalyzedStory story, List<Selection.Item> sorted) {
    List<Selection.Item> out = new ArrayList<>(sorted);
    for (int i = 1; i < sorted.size(); i++) {
      Selection.Item item = sorted.get(i);
      Sentence sentence = story.sentence(item.sentence());
      if (!Openers.pointsBack(story.printed(item.sentence()))) {
        continue;
      }
      Selection.Item antecedent = null;
      for (Selection.Item other : sorted) {
        Sentence o = story.sentence(other.sentence());
        if (Antecedents.isAntecedent(o, sentence)
            && (antecedent == null || o.position() > story.sentence(antecedent.sentence()).position())) {
          antecedent = other;
        }
      }
      if (antecedent != null) {
        int after = story.sentence(antecedent.sentence()).position();
        out.remove(item);
        int at = out.indexOf(antecedent) + 1;
        // Behind sentences of the same article already moved there that come before it.
        while (at < out.size()) {
          Sentence next = story.sentence(out.get(at).sentence());
          if (next.document() != sentence.document() || next.position() >= sentence.position()
              || next.position() <= after) {
            break;
          }
          at++;
        }
        out.add(at, item);
      }
    }
    return out;
  }

  /**
   * How many articles say sentence s's group, counted only when one of them leads with it (as its first
   * sentence, or its second after a headline without a stop); 0 otherwise.
   */
  private static int leadDocuments(AnalyzedStory story, int s) {
    int[] members = story.groupMembers(s);
    boolean lead = false;
    for (int m : members) {
      Sentence sentence = story.sentence(m);
      lead |= sentence.position() == 0
          || sentence.position() == 1 && CandidateFilter.cutOff(story.sentence(m - 1).text());
    }
    return lead ? (int) Arrays.stream(members).map(m -> story.sentence(m).document()).distinct().count() : 0;
  }
}
