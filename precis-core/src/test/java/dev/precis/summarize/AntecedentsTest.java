package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class AntecedentsTest {
  /** 0 names the harbour master, 1 points back to him, 2 and 3 stand alone, 4 points back to 3's report. */
  private static final AnalyzedStory STORY = new Precis().analyze(Story.of("wall", List.of(Document.of("a",
      "Harbour master Tom Reyes inspected the sea wall at dawn. He said the wall had cracked in two places. "
          + "Ferries will not sail until Friday. The council has asked engineers for a report on the wall. "
          + "It is due next month."))));

  private static List<Integer> introduced(Budget budget, int... sentences) {
    List<Selection.Item> items = new java.util.ArrayList<>();
    for (int s : sentences) {
      items.add(new Selection.Item(s, 1));
    }
    return Antecedents.introduce(STORY, budget, items).stream().map(Selection.Item::sentence).toList();
  }

  @Test
  void aSentenceThatPointsBackDanglesUntilOneOfTheTwoSentencesBeforeItIsPrintedBeforeIt() {
    assertThat(STORY.size()).isEqualTo(5);
    assertThat(Antecedents.dangles(STORY, List.of(2, 1), 1)).isTrue();
    assertThat(Antecedents.dangles(STORY, List.of(1, 0), 0)).isTrue();
    assertThat(Antecedents.dangles(STORY, List.of(0, 1), 1)).isFalse();
    assertThat(Antecedents.dangles(STORY, List.of(2, 4), 1)).isFalse();
    // Three sentences back is out of reach.
    assertThat(Antecedents.dangles(STORY, List.of(1, 4), 1)).isTrue();
    assertThat(Antecedents.dangles(STORY, List.of(2, 3), 1)).isFalse();
  }

  @Test
  void theSentenceBeforeIsAddedWhenTheBudgetHasRoomForIt() {
    assertThat(introduced(Budget.words(30), 1, 2)).containsExactly(1, 2, 0);
    assertThat(Antecedents.introduce(STORY, Budget.words(30), List.of(new Selection.Item(1, 5))))
        .containsExactly(new Selection.Item(1, 5), new Selection.Item(0, 0));
    // 9 + 6 words chosen; the 10 of sentence 0 do not fit in 20.
    assertThat(introduced(Budget.words(20), 1, 2)).containsExactly(1, 2);
    // Already introduced: sentence 3 is chosen.
    assertThat(introduced(Budget.words(100), 3, 4)).containsExactly(3, 4);
  }

  @Test
  void aSentenceBeforeThatPointsBackItselfIsNotAdded() {
    AnalyzedStory story = new Precis().analyze(Story.of("s", List.of(Document.of("a",
        "Harbour master Tom Reyes inspected the sea wall. He found two cracks. They run the length of the wall."))));
    List<Selection.Item> items = List.of(new Selection.Item(2, 1));
    assertThat(Antecedents.introduce(story, Budget.words(100), items)).containsExactly(items.get(0));
  }
}
