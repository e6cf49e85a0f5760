package dev.precis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final Renderer md = Renderers.get("markdown");

  @Test
  void notesAfterEachSentenceAndNumberedSourceList() {
    String out = md.render(RenderFixtures.handMade(), RenderFixtures.BUDGET);
    assertThat(out).isEqualTo("""
        # bridge

        The bridge fell on Tuesday. [1][3] Officials said 12 vehicles were on the span. [2]

        *Summary by `hand`, 13 words (budget 40 words), from 3 articles.*

        ## Sources

        1. [**Bridge \\*falls\\* \\[live\\]**](<https://wire.example/a?x=1>) — Wire, 2026-03-10 10:15 (`a-wire`)
        2. 2026-03-11 (`b-paper`)
        3. **1. Live** (`c-blog`)
        """);
  }

  @Test
  void sentenceTextIsEscaped() {
    assertThat(MarkdownRenderer.escape("a *b* [c](d) <e> _f_ `g` \\")).isEqualTo(
        "a \\*b\\* \\[c\\](d) \\<e\\> \\_f\\_ \\`g\\` \\\\");
    assertThat(MarkdownRenderer.escapeLineStart("# Not a heading")).isEqualTo("\\# Not a heading");
    assertThat(MarkdownRenderer.escapeLineStart("1984. A year")).isEqualTo("1984\\. A year");
    assertThat(MarkdownRenderer.escapeLineStart("Plain")).isEqualTo("Plain");
  }

  @Test
  void sourceListLinksOnlyWebAddressesAndKeepsEachSourceOnOneLine() {
    Document doc = new Document("x\nid", "Harbour &amp; ferry | update", "Gazette", "javascript:alert(1)", null,
        "The ferry sailed again on Monday.");
    Summary summary = new Summary(Story.of("ferry", List.of(doc)), "hand", List.of(new SummarySentence(
        "The ferry sailed again on Monday.", 0, 1, List.of(new Citation("x\nid", 0, 0, 33)))));
    String out = md.render(List.of(summary), RenderFixtures.BUDGET);
    assertThat(out).endsWith("1. **Harbour \\&amp; ferry \\| update** — Gazette (`x id`)\n")
        .doesNotContain("javascript");
  }

  @Test
  void realSummaryHasNotesForEverySentence() {
    Summary summary = RenderFixtures.lead();
    String out = md.render(List.of(summary, summary), RenderFixtures.BUDGET);
    for (SummarySentence s : summary.sentences()) {
      assertThat(out).contains(" [" + (s.citations().get(0).documentIndex() + 1) + "]");
    }
    assertThat(out).contains("3. Channel Nine, 2026-05-04 07:15 (`tv-3`)").doesNotContain("null");
    assertThat(out.split("\n# ferry\n", -1)).hasSize(2);
  }
}
