package dev.precis.render;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.time.LocalDateTime;
import java.util.List;

/** Summaries for renderer tests: one made by hand, one made by the library. */
final class RenderFixtures {
  private RenderFixtures() {}

  static final Budget BUDGET = Budget.words(40);

  /** Two sentences: the first cited in documents 1 and 3, the second in document 2 only. */
  static Summary handMade() {
    Document a = new Document("a-wire", "Bridge *falls* [live]", "Wire", "https://wire.example/a?x=1",
        LocalDateTime.parse("2026-03-10T10:15:00"), "The bridge fell on Tuesday. Nobody died.");
    Document b = new Document("b-paper", null, null, null, LocalDateTime.parse("2026-03-11T00:00:00"),
        "Officials said 12 vehicles were on the span.\n\nMore later.");
    Document c = new Document("c-blog", "1. Live", null, null, null,
        "# The bridge fell on Tuesday, witnesses said.");
    Story story = Story.of("bridge", List.of(a, b, c));
    SummarySentence first = new SummarySentence("The bridge fell on Tuesday.", 0, 0.75,
        List.of(new Citation("a-wire", 0, 0, 27), new Citation("c-blog", 2, 2, 29)));
    SummarySentence second = new SummarySentence("Officials said 12 vehicles were on the span.", 2, 0.5,
        List.of(new Citation("b-paper", 1, 0, 44)));
    return new Summary(story, "hand", List.of(first, second));
  }

  /** The ferry test story summarized by the lead baseline. */
  static Summary lead() {
    return new Precis().summarize(TestStories.ferry(), "lead", BUDGET);
  }
}
