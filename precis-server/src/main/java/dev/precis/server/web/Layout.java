package dev.precis.server.web;

import dev.precis.render.Sources;
import dev.precis.render.report.Html;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The frame every page shares, and the helpers pages write untrusted text with. Every piece of text that did not
 * come from this class's own literals goes through {@link #esc}; links to other sites only through {@link
 * #outLink}. Pages carry no inline script or style: the script and style sheet are files of this server
 * ({@link WebPages#CSP}).
 */
final class Layout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Layout() {}

  /** A whole page: {@code main} is the page's HTML, {@code title} plain text. */
  static String page(String title, String main) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"color-scheme\" content=\"light dark\">\n"
        + "<title>" + esc(title) + " · Precis</title>\n"
        + "<link rel=\"stylesheet\" href=\"" + WebPages.CSS + "\">\n"
        + "<script src=\"" + WebPages.REPORT_JS + "\" defer></script>\n"
        + "<script src=\"" + WebPages.PAGE_JS + "\" defer></script>\n"
        + "</head>\n<body>\n<header class=\"site\"><a class=\"brand\" href=\"/\">Precis news desk</a>"
        + "<nav><a href=\"/\">Stories</a><a href=\"/admin/feeds\">Feeds</a></nav></header>\n"
        + "<main id=\"main\">\n" + main + "</main>\n"
        + "<footer class=\"site-foot\">Summaries are extracts: every sentence is an outlet's own, cited to the"
        + " outlets that carry it. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>Enter</kbd> open.</footer>\n"
        + "</body>\n</html>\n";
  }

  /** Untrusted text as HTML text or a quoted attribute value. */
  static String esc(String text) {
    return Html.escape(text);
  }

  /**
   * A link to another site: only for an http(s) address (escaped, no referrer, new tab); otherwise the label
   * alone, as text.
   */
  static String outLink(String url, String label) {
    String web = Sources.webUrl(url);
    if (web == null) {
      return esc(label);
    }
    return "<a href=\"" + esc(web) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">" + esc(label)
        + "</a>";
  }

  /** A time for people, with the machine-readable value. */
  static String time(Instant t) {
    if (t == null) {
      return "never";
    }
    return "<time datetime=\"" + t + "\">" + TIME.format(t) + "</time>";
  }
}
