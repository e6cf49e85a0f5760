package dev.precis.render.report;

import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.compare.conflict.Claim;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.entity.EntityMentions;
import dev.precis.compare.quote.Quote;
import dev.precis.compare.quote.QuoteGroup;
import dev.precis.compare.statement.Statement;
import dev.precis.compare.time.TimelineEvent;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.render.Sources;
import dev.precis.render.report.SourceMarkup.Kind;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-source report as one self-contained HTML page: inline CSS, a small inline script and inline SVG;
 * nothing is loaded from anywhere (a Content-Security-Policy with {@code default-src 'none'} and hashes of the
 * page's own style and script says so to the browser), so the page works opened from a file, offline.
 *
 * <p>For each story: the summary, whose citation marks jump to the cited passage in the source texts shown
 * beside it and light it; a table of the summary's sentences with the number and names of the outlets carrying
 * each (from the citations); corroboration; what each outlet alone adds; quotations; contradictions; people,
 * organisations and places with mentions per outlet; the timeline; a heatmap of how much the outlets share; and
 * the source texts with the cited, quoted and contradicted passages marked (elements with ids, see {@link
 * SourceMarkup}).
 *
 * <p>Article text and metadata are untrusted: every piece is HTML-escaped, and an article's link is kept only when
 * it is an http or https address (escaped, opened with {@code rel="noopener noreferrer"}). The page refers to
 * nothing else outside itself.
 */
public final class HtmlReportRenderer implements ReportRenderer {
  static final String STYLE = """
      :root{--ink:#1d2733;--muted:#5b6776;--line:#dde3ea;--bg:#f5f7fa;--card:#fff;--accent:#1b4f9c}
      *{box-sizing:border-box}
      html{scroll-behavior:smooth}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
      color:var(--ink);background:var(--bg)}
      a{color:var(--accent)}
      code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f5;padding:0 4px;\
      border-radius:4px}
      .page-head{padding:16px 28px;background:#14243a;color:#fff}
      .page-head h1{margin:0;font-size:20px;font-weight:600}
      .page-head p{margin:2px 0 0;color:#b8c4d4;font-size:13px}
      .story{padding:20px 28px 36px}
      .story+.story{border-top:3px solid #14243a}
      .story-head h2{margin:0 0 2px;font-size:24px}
      .meta{color:var(--muted);margin:0;font-size:13px}
      .toc{display:flex;flex-wrap:wrap;gap:6px;margin:10px 0 16px}
      .toc a{font-size:13px;padding:2px 10px;border:1px solid var(--line);border-radius:999px;background:#fff;\
      text-decoration:none}
      .cols{display:grid;grid-template-columns:minmax(0,1.05fr) minmax(0,1fr);gap:22px;align-items:start}
      .panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 18px;\
      margin-bottom:16px}
      .sources{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
      @media (max-width:1000px){.cols{grid-template-columns:minmax(0,1fr)}.sources{position:static;max-height:none}}
      h3{margin:0 0 10px;font-size:17px}
      h4{margin:14px 0 6px;font-size:15px}
      .summary{font-size:16px;line-height:1.7;margin:0 0 12px}
      .cites{font-size:11px;line-height:0;margin-right:2px}
      .cites a{display:inline-block;min-width:16px;padding:0 3px;margin-left:1px;border-radius:4px;\
      background:#e6eefb;text-align:center;text-decoration:none;font-weight:600}
      .cites a:hover,.cites a:focus{background:#1b4f9c;color:#fff}
      table{width:100%;border-collapse:collapse;font-size:14px}
      th,td{text-align:left;vertical-align:top;padding:6px 8px;border-top:1px solid var(--line)}
      th{font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.03em;\
      border-top:none}
      .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
      .count{display:inline-block;min-width:24px;padding:0 7px;border-radius:999px;background:#e6eefb;\
      color:var(--accent);font-weight:600;text-align:center}
      .chip{display:inline-block;margin:1px 3px 1px 0;padding:0 7px;border-radius:6px;background:#eef1f5;\
      color:var(--ink);font-size:12.5px;text-decoration:none;white-space:nowrap}
      a.chip:hover,a.chip:focus{background:#d3e0f5}
      .empty{color:var(--muted);font-style:italic;margin:0}
      .note{color:var(--muted);font-size:13px;margin:0 0 8px}
      .badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;background:#eef1f5;\
      color:var(--muted);white-space:nowrap}
      .badge.rel{background:#fff1d6;color:#8a5a00}
      .badge.copies{background:#f1e6ff;color:#6b3fa0}
      .adds li{margin:3px 0}
      .conflict{border-left:4px solid #d0342c;padding:2px 0 2px 12px;margin:12px 0}
      .conflict h4{margin:0 0 4px}
      .kind{color:#b02a22;text-transform:uppercase;font-size:12px;letter-spacing:.04em;margin-right:6px}
      .value{font-weight:600}
      td.claim{width:34%}
      table.quotes td:first-child{width:50%}
      .timeline{list-style:none;margin:0;padding:0}
      .timeline li{display:grid;grid-template-columns:110px minmax(0,1fr);gap:10px;padding:6px 0;\
      border-top:1px solid var(--line)}
      .timeline li:first-child{border-top:none}
      .date{font-weight:600;font-variant-numeric:tabular-nums}
      .undated{color:var(--muted);font-style:italic}
      .heatmap{max-width:100%;height:auto;font-size:12px}
      .heatmap text{fill:#1d2733}
      .heatmap .hm-cell text{fill:inherit}
      td.h1{background:#eef3fb}td.h2{background:#d7e3f6}td.h3{background:#b5cbee}td.h4{background:#8fb0e3}
      .legend{font-size:12.5px;color:var(--muted);display:flex;gap:12px;flex-wrap:wrap;margin:0 0 4px}
      .doc{border-top:1px solid var(--line);padding-top:10px;margin-top:10px}
      .doc h4{margin:0 0 2px}
      .doc-meta{margin:0 0 6px;color:var(--muted);font-size:12.5px}
      .text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px;line-height:1.55}
      .m{border-radius:2px}
      .m-cite{background:#fff3bf}
      .m-quote{border-bottom:2px solid #3c9a5f}
      .m-conflict{text-decoration:underline wavy #d0342c;text-decoration-thickness:1px;text-underline-offset:3px}
      .m:target,.m.hl{background:#ffd43b;box-shadow:0 0 0 2px #ffd43b}
      .m.hl .m{background:none}
      .m.hl{animation:flash 1.2s ease-out 1}
      @keyframes flash{from{background:#ff9f1c;box-shadow:0 0 0 3px #ff9f1c}\
      to{background:#ffd43b;box-shadow:0 0 0 2px #ffd43b}}
      .page-foot{color:var(--muted);font-size:12px;padding:0 28px 24px}
      """;

  static final String SCRIPT = """
      (function () {
        'use strict';
        var lit = [];
        function light(key) {
          if (!/^s[0-9]+-d[0-9]+-[0-9]+-[0-9]+$/.test(key)) {
            return;
          }
          lit.forEach(function (e) { e.classList.remove('hl'); });
          lit = Array.prototype.slice.call(document.querySelectorAll('span[data-k="' + key + '"]'));
          lit.forEach(function (e) { e.classList.add('hl'); });
          if (lit.length > 0) {
            lit[0].scrollIntoView({block: 'center'});
          }
        }
        document.addEventListener('click', function (ev) {
          var a = ev.target && ev.target.closest ? ev.target.closest('a.jump') : null;
          if (!a) {
            return;
          }
          var key = (a.getAttribute('href') || '').slice(1);
          if (!/^s[0-9]+-d[0-9]+-[0-9]+-[0-9]+$/.test(key)) {
            return;
          }
          ev.preventDefault();
          light(key);
          try {
            history.replaceState(null, '', '#' + key);
          } catch (e) {
            // some browsers refuse history changes on file: pages; the highlight is there anyway
          }
        });
        if (location.hash.length > 1) {
          light(location.hash.slice(1));
        }
      })();
      """;

  /** The page's Content-Security-Policy: nothing from outside, only this page's own style and script. */
  static final String CSP = "default-src 'none'; style-src " + Html.cspHash(STYLE) + "; script-src "
      + Html.cspHash(SCRIPT) + "; img-src 'none'; base-uri 'none'; form-action 'none'";

  @Override
  public String name() {
    return "html";
  }

  @Override
  public ReportWriter open(Writer out) {
    return new ReportWriter() {
      private int stories;
      private boolean closed;

      @Override
      public void write(StoryReport report) throws IOException {
        if (stories == 0) {
          out.write(head(report.story().id()));
        }
        out.write(story(report, stories++));
        out.flush();
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          if (stories == 0) {
            out.write(head(null));
            out.write("<p class=\"empty story\">No stories.</p>\n");
          }
          out.write(foot());
          out.flush();
        }
      }
    };
  }

  private static String head(String firstStory) {
    String title = (firstStory == null ? "" : Sources.oneLine(firstStory) + " — ") + "cross-source report";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"generator\" content=\"Precis\">\n"
        + "<title>" + Html.escape(title) + "</title>\n"
        + "<style>" + STYLE + "</style>\n</head>\n<body>\n"
        + "<header class=\"page-head\"><h1>Cross-source report</h1><p>What the outlets agree on, what each adds,"
        + " who said what, where they differ. Citation marks jump to the passage in the sources.</p></header>\n"
        + "<main>\n";
  }

  private static String foot() {
    return "</main>\n<footer class=\"page-foot\">Made by Precis. Offsets, quotations and conflicts are found"
        + " automatically; check the passages before relying on them.</footer>\n"
        + "<script>" + SCRIPT + "</script>\n</body>\n</html>\n";
  }

  /** One story's section. */
  static String story(StoryReport r, int index) {
    return new StoryPage(r, index, r.story().id()).html();
  }

  /**
   * One story's report as an HTML fragment (the {@code <section>} the page shows for it, headed {@code title}),
   * for a page that embeds it: the page must load {@link #style()} and {@link #script()} itself (as files, so a
   * Content-Security-Policy of {@code 'self'} allows them). Passage ids are those of the first story of a page.
   */
  public static String section(StoryReport report, String title) {
    return new StoryPage(report, 0, title).html();
  }

  /** The report's style sheet. */
  public static String style() {
    return STYLE;
  }

  /** The report's script: citation marks light and scroll to their passages. */
  public static String script() {
    return SCRIPT;
  }

  /** The HTML of one story, with its source texts marked. */
  private static final class StoryPage {
    private final Summary summary;
    private final Story story;
    private final CrossSourceReport report;
    private final StoryReport r;
    private final String p;
    private final String title;
    private final List<Document> docs;
    private final List<SourceMarkup> markups = new ArrayList<>();
    private final StringBuilder sb = new StringBuilder(1 << 15);

    StoryPage(StoryReport r, int index, String title) {
      this.r = r;
      this.title = Sources.oneLine(title);
      this.summary = r.summary();
      this.story = r.story();
      this.report = r.report();
      this.p = "s" + index;
      this.docs = story.documents();
      for (int d = 0; d < docs.size(); d++) {
        markups.add(new SourceMarkup(index, d, docs.get(d).text()));
      }
    }

    /** Marks a passage of document {@code d}; its id, or null when it cannot be marked. */
    private String mark(int d, int start, int end, Kind kind) {
      return d >= 0 && d < markups.size() ? markups.get(d).mark(start, end, kind) : null;
    }

    String html() {
      sb.append("<section class=\"story\" id=\"").append(p).append("\">\n<header class=\"story-head\"><h2>")
          .append(Html.escape(title)).append("</h2><p class=\"meta\">")
          .append(Sources.plural(docs.size(), "article")).append(" · summary by <code>")
          .append(Html.escape(summary.algorithm())).append("</code>, ")
          .append(Sources.plural(summary.words(), "word"));
      if (r.budget() != null) {
        sb.append(" (budget ").append(Html.escape(r.budget().toString())).append(')');
      }
      sb.append("</p>\n<nav class=\"toc\">");
      String[][] toc = {{"summary", "Summary"}, {"corroboration", "Corroboration"}, {"unique", "What each adds"},
          {"quotes", "Quotes"}, {"conflicts", "Contradictions"}, {"entities", "Names"}, {"timeline", "Timeline"},
          {"sharing", "Sharing"}, {"sources", "Sources"}};
      for (String[] t : toc) {
        sb.append("<a href=\"#").append(p).append('-').append(t[0]).append("\">").append(t[1]).append("</a>");
      }
      sb.append("</nav></header>\n<div class=\"cols\">\n<div class=\"report\">\n");
      summarySection();
      corroboration();
      unique();
      quotes();
      conflicts();
      entities();
      timeline();
      sharing();
      sb.append("</div>\n");
      sources();
      sb.append("</div>\n</section>\n");
      return sb.toString();
    }

    private void open(String section, String heading) {
      sb.append("<section class=\"panel\" id=\"").append(p).append('-').append(section).append("\"><h3>")
          .append(heading).append("</h3>\n");
    }

    private void close() {
      sb.append("</section>\n");
    }

    private void empty(String text) {
      sb.append("<p class=\"empty\">").append(text).append("</p>\n");
    }

    /** "[n] Outlet" as a link to a passage when {@code key} is not null, or to the article otherwise. */
    private String chip(int d, String key) {
      Document doc = ReportFacts.document(story, d);
      String outlet = doc == null ? "?" : doc.outlet();
      String label = "[" + (d + 1) + "] " + Html.escape(outlet);
      if (key != null) {
        return "<a class=\"chip jump\" href=\"#" + key + "\" title=\"Show the passage in " + Html.escape(outlet)
            + "\">" + label + "</a>";
      }
      if (doc != null) {
        return "<a class=\"chip\" href=\"#" + p + "-d" + d + "\" title=\"" + Html.escape(outlet) + "\">" + label
            + "</a>";
      }
      return "<span class=\"chip\">" + label + "</span>";
    }

    private void summarySection() {
      open("summary", "Summary");
      if (summary.sentences().isEmpty()) {
        empty("No summary: the articles have no sentences to choose from.");
        close();
        return;
      }
      List<Map<Integer, String>> firstKeys = new ArrayList<>();
      sb.append("<p class=\"summary\">");
      boolean first = true;
      for (SummarySentence s : summary.sentences()) {
        if (!first) {
          sb.append(' ');
        }
        first = false;
        sb.append("<span class=\"sent\">").append(Html.escape(Sources.oneLine(s.text()))).append("</span>");
        sb.append("<sup class=\"cites\">");
        Map<Integer, String> byDoc = new LinkedHashMap<>();
        List<Citation> inOrder = new ArrayList<>(s.citations());
        inOrder.sort(java.util.Comparator.comparingInt(Citation::documentIndex)); // stable: a document's own order
        for (Citation c : inOrder) {
          String key = mark(c.documentIndex(), c.start(), c.end(), Kind.CITE);
          byDoc.putIfAbsent(c.documentIndex(), key);
          Document doc = ReportFacts.document(story, c.documentIndex());
          String outlet = doc == null ? c.document() : doc.outlet();
          String title = "[" + (c.documentIndex() + 1) + "] " + outlet;
          if (key != null) {
            sb.append("<a class=\"jump\" href=\"#").append(key).append("\" title=\"").append(Html.escape(title))
                .append("\">").append(c.documentIndex() + 1).append("</a>");
          } else {
            sb.append("<span title=\"").append(Html.escape(title)).append("\">").append(c.documentIndex() + 1)
                .append("</span>");
          }
        }
        sb.append("</sup>");
        firstKeys.add(byDoc);
      }
      sb.append("</p>\n<table class=\"sentences\"><thead><tr><th class=\"num\">#</th><th>Sentence</th>"
          + "<th class=\"num\">Outlets</th><th>Carried by</th></tr></thead><tbody>\n");
      for (int i = 0; i < summary.sentences().size(); i++) {
        SummarySentence s = summary.sentences().get(i);
        List<Integer> cited = s.documents();
        int outlets = story.outlets(cited).size();
        sb.append("<tr><td class=\"num\">").append(i + 1).append("</td><td>")
            .append(Html.escape(Sources.oneLine(s.text()))).append("</td><td class=\"num\"><span class=\"count\""
                + " title=\"").append(Sources.plural(outlets, "outlet")).append("\">").append(outlets)
            .append("</span></td><td>");
        for (int d : cited) {
          sb.append(chip(d, firstKeys.get(i).get(d)));
        }
        sb.append("</td></tr>\n");
      }
      sb.append("</tbody></table>\n");
      close();
    }

    private void corroboration() {
      open("corroboration", "Corroboration");
      if (report.corroboration().isEmpty()) {
        empty("No statement is carried by two independent outlets.");
      } else {
        sb.append("<p class=\"note\">Statements carried by several outlets, the most independent outlets first;"
            + " wire copies count once.</p>\n<table><thead><tr><th>Statement</th><th class=\"num\">Independent</th>"
            + "<th>Carried by</th></tr></thead><tbody>\n");
        for (Statement s : report.corroboration()) {
          statementRow(s, true);
        }
        sb.append("</tbody></table>\n");
      }
      close();
    }

    private void statementRow(Statement s, boolean counts) {
      String key = mark(s.document(), s.span().start(), s.span().end(), Kind.STATEMENT);
      sb.append("<tr><td>").append(Html.escape(Sources.oneLine(s.text()))).append("</td>");
      if (counts) {
        sb.append("<td class=\"num\"><span class=\"count\">").append(s.independentSources()).append("</span>");
        if (s.hasCopies()) {
          sb.append("<br><span class=\"badge copies\" title=\"Some of these outlets carry copies of the same wire"
              + " story\">copies</span>");
        }
        sb.append("</td>");
      }
      sb.append("<td>");
      for (int d : s.documents()) {
        sb.append(chip(d, d == s.document() ? key : null));
      }
      sb.append("</td></tr>\n");
    }

    private void unique() {
      open("unique", "What each outlet adds");
      sb.append("<p class=\"note\">Statements only one outlet carries.</p>\n");
      for (int d = 0; d < docs.size(); d++) {
        sb.append("<h4>").append(chip(d, null)).append("</h4>\n");
        List<Statement> unique = report.unique().getOrDefault(d, List.of());
        if (unique.isEmpty()) {
          empty("Nothing that no other outlet carries.");
          continue;
        }
        sb.append("<ul class=\"adds\">");
        for (Statement s : unique) {
          String key = mark(s.document(), s.span().start(), s.span().end(), Kind.STATEMENT);
          sb.append("<li>").append(Html.escape(Sources.oneLine(s.text())));
          if (key != null) {
            sb.append(" <sup class=\"cites\"><a class=\"jump\" href=\"#").append(key)
                .append("\" title=\"Show the passage\">").append(s.document() + 1).append("</a></sup>");
          }
          sb.append("</li>");
        }
        sb.append("</ul>\n");
      }
      close();
    }

    private void quotes() {
      open("quotes", "Quotes");
      List<QuoteGroup> groups = report.quotations().groups();
      if (groups.isEmpty()) {
        empty("No quotations.");
      } else {
        sb.append("<table class=\"quotes\"><thead><tr><th>Quote</th><th>Speaker</th><th>Outlets</th></tr></thead>"
            + "<tbody>\n");
        for (QuoteGroup g : groups) {
          Map<Integer, String> byDoc = new LinkedHashMap<>();
          for (Quote q : g.quotes()) {
            String key = mark(q.document(), q.span().start(), q.span().end(), Kind.QUOTE);
            byDoc.putIfAbsent(q.document(), key);
          }
          List<String> speakers = g.speakers();
          sb.append("<tr><td>“").append(Html.escape(Sources.oneLine(g.text()))).append("”</td><td>")
              .append(speakers.isEmpty() ? "<span class=\"undated\">unattributed</span>"
                  : Html.escape(String.join(" / ", speakers)))
              .append("</td><td>");
          for (int d : g.documents()) {
            sb.append(chip(d, byDoc.get(d)));
          }
          sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
      }
      close();
    }

    private void conflicts() {
      open("conflicts", "Contradictions");
      if (report.conflicts().isEmpty()) {
        empty("The outlets do not contradict each other on numbers, dates, names or speakers.");
      } else {
        for (Conflict c : report.conflicts()) {
          sb.append("<div class=\"conflict\"><h4><span class=\"kind\">")
              .append(Html.escape(ReportFacts.kindLabel(c.kind()))).append("</span>");
          List<String> values = new ArrayList<>();
          for (String v : c.values()) {
            values.add(Html.escape(Sources.oneLine(v)));
          }
          sb.append(String.join(" <span class=\"undated\">vs</span> ", values)).append("</h4>\n<table><tbody>");
          for (Claim claim : c.claims()) {
            String key = mark(claim.document(), claim.span().start(), claim.span().end(), Kind.CONFLICT);
            sb.append("<tr><td class=\"claim\"><span class=\"value\">")
                .append(Html.escape(Sources.oneLine(claim.value()))).append("</span><br>")
                .append(chip(claim.document(), key)).append("</td><td>")
                .append(Html.escape(Sources.oneLine(claim.text()))).append("</td></tr>");
          }
          sb.append("</tbody></table></div>\n");
        }
      }
      close();
    }

    private void entities() {
      open("entities", "People, organisations and places");
      if (report.entities().isEmpty()) {
        empty("No names found.");
        close();
        return;
      }
      int max = 1;
      for (EntityMentions e : report.entities()) {
        for (int m : e.mentionsByDocument().values()) {
          max = Math.max(max, m);
        }
      }
      sb.append("<p class=\"note\">Mentions per outlet.</p>\n<table class=\"entities\"><thead><tr><th>Name</th>"
          + "<th>Kind</th>");
      for (int d = 0; d < docs.size(); d++) {
        sb.append("<th class=\"num\" title=\"").append(Html.escape(docs.get(d).outlet())).append("\">[")
            .append(d + 1).append("]</th>");
      }
      sb.append("<th class=\"num\">Total</th></tr></thead><tbody>\n");
      for (EntityMentions e : report.entities()) {
        sb.append("<tr><td>").append(Html.escape(Sources.oneLine(e.name()))).append("</td><td>")
            .append(e.kind() == null ? "" : ReportFacts.kindLabel(e.kind())).append("</td>");
        for (int d = 0; d < docs.size(); d++) {
          int m = e.mentionsByDocument().getOrDefault(d, 0);
          int level = m == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * m / max));
          sb.append("<td class=\"num").append(level == 0 ? "" : " h" + level).append("\">")
              .append(m == 0 ? "·" : String.valueOf(m)).append("</td>");
        }
        sb.append("<td class=\"num\"><strong>").append(e.total()).append("</strong></td></tr>\n");
      }
      sb.append("</tbody></table>\n");
      close();
    }

    private void timeline() {
      open("timeline", "Timeline");
      if (report.timeline().isEmpty()) {
        empty("No dated events.");
        close();
        return;
      }
      sb.append("<ol class=\"timeline\">\n");
      for (TimelineEvent t : report.timeline()) {
        String key = mark(t.document(), t.span().start(), t.span().end(), Kind.EVENT);
        sb.append("<li><div>");
        if (t.resolved() && t.date() != null) {
          sb.append("<span class=\"date\">").append(t.date()).append("</span>");
        } else {
          sb.append("<span class=\"undated\">undated</span>");
        }
        sb.append("<br>");
        if (t.relative()) {
          sb.append("<span class=\"badge rel\" title=\"Relative to the article's date\">relative</span>");
        } else {
          sb.append("<span class=\"badge\">as written</span>");
        }
        sb.append("</div><div><span class=\"badge\">“").append(Html.escape(Sources.oneLine(t.expression())))
            .append("”</span> ").append(Html.escape(Sources.oneLine(t.text()))).append(' ')
            .append(chip(t.document(), key)).append("</div></li>\n");
      }
      sb.append("</ol>\n");
      close();
    }

    private void sharing() {
      open("sharing", "Outlet sharing");
      if (docs.size() < 2) {
        empty("One outlet only.");
      } else {
        sb.append("<p class=\"note\">Row outlet's statements that the column outlet also carries.</p>\n")
            .append(Heatmap.svg(story, report.sharing())).append('\n');
      }
      close();
    }

    private void sources() {
      sb.append("<aside class=\"panel sources\" id=\"").append(p).append("-sources\"><h3>Sources</h3>\n")
          .append("<p class=\"legend\"><span class=\"m m-cite\">cited by the summary</span>"
              + "<span class=\"m m-quote\">quotation</span><span class=\"m m-conflict\">contradicted</span></p>\n");
      if (docs.isEmpty()) {
        empty("No articles.");
      }
      for (int d = 0; d < docs.size(); d++) {
        Document doc = docs.get(d);
        String heading = doc.title() == null || doc.title().isBlank() ? doc.id() : Sources.oneLine(doc.title());
        sb.append("<article class=\"doc\" id=\"").append(p).append("-d").append(d).append("\"><h4>[").append(d + 1)
            .append("] ").append(Html.escape(heading)).append("</h4>\n<p class=\"doc-meta\">");
        List<String> meta = new ArrayList<>();
        meta.add(Html.escape(doc.outlet()));
        if (doc.date() != null) {
          meta.add(Html.escape(Sources.date(doc.date())));
        }
        String url = Sources.webUrl(doc.url());
        if (url != null) {
          meta.add("<a href=\"" + Html.escape(url) + "\" rel=\"noopener noreferrer\" target=\"_blank\">original"
              + " article</a>");
        }
        meta.add("<code>" + Html.escape(doc.id()) + "</code>");
        sb.append(String.join(" · ", meta)).append("</p>\n<div class=\"text\">").append(markups.get(d).html())
            .append("</div></article>\n");
      }
      sb.append("</aside>\n");
    }
  }
}
