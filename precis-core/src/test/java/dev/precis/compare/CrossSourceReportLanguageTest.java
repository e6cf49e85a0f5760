package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.conflict.ContradictionFinder;
import dev.precis.compare.time.Timeline;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.text.Segmenter;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The English-only parts of the report are left empty for a story in another language. */
class CrossSourceReportLanguageTest {
  private static CrossSourceReport report(String language) {
    LocalDateTime pub = LocalDateTime.of(2026, 5, 12, 8, 0);
    Story story = new Story("s", language, List.of(
        new Document("a", null, "Outlet A", null, pub, "Fourteen people were injured when the ferry ran aground "
            + "on Monday. \"We are checking every cabin,\" said captain Rune Halvik."),
        new Document("b", null, "Outlet B", null, pub, "Seventeen people were injured when the ferry ran aground "
            + "on Monday. \"We are checking every cabin,\" said captain Rune Halvik.")), List.of());
    return CrossSourceReport.of(new StoryAnalyzer().analyze(new Segmenter().segment(story)));
  }

  @Test
  void englishStoriesGetConflictsAndATimeline() {
    CrossSourceReport en = report("en");
    assertThat(en.conflicts()).anyMatch(c -> c.values().containsAll(List.of("14", "17")));
    assertThat(en.timeline()).isNotEmpty();
  }

  @Test
  void otherLanguagesKeepQuotesButSkipConflictsAndTheTimeline() {
    assertThat(ContradictionFinder.supports("fr")).isFalse();
    assertThat(Timeline.supports("fr")).isFalse();
    CrossSourceReport fr = report("fr");
    assertThat(fr.conflicts()).isEmpty();
    assertThat(fr.timeline()).isEmpty();
    assertThat(fr.quotations().quotes()).hasSize(2);
  }
}
