package dev.precis.render.report;

import dev.precis.compare.StoryReport;
import dev.precis.render.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportRendererTest {
  private final ReportRenderer md = ReportRenderers.get("markdown");

  @Test
  void hasEverySectionInOrder() {
    String out = md.render(ReportFixtures.handMade());
    assertThat(out).startsWith("# bridge \\<i\\>\n\n*Cross-source report of 3 articles; summary by `hand`, ");
    assertThat(out).containsSubsequence("\n## Summary\n", "\n## Corroboration\n", "\n## What each outlet adds\n",
        "\n## Quotes\n", "\n## Contradictions\n", "\n## People, organisations and places\n", "\n## Timeline\n",
        "\n## Outlet sharing\n", "\n## Sources\n");
  }

  @Test
  void summarySentencesSayHowManyOutletsCarryThemAndWhich() {
    String out = md.render(ReportFixtures.handMade());
    assertThat(out).contains("The bridge fell on Tuesday. [1][2] ");
    assertThat(out).contains("| 1 | The bridge fell on Tuesday. | 2 | [1] Wire, [2] \"\\>\\<img src=x onerror=alert(1)\\> |");
    assertThat(out).contains("| 2 | \\</textarea\\>\\<script\\>alert(2)\\</script\\> Officials said 17 were hurt. | 1 |");
  }

  @Test
  void everySectionShowsItsFindings() {
    String out = md.render(ReportFixtures.handMade());
    assertThat(out).contains("1. The bridge fell on Tuesday. — **2 independent outlets** ([1], [2]; includes wire"
        + " copies)");
    assertThat(out).contains("### [1] Wire\n\n*Nothing that no other outlet carries.*");
    assertThat(out).contains("| “We will rebuild” | Ann Lee | [1] Wire, [2] ");
    assertThat(out).contains("| *unattributed* |");
    assertThat(out).contains("1. **Number**: 14 vs \\<17\\>\n   - 14 — [1] Wire: “Officials said 14 were hurt.”");
    assertThat(out).contains("| Name | Kind | [1] | [2] | [3] | Total |");
    assertThat(out).contains("| Ann Lee | person | 1 | 1 | 1 | 3 |");
    assertThat(out).contains("| Kestrel \\| Mouth | place | 1 | · | · | 1 |");
    assertThat(out).contains("- **2026-03-10** (relative: “on Tuesday”) — The bridge fell on Tuesday. [1] Wire");
    assertThat(out).contains("- *undated* (relative: “next week \\<soon\\>”) — It reopens next week. [2] ");
    assertThat(out).contains("| [2] \"\\>\\<img src=x onerror=alert(1)\\> | 25% | — | – |");
  }

  @Test
  void scrapedMarkupIsEscapedAndOnlyWebLinksAreKept() {
    String out = md.render(ReportFixtures.handMade());
    // outside code spans and web autolinks, every < is escaped
    String rest = out.replaceAll("`[^`\n]*`", "").replaceAll("<https?://[^<>\\s]*>", "");
    assertThat(rest).doesNotContainPattern("(?<!\\\\)<").doesNotContain("javascript:alert(1)");
    assertThat(out).contains("1. [**Bridge falls**](<https://wire.example/a?x=1&y=2>) — Wire, 2026-03-10 10:15"
        + " (`a-wire`)");
    assertThat(out).contains("2. **\\<script\\>alert(1)\\</script\\>** — \"\\>\\<img src=x onerror=alert(1)\\>"
        + " (`b-<evil id=\"x\">`)");
    assertThat(out).contains("3. <http://blog.example/c?q=%22x%22%20onmouseover=%22alert(5)> — 2026-03-11"
        + " (`c-blog`)");
    assertThat(out).contains("spoke & left \\&amp; ");
  }

  @Test
  void aStoryOfThePipelineAndSeveralStories() {
    String out = md.render(List.of(ReportFixtures.ferry(), ReportFixtures.handMade()));
    assertThat(out).startsWith("# ferry\n\n").contains("\n\n# bridge \\<i\\>\n\n");
    assertThat(out).contains("## Summary\n\nThe ferry Northern Lark");
  }

  @Test
  void emptySectionsSaySo() {
    StoryReport r = ReportFixtures.handMade();
    StoryReport empty = new StoryReport(new dev.precis.model.Summary(r.story(), "hand", List.of()), null,
        new dev.precis.compare.CrossSourceReport(new dev.precis.compare.quote.Quotations(List.of(), List.of(), List.of()),
            List.of(), List.of(), java.util.Map.of(), List.of(), List.of(),
            new dev.precis.compare.statement.OutletSharing(new double[0][0])));
    String out = md.render(empty);
    assertThat(out).contains("*No summary: the articles have no sentences to choose from.*")
        .contains("*No statement is carried by two independent outlets.*").contains("*No quotations.*")
        .contains("*The outlets do not contradict each other").contains("*No names found.*")
        .contains("*No dated events.*").contains("| [1] Wire | — | – | – |");
  }

  @Test
  void escapesWhatWouldStartABlock() {
    assertThat(MarkdownRenderer.escapeLineStart("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownRenderer.escapeLineStart("12. not a list")).isEqualTo("12\\. not a list");
    assertThat(dev.precis.render.MarkdownRenderer.escape("a|b&c&lt;")).isEqualTo("a\\|b&c\\&lt;");
  }
}
