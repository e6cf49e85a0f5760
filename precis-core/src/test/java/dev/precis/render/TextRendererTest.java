package dev.precis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private final Renderer text = Renderers.get("text");

  @Test
  void printsHeadingParagraphWithCompactSourcesAndSourceList() {
    String out = text.render(RenderFixtures.handMade(), RenderFixtures.BUDGET);
    assertThat(out).isEqualTo("""
        bridge (3 articles; hand, 13 words)

        The bridge fell on Tuesday. [1,3] Officials said 12 vehicles were on the span. [2]

        Sources:
        [1] Bridge *falls* [live] — Wire, 2026-03-10 10:15 (a-wire) <https://wire.example/a?x=1>
        [2] 2026-03-11 (b-paper)
        [3] 1. Live (c-blog)
        """);
  }

  @Test
  void everySentenceOfARealSummaryIsPrintedWithItsSources() {
    Summary summary = RenderFixtures.lead();
    assertThat(summary.sentences()).isNotEmpty();
    String out = text.render(summary, RenderFixtures.BUDGET);
    for (SummarySentence s : summary.sentences()) {
      assertThat(out).contains(Sources.oneLine(s.text()) + " [" + (s.citations().get(0).documentIndex() + 1));
    }
    assertThat(out).startsWith("ferry (3 articles; lead, ").contains("[3] Channel Nine, 2026-05-04 07:15 (tv-3)");
  }

  @Test
  void severalStoriesAreSeparatedByABlankLine() {
    Summary s = RenderFixtures.handMade();
    String out = text.render(List.of(s, s), null);
    assertThat(out.split("\n\nbridge \\(3 articles", -1)).hasSize(2);
  }

  @Test
  void emptySummarySaysSo() {
    Summary s = RenderFixtures.handMade();
    Summary empty = new Summary(s.story(), "hand", List.of());
    assertThat(text.render(empty, null)).contains("(no summary: ");
  }
}
