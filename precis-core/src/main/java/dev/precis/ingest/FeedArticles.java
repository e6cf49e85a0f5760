package dev.precis.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.precis.model.Document;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed read with Rome; each item is one article.
 *
 * <ul>
 *   <li>text: the item's full content ({@code content:encoded} in RSS, {@code <content>} in Atom), as text;
 *       when it has none, its title and description (summary) as two paragraphs. Such a <b>summary-only</b>
 *       article gets an id ending in {@code -summary}, so that every citation of it shows that the cited text is
 *       a teaser, and one warning per feed counts them;
 *   <li>id: {@code FEED-N} (N counts the articles from 0), plus {@code -summary} as above;
 *   <li>title: the item's title; source: the title of the item's {@code <source>}, else the feed's title;
 *       url: the item's link (else an http(s) guid/id); date: the item's {@code pubDate}/{@code dc:date}/
 *       {@code published}/{@code updated} read with {@link Dates} (the outlet's local time), else Rome's
 *       reading in UTC;
 *   <li>language: the feed's {@code <language>} or {@code xml:lang}, for every item; author: the item's
 *       {@code author}/{@code dc:creator} as Rome reads it.
 * </ul>
 *
 * The XML is parsed by {@link SafeXml}: no DTD, entity or anything else is ever fetched. A feed Rome cannot
 * read is an {@link InputException} naming the file (a warning and a skip when other inputs are readable).
 */
final class FeedArticles {
  static final String SUMMARY_SUFFIX = "-summary";
  private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");

  private FeedArticles() {}

  /** The articles of a feed; each has the feed's language. */
  static List<Document> read(byte[] bytes, String baseId, String name, Consumer<String> warnings)
      throws InputException {
    String declared = Encodings.declaredInXml(bytes, bytes.length);
    String xml = Encodings.decode(bytes, bytes.length, declared, true, name, warnings);
    org.jdom2.Document dom;
    SyndFeed feed;
    try {
      dom = SafeXml.parse(xml, XmlFixerReader::new);
      SyndFeedInput input = new SyndFeedInput();
      input.setPreserveWireFeed(false);
      feed = input.build(dom);
    } catch (JDOMException | FeedException | IOException | RuntimeException e) {
      String why = firstLine(e);
      if (why.contains("was referenced, but not declared")) {
        why += "; entities declared in a DOCTYPE are never read";
      }
      throw new InputException(name + ": not a readable RSS/Atom feed (" + why + ")", e);
    }

    String language = PageMetadata.language(feed.getLanguage());
    if (language == null) {
      language = PageMetadata.language(dom.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE));
    }
    List<String> rawDates = rawDates(dom.getRootElement());
    List<SyndEntry> entries = feed.getEntries();
    boolean datesMatch = rawDates.size() == entries.size();
    List<Document> docs = new ArrayList<>();
    int summaryOnly = 0;
    int empty = 0;
    int cut = 0;
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String title = title(e);
      String full = contents(e);
      String text;
      boolean summary = full.isBlank();
      if (!summary) {
        text = full;
      } else {
        String description = e.getDescription() == null ? "" : content(e.getDescription());
        text = join(title, description);
      }
      if (text.isBlank()) {
        empty++;
        continue;
      }
      if (text.length() > HtmlArticles.MAX_ARTICLE_CHARS) {
        text = HtmlArticles.cut(text, HtmlArticles.MAX_ARTICLE_CHARS);
        cut++;
      }
      if (summary) {
        summaryOnly++;
      }
      LocalDateTime date = datesMatch ? Dates.parse(rawDates.get(i)) : null;
      if (date == null) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        date = d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
      }
      String source = e.getSource() != null && e.getSource().getTitle() != null
          ? e.getSource().getTitle() : feed.getTitle();
      String id = baseId + "-" + docs.size() + (summary ? SUMMARY_SUFFIX : "");
      docs.add(new Document(id, HtmlText.oneLine(title), HtmlText.oneLine(source), link(e), date, text, language,
          HtmlText.oneLine(e.getAuthor())));
    }
    if (summaryOnly > 0) {
      warnings.accept(name + ": " + summaryOnly + " of " + docs.size() + " feed items have no full text; read"
          + " their title and description only (ids end in " + SUMMARY_SUFFIX + ")");
    }
    if (empty > 0 && !docs.isEmpty()) {
      warnings.accept(name + ": " + empty + " feed items without any text skipped");
    }
    if (cut > 0) {
      warnings.accept(name + ": " + cut + " feed items cut at " + String.format(Locale.ROOT, "%,d",
          HtmlArticles.MAX_ARTICLE_CHARS) + " characters");
    }
    if (docs.isEmpty()) {
      throw new InputException(name + (entries.isEmpty() ? ": no items in the feed" : ": no text in the "
          + entries.size() + " feed items"));
    }
    return docs;
  }

  private static String title(SyndEntry e) {
    String t = e.getTitle();
    if (t == null) {
      return "";
    }
    String type = e.getTitleEx() == null ? null : e.getTitleEx().getType();
    boolean markup = type == null || !type.toLowerCase(Locale.ROOT).contains("text") || t.indexOf('<') >= 0;
    return (markup ? HtmlText.fragment(t) : HtmlText.clean(t)).replace('\n', ' ').strip();
  }

  /** The full content of an entry as text; "" if none. */
  private static String contents(SyndEntry e) {
    List<String> parts = new ArrayList<>();
    for (SyndContent c : e.getContents()) {
      String t = content(c);
      if (!t.isBlank()) {
        parts.add(t);
      }
    }
    return String.join("\n\n", parts);
  }

  private static String content(SyndContent c) {
    String v = c.getValue();
    if (v == null) {
      return "";
    }
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain") ? HtmlText.clean(v) : HtmlText.fragment(v);
  }

  private static String join(String title, String description) {
    if (title.isBlank()) {
      return description;
    }
    if (description.isBlank() || description.strip().equalsIgnoreCase(title.strip())) {
      return title;
    }
    return title + "\n\n" + description;
  }

  private static String link(SyndEntry e) {
    String link = e.getLink();
    if (isHttp(link)) {
      return link.strip();
    }
    for (SyndLink l : e.getLinks()) {
      if (isHttp(l.getHref()) && (l.getRel() == null || l.getRel().equals("alternate"))) {
        return l.getHref().strip();
      }
    }
    return isHttp(e.getUri()) ? e.getUri().strip() : null;
  }

  private static boolean isHttp(String s) {
    if (s == null) {
      return false;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  /** The date text of each item/entry in document order ("" when it has none). */
  private static List<String> rawDates(Element root) {
    List<String> out = new ArrayList<>();
    collectItems(root, out, 0);
    return out;
  }

  private static void collectItems(Element e, List<String> out, int depth) {
    if (depth > 3) {
      return;
    }
    for (Element child : e.getChildren()) {
      String n = child.getName();
      if (n.equals("item") || n.equals("entry")) {
        out.add(firstText(child, "pubDate", "date", "published", "issued", "updated", "modified", "created"));
      } else if (n.equals("channel")) {
        collectItems(child, out, depth + 1);
      }
    }
  }

  private static String firstText(Element item, String... names) {
    for (String n : names) {
      for (Element c : item.getChildren()) {
        if (c.getName().equals(n) && (!n.equals("date") || DC.getURI().equals(c.getNamespaceURI()))) {
          String t = c.getTextNormalize();
          if (!t.isEmpty()) {
            return t;
          }
        }
      }
    }
    return "";
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
