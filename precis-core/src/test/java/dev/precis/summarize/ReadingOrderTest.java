package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
  private static Selection.Item item(int s) {
    return new Selection.Item(s, 1);
  }

  private static List<Integer> order(AnalyzedStory story, int... sentences) {
    List<Selection.Item> items = new java.util.ArrayList<>();
    for (int s : sentences) {
      items.add(item(s));
    }
    return ReadingOrder.order(story, items).stream().map(Selection.Item::sentence).toList();
  }

  @Test
  void datedArticlesAreReadChronologically() {
    Story story = Story.of("s", List.of(
        new Document("late", null, null, null, LocalDateTime.parse("2026-01-02T09:00"),
            "Repairs began on Friday morning. The road reopened on Saturday."),
        new Document("early", null, null, null, LocalDateTime.parse("2026-01-01T09:00"),
            "A landslide closed the coast road on Thursday. Nobody was hurt.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(order(analyzed, 1, 0, 3, 2)).containsExactly(2, 3, 0, 1);
  }

  @Test
  void undatedArticlesAreReadByPositionSoLeadsComeFirst() {
    Story story = Story.of("s", List.of(
        Document.of("a", "A landslide closed the coast road. Nobody was hurt. Repairs will take a week."),
        Document.of("b", "Geologists blamed weeks of rain. The council promised a new retaining wall.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(order(analyzed, 2, 4, 0, 3)).containsExactly(0, 3, 4, 2);
  }

  @Test
  void aRepeatedSentenceIsPlacedWhereTheStoryFirstSaysIt() {
    String repeated = "A landslide closed the coast road between Arlen and Moss on Thursday.";
    Story story = Story.of("s", List.of(
        Document.of("a", "Geologists blamed weeks of rain. Crews worked through the night. " + repeated),
        Document.of("b", repeated + " Nobody was hurt.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(analyzed.group(3)).isEqualTo(analyzed.group(2));
    // Sentence 2 is last in its own article but first in article b, so it leads.
    assertThat(order(analyzed, 1, 2)).containsExactly(2, 1);
  }

  @Test
  void aSentenceThatPointsBackDoesNotOpenTheSummary() {
    Story story = Story.of("s", List.of(
        new Document("early", null, null, null, LocalDateTime.parse("2026-01-01T09:00"),
            "Crews cleared the coast road overnight. He said the road would reopen on Monday."),
        new Document("late", null, null, null, LocalDateTime.parse("2026-01-02T09:00"),
            "Mayor Dana Lin visited the landslide on Sunday. She thanked the road crews.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    // Chronologically sentence 1 comes first, but it opens with "He": the mayor's visit leads instead, and
    // "She thanked" follows it.
    assertThat(order(analyzed, 1, 2, 3)).containsExactly(2, 3, 1);
    assertThat(order(analyzed, 1, 3)).containsExactly(1, 3);
  }

  @Test
  void aSentenceThatArticlesLeadWithOpensTheSummary() {
    Story story = Story.of("s", List.of(
        new Document("early", null, null, null, LocalDateTime.parse("2026-01-01T09:00"),
            "Rain had fallen on the hills for three weeks. The cause of the slide is not yet known."),
        new Document("late", null, null, null, LocalDateTime.parse("2026-01-02T09:00"),
            "Coast road shut\n\nA landslide closed the coast road near Arlen on Thursday. Nobody was hurt.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(analyzed.sentence(3).text()).startsWith("A landslide");
    // Chronologically the early article's second sentence comes first; the late article's lead (after its
    // headline) opens instead, the rest keep their order.
    assertThat(order(analyzed, 1, 3, 4)).containsExactly(3, 1, 4);
  }

  @Test
  void ofSeveralLeadsTheOneMostArticlesCarryOpens() {
    String shared = "A landslide closed the coast road between Arlen and Moss on Thursday.";
    Story story = Story.of("s", List.of(
        Document.of("a", "Geologists warned of slides on the coast after weeks of rain. Crews are ready."),
        Document.of("b", shared + " Nobody was hurt."),
        Document.of("c", shared + " Repairs will take a week.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(order(analyzed, 0, 2, 5)).containsExactly(2, 0, 5);
  }

  @Test
  void aSentenceThatPointsBackFollowsTheSentenceBeforeItInItsArticle() {
    String said = "Mayor Dana Lin said the coast road near Arlen will reopen to traffic on Monday.";
    Story story = Story.of("s", List.of(
        new Document("early", null, null, null, LocalDateTime.parse("2026-01-01T09:00"),
            "A landslide closed the coast road on Thursday. " + said + " Geologists blamed weeks of heavy rain."),
        new Document("late", null, null, null, LocalDateTime.parse("2026-01-02T09:00"),
            "Crews worked through the night on the coast road. " + said + " She thanked the road crews.")));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(analyzed.group(4)).isEqualTo(analyzed.group(1));
    // By date, sentence 4 is placed where the early article says it and "She thanked" would come after the
    // geologists; it follows the mayor's statement instead.
    assertThat(order(analyzed, 0, 2, 4, 5)).containsExactly(0, 4, 5, 2);
  }
}
