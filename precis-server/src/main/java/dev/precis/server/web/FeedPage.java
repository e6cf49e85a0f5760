package dev.precis.server.web;

import static dev.precis.server.web.Layout.esc;

import dev.precis.server.store.FeedState;
import java.util.List;

/** The admin page: each polled feed's state, and the form that adds one. */
final class FeedPage {
  private FeedPage() {}

  /**
   * @param message what the last action did or why it was refused, or null
   * @param problem whether {@code message} is a refusal
   * @param needsToken whether the form asks for the server's token
   * @param typedUrl the address typed in a refused form (shown again), or null
   */
  static String html(List<FeedState> feeds, String message, boolean problem, boolean needsToken, String typedUrl) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<h1>Feeds</h1>\n");
    if (message != null) {
      sb.append("<p class=\"").append(problem ? "problem" : "notice").append("\" role=\"")
          .append(problem ? "alert" : "status").append("\">").append(esc(message)).append("</p>\n");
    }
    if (feeds.isEmpty()) {
      sb.append("<p class=\"empty\">No feeds yet: add one below, or list them in the configuration file.</p>\n");
    } else {
      sb.append("<div class=\"table-wrap\"><table class=\"feeds\"><thead><tr><th>Feed</th><th>Last fetch</th>"
          + "<th class=\"num\">Status</th><th>Last error</th><th class=\"num\">Errors in a row</th>"
          + "<th class=\"num\">Items</th><th>Next check</th><th class=\"num\">Interval</th></tr></thead><tbody>\n");
      for (FeedState f : feeds) {
        sb.append("<tr class=\"feed").append(f.errorCount() > 0 ? " failing" : "").append("\"><td>")
            .append(Layout.outLink(f.url().toString(), f.url().toString()))
            .append(f.fetchPages() ? " <span class=\"chip\">full pages</span>" : "").append("</td><td>")
            .append(Layout.time(f.lastFetch())).append("</td><td class=\"num\">")
            .append(f.lastStatus() == null ? "–" : f.lastStatus()).append("</td><td>")
            .append(f.lastError() == null ? "–" : esc(f.lastError())).append("</td><td class=\"num\">")
            .append(f.errorCount()).append("</td><td class=\"num\">").append(f.itemsSeen()).append("</td><td>")
            .append(Layout.time(f.nextCheck())).append("</td><td class=\"num\">")
            .append((f.currentInterval() == null ? f.interval() : f.currentInterval()).toMinutes()).append(" min")
            .append("</td></tr>\n");
      }
      sb.append("</tbody></table></div>\n");
    }
    sb.append("<form class=\"add-feed panel\" method=\"post\" action=\"/admin/feeds\"><h2>Add a feed</h2>")
        .append("<label>RSS or Atom address <input type=\"url\" name=\"url\" required placeholder=\"https://\""
            + " value=\"").append(esc(typedUrl)).append("\"></label>")
        .append("<label>Check every <input type=\"number\" name=\"interval_minutes\" min=\"1\" max=\"1440\""
            + " value=\"15\"> minutes</label>")
        .append("<label class=\"check\"><input type=\"checkbox\" name=\"fetch_pages\" value=\"on\"> fetch each"
            + " item's page for its full text</label>");
    if (needsToken) {
      sb.append("<label>Server token <input type=\"password\" name=\"token\" required"
          + " autocomplete=\"current-password\"></label>");
    }
    sb.append("<button type=\"submit\">Add the feed</button></form>\n");
    return Layout.page("Feeds", sb.toString());
  }
}
