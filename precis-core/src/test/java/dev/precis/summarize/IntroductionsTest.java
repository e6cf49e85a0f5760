package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntroductionsTest {
  /**
   * 0 introduces Tom Reyes, 1 and 3 name him by the surname alone, 2 names nobody, 4 introduces him again as
   * "Mayor Reyes" (a title and the surname), 5 names "Young" whom 6 introduces but writes in lower case too.
   */
  private static final AnalyzedStory STORY = new Precis().analyze(Story.of("wall", List.of(
      Document.of("a", "Harbour master Tom Reyes inspected the sea wall at dawn. Reyes found two cracks in the wall. "
          + "Ferries will not sail until Friday. Reyes said the council will pay for repairs."),
      Document.of("b", "Mayor Reyes closed the harbour on Tuesday. Young people helped to fill sandbags. "
          + "Volunteer Anna Young is a young nurse."))));

  private static final Introductions PEOPLE = Introductions.of(STORY);

  private static List<Integer> introduced(Budget budget, int... sentences) {
    List<Selection.Item> items = new java.util.ArrayList<>();
    for (int s : sentences) {
      items.add(new Selection.Item(s, 1));
    }
    return PEOPLE.introduce(STORY, budget, items).stream().map(Selection.Item::sentence).toList();
  }

  @Test
  void aSurnameAloneDanglesUntilASentenceThatIntroducesThePersonIsPrintedBeforeIt() {
    assertThat(STORY.size()).isEqualTo(7);
    assertThat(PEOPLE.dangles(List.of(1), 0)).isTrue();
    assertThat(PEOPLE.dangles(List.of(2, 1), 1)).isTrue();
    assertThat(PEOPLE.dangles(List.of(1, 0), 0)).isTrue();
    assertThat(PEOPLE.dangles(List.of(0, 2, 1), 2)).isFalse();
    // Any sentence that introduces him will do, from any article.
    assertThat(PEOPLE.dangles(List.of(4, 3), 1)).isFalse();
    assertThat(PEOPLE.dangles(List.of(0, 4), 1)).isFalse();
    assertThat(PEOPLE.dangles(List.of(2), 0)).isFalse();
    assertThat(PEOPLE.dangles(List.of(5), 0)).isFalse();
    List<Selection.Item> summary =
        List.of(new Selection.Item(3, 1), new Selection.Item(0, 1), new Selection.Item(1, 1));
    assertThat(PEOPLE.dangling(STORY, summary)).containsExactly(3);
  }

  @Test
  void aPersonTheReaderHasMetNeedsNoIntroductionAgain() {
    assertThat(PEOPLE.knowing(List.of("Harbour master Tom Reyes spoke to the crews.")).dangles(List.of(1), 0))
        .isFalse();
    assertThat(PEOPLE.knowing(List.of("Harbour master Tom Reyes spoke.")).introduce(STORY, Budget.words(40),
        List.of(new Selection.Item(3, 1)))).containsExactly(new Selection.Item(3, 1));
    // Named by the surname alone, or someone else: still unintroduced.
    assertThat(PEOPLE.knowing(List.of("Reyes spoke to the crews.")).dangles(List.of(1), 0)).isTrue();
    assertThat(PEOPLE.knowing(List.of("Volunteer Anna Young spoke.")).dangles(List.of(1), 0)).isTrue();
    assertThat(PEOPLE.dangles(List.of(1), 0)).as("the original is unchanged").isTrue();
  }

  @Test
  void anIntroducingSentenceIsAddedWhenTheBudgetHasRoomForIt() {
    // The article's own introduction first.
    assertThat(introduced(Budget.words(40), 3)).containsExactly(3, 0);
    // Already introduced by a chosen sentence.
    assertThat(introduced(Budget.words(40), 1, 4)).containsExactly(1, 4);
    // 7 + 6 words chosen; the 10 of sentence 0 and the 7 of sentence 4 do not fit in 15.
    assertThat(introduced(Budget.words(15), 1, 2)).containsExactly(1, 2);
    // Sentence 0 does not fit in 20 but the mayor's does.
    assertThat(introduced(Budget.words(20), 1, 2)).containsExactly(1, 2, 4);
  }

  @Test
  void storiesInOtherLanguagesNameNobody() {
    AnalyzedStory french = new Precis().analyze(new Story("s", "fr", List.of(Document.of("a",
        "Le maire Tom Reyes a fermé le port. Reyes a parlé mardi.")), List.of()));
    assertThat(Introductions.of(french).dangles(List.of(1), 0)).isFalse();
  }

  /** One quote in three copies: 1 names its speaker by the surname, 3 introduces him, 5 credits someone else. */
  private static final AnalyzedStory QUOTE = new Precis().analyze(Story.of("quote", List.of(
      Document.of("a", "Harbour master Tom Reyes closed the port at dawn. \"The sea wall cracked in two places "
          + "overnight and the ferries cannot dock safely,\" Reyes said."),
      Document.of("b", "The port stayed shut all day. \"The sea wall cracked in two places overnight and the "
          + "ferries cannot dock safely,\" said harbour master Tom Reyes on Monday."),
      Document.of("c", "Engineers arrived in the afternoon. \"The sea wall cracked in two places overnight and the "
          + "ferries cannot dock safely,\" Mayor Ann Lee said."))));

  @Test
  void aCopyOfTheStatementThatIntroducesThePersonIsPrintedInsteadWhenItFits() {
    assertThat(QUOTE.groupMembers(1)).containsExactly(1, 3, 5);
    Introductions people = Introductions.of(QUOTE);
    List<Selection.Item> items = List.of(new Selection.Item(1, 2));
    assertThat(people.introduce(QUOTE, Budget.words(40), items)).containsExactly(new Selection.Item(3, 2));
    // No room for the longer copy or for sentence 0 beside the 16 words of sentence 1.
    assertThat(List.of(QUOTE.words(0), QUOTE.words(1), QUOTE.words(3))).containsExactly(9, 16, 21);
    assertThat(people.introduce(QUOTE, Budget.words(20), items)).containsExactly(items.get(0));
  }

  @Test
  void aStatementThatDanglesIsLeftOutWithItsCopiesThatDoNotIntroduceThePerson() {
    Introductions people = Introductions.of(QUOTE);
    assertThat(people.dangling(QUOTE, List.of(new Selection.Item(1, 1)))).containsExactlyInAnyOrder(1, 5);
    assertThat(people.dangling(QUOTE, List.of(new Selection.Item(0, 1), new Selection.Item(1, 1)))).isEmpty();
  }
}
