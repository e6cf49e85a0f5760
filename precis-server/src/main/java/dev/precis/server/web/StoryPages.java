package dev.precis.server.web;

import static dev.precis.server.web.Layout.esc;

import dev.precis.compare.StoryReport;
import dev.precis.model.Document;
import dev.precis.model.SummarySentence;
import dev.precis.render.Sources;
import dev.precis.render.report.HtmlReportRenderer;
import dev.precis.server.stories.StoryViews;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The front page (stories, newest update first) and a story's page, as HTML built from {@link StoryViews}. */
final class StoryPages {
  static final int PAGE_SIZE = 20;

  private StoryPages() {}

  /** What the front page was asked for: the filter's fields as typed, and the page number (from 1). */
  record Query(String q, String outlet, String from, String to, int page) {
    /** The query string of this query at another page (empty fields left out). */
    String at(int other) {
      List<String> parts = new ArrayList<>();
      add(parts, "q", q);
      add(parts, "outlet", outlet);
      add(parts, "from", from);
      add(parts, "to", to);
      if (other > 1) {
        parts.add("page=" + other);
      }
      return parts.isEmpty() ? "/" : "/?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
      if (value != null && !value.isBlank()) {
        parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * The front page.
   *
   * @param found up to {@link #PAGE_SIZE} + 1 stories from the page's offset (one more says there is a next page)
   * @param problem what is wrong with the query as typed, or null
   */
  static String front(Query query, List<StoryViews.Listing> found, List<String> outlets, String problem) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<h1>Stories</h1>\n<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
        .append("<label>Search <input type=\"search\" name=\"q\" value=\"").append(esc(query.q()))
        .append("\" placeholder=\"words in the articles\"></label>")
        .append("<label>Outlet <select name=\"outlet\"><option value=\"\">all outlets</option>");
    for (String o : outlets) {
      sb.append("<option value=\"").append(esc(o)).append('"').append(o.equals(query.outlet()) ? " selected" : "")
          .append('>').append(esc(o)).append("</option>");
    }
    sb.append("</select></label><label>From <input type=\"date\" name=\"from\" value=\"").append(esc(query.from()))
        .append("\"></label><label>To <input type=\"date\" name=\"to\" value=\"").append(esc(query.to()))
        .append("\"></label><button type=\"submit\">Show</button></form>\n");
    if (problem != null) {
      sb.append("<p class=\"problem\" role=\"alert\">").append(esc(problem)).append("</p>\n");
    }
    List<StoryViews.Listing> shown = found.subList(0, Math.min(PAGE_SIZE, found.size()));
    if (shown.isEmpty()) {
      boolean filtered = query.at(1).contains("?");
      sb.append("<p class=\"empty\">").append(filtered ? "No story matches." : "No stories yet. Articles come in"
          + " through the feeds and <code>POST /api/articles</code>; a story is shown once several outlets carry"
          + " it. Start the server with <code>--sample</code> to load the sample stories.").append("</p>\n");
    } else {
      sb.append("<ol class=\"stories\">\n");
      for (StoryViews.Listing l : shown) {
        sb.append("<li class=\"story-item\"><a class=\"headline\" href=\"/stories/").append(l.id()).append("\">")
            .append(esc(Sources.oneLine(l.headline()))).append("</a><p class=\"meta\">")
            .append(Sources.plural(l.outlets().size(), "outlet")).append(" · ")
            .append(Sources.plural(l.articleCount(), "article")).append(" · updated ").append(Layout.time(l.updated()))
            .append("</p><p class=\"outlets\">");
        for (String o : l.outlets()) {
          sb.append("<span class=\"chip\">").append(esc(o)).append("</span>");
        }
        sb.append("</p></li>\n");
      }
      sb.append("</ol>\n");
    }
    if (query.page() > 1 || found.size() > PAGE_SIZE) {
      sb.append("<nav class=\"pager\">");
      if (query.page() > 1) {
        sb.append("<a rel=\"prev\" href=\"").append(esc(query.at(query.page() - 1))).append("\">← Newer</a>");
      }
      sb.append("<span>page ").append(query.page()).append("</span>");
      if (found.size() > PAGE_SIZE) {
        sb.append("<a rel=\"next\" href=\"").append(esc(query.at(query.page() + 1))).append("\">Older →</a>");
      }
      sb.append("</nav>\n");
    }
    return Layout.page("Stories", sb.toString());
  }


  /**
   * A story's page.
   *
   * @param update what is new since the version the reader asked about, or null when none was asked for
   * @param since the version the reader asked about, or 0
   */
  static String story(StoryViews.Version v, int since, StoryViews.Update update) {
    List<Document> docs = v.report().story().documents();
    String headline = Sources.oneLine(v.headline());
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<article id=\"story\" data-story=\"").append(v.storyId()).append("\" data-version=\"")
        .append(v.version()).append("\" data-since=\"").append(since).append("\">\n");
    sb.append("<header id=\"story-head\" class=\"story-top\"><h1>").append(esc(headline)).append("</h1>")
        .append("<p class=\"meta\">").append(Sources.plural(outletCount(docs), "outlet")).append(" · ")
        .append(Sources.plural(docs.size(), "article")).append(" · version ").append(v.version())
        .append(" of ").append(Layout.time(v.created())).append(" · <a href=\"/stories/").append(v.storyId())
        .append("\">permalink</a></p></header>\n");
    sb.append("<p id=\"live\" class=\"notice\" role=\"status\" hidden></p>\n");
    sb.append(newSince(v, since, update));
    sb.append("<div id=\"report\">").append(HtmlReportRenderer.section(v.report(), "Cited summary and"
        + " cross-source report")).append("</div>\n");
    sb.append(sourceList(v));
    sb.append("</article>\n");
    return Layout.page(headline, sb.toString());
  }

  private static int outletCount(List<Document> docs) {
    Set<String> outlets = new LinkedHashSet<>();
    docs.forEach(d -> outlets.add(d.outlet()));
    return outlets.size();
  }

  /** The section with what is new since {@code since}; hidden and empty when the reader asked for none. */
  static String newSince(StoryViews.Version v, int since, StoryViews.Update update) {
    if (since <= 0) {
      return "<section id=\"new-since\" class=\"panel new-since\" hidden></section>\n";
    }
    StringBuilder sb = new StringBuilder(2048);
    sb.append("<section id=\"new-since\" class=\"panel new-since\" data-since=\"").append(since)
        .append("\"><h2>New since version ").append(since).append("</h2>\n");
    if (update == null || update.newArticleIds().isEmpty()) {
      sb.append(update == null && since != v.version() ? "<p class=\"empty\">Version " + since + " is not known.</p>\n"
          : "<p class=\"empty\">Nothing new since version " + since + ".</p>\n");
      return sb.append("</section>\n").toString();
    }
    sb.append("<p class=\"note\">").append(Sources.plural(update.newArticleIds().size(), "new article"))
        .append(":</p>\n<ul class=\"new-articles\">");
    for (long id : update.newArticleIds()) {
      int d = v.articleIds().indexOf(id);
      sb.append("<li>");
      if (d >= 0 && d < v.report().story().documents().size()) {
        Document doc = v.report().story().documents().get(d);
        sb.append("<a href=\"#s0-d").append(d).append("\">[").append(d + 1).append("] ").append(esc(doc.outlet()))
            .append("</a> ").append(esc(titleOf(doc)));
      } else {
        sb.append("<a href=\"/api/articles/").append(id).append("\">article ").append(id).append("</a>");
      }
      sb.append("</li>");
    }
    sb.append("</ul>\n");
    StoryReport u = update.update();
    if (u == null || u.summary().sentences().isEmpty()) {
      sb.append("<p class=\"empty\">The new articles say nothing the summary of version ").append(since)
          .append(" did not.</p>\n");
    } else {
      sb.append("<p class=\"summary update\">");
      for (SummarySentence s : u.summary().sentences()) {
        sb.append("<span class=\"sent\">").append(esc(Sources.oneLine(s.text())))
            .append("</span><sup class=\"cites\">");
        for (int d : s.documents()) {
          int at = indexIn(v, u.story().documents().get(d));
          String label = esc(u.story().documents().get(d).outlet());
          if (at >= 0) {
            sb.append("<a href=\"#s0-d").append(at).append("\" title=\"").append(label).append("\">").append(at + 1)
                .append("</a>");
          } else {
            sb.append("<span title=\"").append(label).append("\">·</span>");
          }
        }
        sb.append("</sup> ");
      }
      sb.append("</p>\n");
    }
    return sb.append("</section>\n").toString();
  }

  /** Where a document of an update report is among the version's documents (by id, else by address), or -1. */
  private static int indexIn(StoryViews.Version v, Document doc) {
    List<Document> docs = v.report().story().documents();
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).id().equals(doc.id())) {
        return i;
      }
    }
    for (int i = 0; i < docs.size(); i++) {
      if (doc.url() != null && doc.url().equals(docs.get(i).url())) {
        return i;
      }
    }
    return -1;
  }

  private static String titleOf(Document d) {
    return d.title() == null || d.title().isBlank() ? d.id() : Sources.oneLine(d.title());
  }

  /** Each article with its outlet, date, original address (http(s) only) and stored copy. */
  private static String sourceList(StoryViews.Version v) {
    List<Document> docs = v.report().story().documents();
    StringBuilder sb = new StringBuilder(1024);
    sb.append("<section id=\"source-list\" class=\"panel\"><h2>Sources</h2>\n<ol class=\"source-list\">");
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      sb.append("<li><a href=\"#s0-d").append(d).append("\">[").append(d + 1).append("]</a> <strong>")
          .append(esc(doc.outlet())).append("</strong> ").append(Layout.outLink(doc.url(), titleOf(doc)));
      if (doc.date() != null) {
        sb.append(" <span class=\"meta\">").append(esc(Sources.date(doc.date()))).append("</span>");
      }
      if (d < v.articleIds().size()) {
        sb.append(" · <a href=\"/api/articles/").append(v.articleIds().get(d)).append("\">stored copy</a>");
      }
      sb.append("</li>");
    }
    return sb.append("</ol></section>\n").toString();
  }
}
