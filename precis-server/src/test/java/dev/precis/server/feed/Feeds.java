package dev.precis.server.feed;

/** Feeds written for these tests. */
public final class Feeds {
  private Feeds() {}

  /** An RSS 2.0 feed in English with a channel ttl (minutes, or null) and one item per link, each with its author
   * ("Harbour Reporter N") and full text (which names the link, so that items with different links never have the
   * same text). */
  public static String rss(Integer ttl, String... links) {
    StringBuilder b = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
            xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>Harbour Courier</title>
        <link>http://courier.example/</link>
        <description>News from the harbour</description>
        <language>en</language>
        """);
    if (ttl != null) {
      b.append("<ttl>").append(ttl).append("</ttl>\n");
    }
    int n = 0;
    for (String link : links) {
      n++;
      b.append("<item><title>Harbour story ").append(n).append("</title><link>").append(link)
          .append("</link><pubDate>Tue, 10 Mar 2026 0").append(n % 10).append(":00:00 GMT</pubDate>")
          .append("<dc:creator>Harbour Reporter ").append(n).append("</dc:creator>")
          .append("<content:encoded><![CDATA[<p>The harbour master reported the event told at ").append(link)
          .append(" from the north quay on Tuesday morning.</p><p>Crews from the port authority worked through")
          .append(" the day to clear the berth, the master said.</p>]]></content:encoded></item>\n");
    }
    return b.append("</channel>\n</rss>\n").toString();
  }

  /** A news page in English by "Nell Quayside" with a headline and two paragraphs. */
  static String page(String title, String sentence) {
    return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
        + "<meta property=\"og:site_name\" content=\"Harbour Courier\"><meta name=\"author\" content=\"Nell Quayside\">"
        + "</head><body><article><h1>" + title
        + "</h1><p>" + sentence + " The full page tells more than the feed did about the work at the quay.</p>"
        + "<p>Port officials expect the berth to reopen by the end of the week, a spokeswoman said on"
        + " Tuesday.</p></article></body></html>";
  }
}
