package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static Document doc(String id, String title, String outlet, String text) {
    return new Document(id, title, outlet, null, null, text);
  }

  @Test
  void theLeadMostOutletsShareWinsOverTitles() {
    Story story = Story.of("s", List.of(
        doc("1", "Quay closed", "Alpha Post", "Fog closed the west quay of Darnholm on Friday. Ships waited."),
        doc("2", "Quay closed", "Beta Times", "A cargo ship waited outside Darnholm all night. Fog was thick."),
        doc("3", "Fog at sea", "Gamma News", "Fog closed the west quay of Darnholm on Friday morning. More later."),
        doc("4", "Fog at sea", "Gamma News", "Fog closed the west quay of Darnholm on Friday. Repeat.")));
    assertThat(Headline.of(story)).isEqualTo("Fog closed the west quay of Darnholm on Friday.");
  }

  @Test
  void withoutASharedLeadTheMostCarriedTitleWins() {
    Story story = Story.of("s", List.of(
        doc("1", "Library reopens", "Alpha Post", "The town library opened its doors again on Monday."),
        doc("2", "  library  REOPENS ", "Beta Times", "Readers queued before nine at the old building."),
        doc("3", "Books are back", "Gamma News", "Volunteers shelved twelve thousand books in a week.")));
    assertThat(Headline.of(story)).isEqualTo("Library reopens");
  }

  @Test
  void oneOutletTwiceIsNotShared() {
    Story story = Story.of("s", List.of(
        doc("1", null, "Alpha Post", "The dam held through the night. Water fell by morning."),
        doc("2", null, "Alpha Post", "The dam held through the night. Crews stayed on site."),
        doc("3", null, "Beta Times", "Engineers praised the spillway after the storm.")));
    assertThat(Headline.of(story)).isEqualTo("The dam held through the night.");
    Story untitled = Story.of("u", List.of(doc("1", null, "A", "Engineers praised the spillway.")));
    assertThat(Headline.of(untitled)).isEqualTo("Engineers praised the spillway.");
    assertThat(Headline.of(Story.of("e", List.of()))).isEmpty();
  }

  @Test
  void aLongLeadIsCutAtAWord() {
    String lead = "The council said " + "that the old harbour wall would be repaired ".repeat(20).strip() + ".";
    String h = Headline.of(Story.of("s", List.of(doc("1", null, "A", lead))));
    assertThat(h).hasSizeLessThanOrEqualTo(Headline.MAX_CHARS + 1).endsWith("\u2026");
    assertThat(lead).startsWith(h.substring(0, h.length() - 1));
  }
}
