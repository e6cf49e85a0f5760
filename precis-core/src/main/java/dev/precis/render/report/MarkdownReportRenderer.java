package dev.precis.render.report;

import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.compare.conflict.Claim;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.entity.EntityMentions;
import dev.precis.compare.quote.QuoteGroup;
import dev.precis.compare.statement.Statement;
import dev.precis.compare.time.TimelineEvent;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.render.MarkdownRenderer;
import dev.precis.render.Sources;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import static dev.precis.render.MarkdownRenderer.code;
import static dev.precis.render.MarkdownRenderer.escape;

/**
 * The cross-source report as Markdown (CommonMark with GitHub tables). For each story: a heading, the cited
 * summary (numbered source notes after each sentence, as in {@code precis summarize --format markdown}) and a
 * table of its sentences with the number and names of the outlets carrying each, then the sections
 * <em>Corroboration</em>, <em>What each outlet adds</em>, <em>Quotes</em>, <em>Contradictions</em>,
 * <em>People, organisations and places</em>, <em>Timeline</em>, <em>Outlet sharing</em> and <em>Sources</em>.
 * Outlets are referred to by their 1-based number in the source list ({@code [2]}). All article text is escaped so
 * that it renders as written; links are kept only for http and https addresses.
 */
public final class MarkdownReportRenderer implements ReportRenderer {
  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public ReportWriter open(Writer out) {
    return new ReportWriter() {
      private boolean first = true;

      @Override
      public void write(StoryReport report) throws IOException {
        if (!first) {
          out.write('\n');
        }
        first = false;
        out.write(story(report));
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  static String story(StoryReport r) {
    StringBuilder sb = new StringBuilder();
    Summary summary = r.summary();
    Story story = r.story();
    CrossSourceReport report = r.report();
    List<Document> docs = story.documents();

    sb.append("# ").append(escape(Sources.oneLine(story.id()))).append("\n\n");
    sb.append("*Cross-source report of ").append(Sources.plural(docs.size(), "article"))
        .append("; summary by `").append(summary.algorithm().replace("`", "'")).append("`, ")
        .append(Sources.plural(summary.words(), "word"));
    if (r.budget() != null) {
      sb.append(" (budget ").append(r.budget()).append(')');
    }
    sb.append(".*\n\n");

    sb.append("## Summary\n\n");
    if (summary.sentences().isEmpty()) {
      sb.append("*No summary: the articles have no sentences to choose from.*\n\n");
    } else {
      boolean firstSentence = true;
      for (SummarySentence s : summary.sentences()) {
        if (!firstSentence) {
          sb.append(' ');
        }
        String text = escape(Sources.oneLine(s.text()));
        sb.append(firstSentence ? MarkdownRenderer.escapeLineStart(text) : text).append(' ');
        firstSentence = false;
        for (int d : s.documents()) {
          sb.append('[').append(d + 1).append(']');
        }
      }
      sb.append("\n\n");
      sb.append("| # | Sentence | Outlets | Carried by |\n|---:|---|---:|---|\n");
      int n = 1;
      for (SummarySentence s : summary.sentences()) {
        List<Integer> cited = s.documents();
        sb.append("| ").append(n++).append(" | ").append(cell(s.text())).append(" | ")
            .append(story.outlets(cited).size()).append(" | ").append(outletList(story, cited))
            .append(" |\n");
      }
      sb.append('\n');
    }

    sb.append("## Corroboration\n\n");
    if (report.corroboration().isEmpty()) {
      sb.append("*No statement is carried by two independent outlets.*\n\n");
    } else {
      sb.append("Statements carried by several outlets, the most independent outlets first.\n\n");
      int n = 1;
      for (Statement s : report.corroboration()) {
        sb.append(n++).append(". ").append(MarkdownRenderer.escapeLineStart(escape(Sources.oneLine(s.text())))).append(" — **")
            .append(Sources.plural(s.independentSources(), "independent outlet")).append("** (")
            .append(numbers(s.documents()));
        if (s.hasCopies()) {
          sb.append("; includes wire copies");
        }
        sb.append(")\n");
      }
      sb.append('\n');
    }

    sb.append("## What each outlet adds\n\n");
    for (int d = 0; d < docs.size(); d++) {
      sb.append("### [").append(d + 1).append("] ").append(escape(docs.get(d).outlet())).append("\n\n");
      List<Statement> unique = report.unique().getOrDefault(d, List.of());
      if (unique.isEmpty()) {
        sb.append("*Nothing that no other outlet carries.*\n\n");
      } else {
        for (Statement s : unique) {
          sb.append("- ").append(MarkdownRenderer.escapeLineStart(escape(Sources.oneLine(s.text())))).append('\n');
        }
        sb.append('\n');
      }
    }

    sb.append("## Quotes\n\n");
    if (report.quotations().groups().isEmpty()) {
      sb.append("*No quotations.*\n\n");
    } else {
      sb.append("| Quote | Speaker | Outlets |\n|---|---|---|\n");
      for (QuoteGroup q : report.quotations().groups()) {
        List<String> speakers = q.speakers();
        sb.append("| “").append(cell(q.text())).append("” | ")
            .append(speakers.isEmpty() ? "*unattributed*" : cell(String.join(" / ", speakers))).append(" | ")
            .append(outletList(story, q.documents())).append(" |\n");
      }
      sb.append('\n');
    }

    sb.append("## Contradictions\n\n");
    if (report.conflicts().isEmpty()) {
      sb.append("*The outlets do not contradict each other on numbers, dates, names or speakers.*\n\n");
    } else {
      int n = 1;
      for (Conflict c : report.conflicts()) {
        sb.append(n++).append(". **").append(ReportFacts.kindLabel(c.kind())).append("**: ")
            .append(c.values().stream().map(v -> escape(Sources.oneLine(v))).collect(Collectors.joining(" vs ")))
            .append('\n');
        for (Claim claim : c.claims()) {
          sb.append("   - ").append(escape(Sources.oneLine(claim.value()))).append(" — ")
              .append(outletRef(story, claim.document())).append(": “")
              .append(escape(Sources.oneLine(claim.text()))).append("”\n");
        }
      }
      sb.append('\n');
    }

    sb.append("## People, organisations and places\n\n");
    if (report.entities().isEmpty()) {
      sb.append("*No names found.*\n\n");
    } else {
      sb.append("Mentions per outlet.\n\n| Name | Kind |");
      StringBuilder rule = new StringBuilder("|---|---|");
      for (int d = 0; d < docs.size(); d++) {
        sb.append(" [").append(d + 1).append("] |");
        rule.append("---:|");
      }
      sb.append(" Total |\n").append(rule).append("---:|\n");
      for (EntityMentions e : report.entities()) {
        sb.append("| ").append(cell(e.name())).append(" | ")
            .append(e.kind() == null ? "" : ReportFacts.kindLabel(e.kind())).append(" |");
        for (int d = 0; d < docs.size(); d++) {
          int m = e.mentionsByDocument().getOrDefault(d, 0);
          sb.append(' ').append(m == 0 ? "·" : String.valueOf(m)).append(" |");
        }
        sb.append(' ').append(e.total()).append(" |\n");
      }
      sb.append('\n');
    }

    sb.append("## Timeline\n\n");
    if (report.timeline().isEmpty()) {
      sb.append("*No dated events.*\n\n");
    } else {
      for (TimelineEvent t : report.timeline()) {
        sb.append("- ");
        if (t.resolved() && t.date() != null) {
          sb.append("**").append(t.date()).append("**");
        } else {
          sb.append("*undated*");
        }
        sb.append(" (");
        if (t.relative()) {
          sb.append("relative: ");
        }
        sb.append('“').append(escape(Sources.oneLine(t.expression()))).append("”) — ")
            .append(escape(Sources.oneLine(t.text()))).append(' ').append(outletRef(story, t.document()))
            .append('\n');
      }
      sb.append('\n');
    }

    sb.append("## Outlet sharing\n\n");
    if (docs.size() < 2) {
      sb.append("*One outlet only.*\n\n");
    } else {
      sb.append("Share of the row outlet's statements that the column outlet also carries.\n\n| |");
      StringBuilder rule = new StringBuilder("|---|");
      for (int d = 0; d < docs.size(); d++) {
        sb.append(" [").append(d + 1).append("] |");
        rule.append("---:|");
      }
      sb.append('\n').append(rule).append('\n');
      for (int a = 0; a < docs.size(); a++) {
        sb.append("| [").append(a + 1).append("] ").append(cell(docs.get(a).outlet())).append(" |");
        for (int b = 0; b < docs.size(); b++) {
          sb.append(' ').append(a == b ? "—" : ReportFacts.percent(ReportFacts.shared(report.sharing(), a, b)))
              .append(" |");
        }
        sb.append('\n');
      }
      sb.append('\n');
    }

    sb.append("## Sources\n\n");
    MarkdownRenderer.appendSourceList(sb, docs);
    if (docs.isEmpty()) {
      sb.append("*No articles.*\n");
    }
    return sb.toString();
  }

  /** "[1], [3]" for documents given by index. */
  private static String numbers(Collection<Integer> documents) {
    return documents.stream().map(d -> "[" + (d + 1) + "]").collect(Collectors.joining(", "));
  }

  /** "[1] Meridian Wire Service, [3] Kestrelmouth Gazette", escaped for a table cell. */
  private static String outletList(Story story, Collection<Integer> documents) {
    List<String> parts = new ArrayList<>();
    for (int d : documents) {
      parts.add(outletRef(story, d));
    }
    return parts.isEmpty() ? "–" : String.join(", ", parts);
  }

  /** "[2] National Ledger", escaped. */
  private static String outletRef(Story story, int d) {
    Document doc = ReportFacts.document(story, d);
    return "[" + (d + 1) + "]" + (doc == null ? "" : " " + escape(doc.outlet()));
  }

  /** Text for a table cell: on one line, escaped. */
  private static String cell(String text) {
    return escape(Sources.oneLine(text));
  }
}
