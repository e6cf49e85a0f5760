package dev.precis.ingest;

import dev.precis.model.Document;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Reads one HTML page into an article: metadata by {@link PageMetadata}, the main text from the element holding
 * the page's article-like text once boilerplate is removed ({@link HtmlText#prune}). When no element stands out
 * (the article's paragraphs sit straight in {@code <body>} beside other text), readability4j looks for it in a
 * copy of the cleaned page; its answer is taken when it keeps {@value #READABILITY_KEEPS} of the article-like text,
 * else the cleaned page's text is (readability changes the document it is given and may keep too little of it).
 *
 * <p><b>Big pages.</b> Readability's cost grows faster than the page, so it runs only on pages of at most
 * {@value #READABILITY_MAX_CHARS} characters and {@value #READABILITY_MAX_ELEMENTS} elements; bigger ones get the
 * text of their cleaned page. Pages over {@value #STREAM_MIN_CHARS} characters are not built into a tree at all:
 * a streaming parse takes the text of each block as it closes, skipping boilerplate, and drops it. The text of
 * one article is cut (at a paragraph end, with a warning) at {@value #MAX_ARTICLE_CHARS} characters.
 *
 * <p>Nothing is ever fetched: jsoup and readability4j only parse the string given, and addresses are only
 * resolved as text.
 */
final class HtmlArticles {
  static final int READABILITY_MAX_CHARS = 2_000_000;
  static final int READABILITY_MAX_ELEMENTS = 15_000;
  static final int STREAM_MIN_CHARS = 4_000_000;
  static final int MAX_ARTICLE_CHARS = 1_000_000;
  /** Readability's answer is replaced by the JSON-LD articleBody when that is this many times longer. */
  private static final double ARTICLE_BODY_FACTOR = 1.5;
  private static final String NO_BASE = "https://page.invalid/";

  private HtmlArticles() {}

  /**
   * @param bytes the page
   * @param httpCharset the charset of the HTTP {@code Content-Type} (WARC), or null
   * @param url the address the page was fetched from (WARC), or null to take the canonical one
   * @param fallbackDate the date when the page has none (WARC-Date), or null
   * @throws InputException when the page has no text
   */
  static Document read(byte[] bytes, int length, String httpCharset, String id, String url, LocalDateTime fallbackDate,
      String name, Consumer<String> warnings) throws InputException {
    String declared = httpCharset != null ? httpCharset : Encodings.declaredInHtml(bytes, length);
    if (declared == null) {
      declared = Encodings.declaredInXml(bytes, length);
    }
    String html = Encodings.decode(bytes, length, declared, true, name, warnings);
    return read(html, id, url, fallbackDate, name, warnings);
  }

  static Document read(String html, String id, String url, LocalDateTime fallbackDate, String name,
      Consumer<String> warnings) throws InputException {
    String base = url != null && validUri(url) ? url : "";
    html = SafeXml.withoutDoctype(html); // jsoup would show an internal subset as text; nothing else needs it
    Extracted x = html.length() > STREAM_MIN_CHARS ? streamed(html, base) : parsed(html, base);
    PageMetadata meta = x.meta;
    String text = x.text;
    if (meta.articleBody() != null && meta.articleBody().length() > ARTICLE_BODY_FACTOR * text.length()) {
      text = meta.articleBody();
    }
    text = dropTitleParagraph(text, meta.title());
    if (text.isBlank()) {
      throw new InputException(name + ": no article text in the page");
    }
    if (text.length() > MAX_ARTICLE_CHARS || x.cut) {
      text = cut(text, MAX_ARTICLE_CHARS);
      warnings.accept(name + ": article text cut at " + String.format(Locale.ROOT, "%,d", MAX_ARTICLE_CHARS)
          + " characters");
    }
    if (meta.unreadableDate() != null && fallbackDate == null) {
      warnings.accept(name + ": cannot read the date '" + HtmlText.oneLine(meta.unreadableDate()) + "'; ignored");
    }
    LocalDateTime date = meta.date() != null ? meta.date() : fallbackDate;
    String address = url != null ? url : meta.url();
    return new Document(id, meta.title(), meta.source(), address, date, text, meta.language(), meta.author());
  }

  private record Extracted(PageMetadata meta, String text, boolean cut) {}

  private static Extracted parsed(String html, String base) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, base);
    PageMetadata meta = PageMetadata.of(doc);
    Element core = HtmlText.prune(doc);
    if (core == null) {
      return new Extracted(meta, "", false);
    }
    String own = HtmlText.paragraphs(core);
    if (core == doc.body() && html.length() <= READABILITY_MAX_CHARS
        && doc.getAllElements().size() <= READABILITY_MAX_ELEMENTS) {
      Element found = readability(core, base.isEmpty() ? NO_BASE : base);
      // Readability's answer is kept when it holds nearly all the article-like text: it only tidies the element.
      if (found != null && HtmlText.articleText(found) >= READABILITY_KEEPS * HtmlText.articleText(core)) {
        String text = HtmlText.paragraphs(found);
        if (!text.isBlank()) {
          return new Extracted(meta, text, false);
        }
      }
    }
    return new Extracted(meta, own, false);
  }

  /** The share of the page's article-like text readability's answer must hold to be taken. */
  static final double READABILITY_KEEPS = 0.9;

  /**
   * The element readability finds in a copy of {@code core} (readability changes the document it is given, and
   * the page must stay as it was for the fallback); null when it finds none or fails.
   */
  private static Element readability(Element core, String uri) {
    try {
      org.jsoup.nodes.Document copy = org.jsoup.nodes.Document.createShell(uri);
      if (core.normalName().equals("body")) {
        for (Element child : core.children()) {
          copy.body().appendChild(child.clone());
        }
      } else {
        copy.body().appendChild(core.clone());
      }
      Article article = new Readability4J(uri, copy).parse();
      return article.getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /** Streaming extraction for very big pages: bounded memory, linear time. */
  private static Extracted streamed(String html, String base) {
    StringBuilder out = new StringBuilder();
    List<String> jsonLd = new ArrayList<>();
    long jsonLdChars = 0;
    boolean cut = false;
    Map<Element, Boolean> boilerplate = new IdentityHashMap<>();
    org.jsoup.nodes.Document doc;
    try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(new StringReader(html), base)) {
      Iterator<Element> it = parser.iterator();
      while (it.hasNext()) {
        Element e = it.next();
        String tag = e.normalName();
        Boolean skip = boilerplate.remove(e);
        if (tag.equals("script")) {
          String type = e.attr("type").toLowerCase(Locale.ROOT);
          if (type.startsWith("application/ld+json") && jsonLdChars < (4 << 20)) {
            String data = e.data();
            jsonLd.add(data);
            jsonLdChars += data.length();
          }
          if (!inHead(e)) {
            e.remove();
          }
          continue;
        }
        if (inHead(e) || tag.equals("head") || tag.equals("html")) {
          continue;
        }
        if (HtmlText.NEVER_TEXT.contains(tag)) {
          e.remove();
          continue;
        }
        if (!HtmlText.BLOCKS.contains(tag)) {
          continue;
        }
        if (skip == null) {
          skip = boilerplate(e, boilerplate);
        }
        if (!skip) {
          String text = HtmlText.paragraphs(e);
          if (!text.isEmpty()) {
            if (out.length() > 0) {
              out.append("\n\n");
            }
            out.append(text);
          }
        }
        if (tag.equals("body")) {
          e.empty();
        } else {
          e.remove();
        }
        if (out.length() > MAX_ARTICLE_CHARS) {
          cut = true;
          parser.stop();
          break;
        }
      }
      doc = parser.document();
    }
    return new Extracted(PageMetadata.of(doc, jsonLd), HtmlText.clean(out.toString()), cut);
  }

  /** True when {@code e} or an open ancestor is boilerplate; remembers the answers for open elements. */
  private static boolean boilerplate(Element e, Map<Element, Boolean> memo) {
    List<Element> chain = new ArrayList<>();
    Boolean known = null;
    for (Element a = e; a != null; a = a.parent()) {
      known = a == e ? null : memo.get(a);
      if (known != null) {
        break;
      }
      chain.add(a);
    }
    boolean result = known != null && known;
    for (int i = chain.size() - 1; i >= 0; i--) {
      Element a = chain.get(i);
      String tag = a.normalName();
      if (!result && !tag.equals("body") && !tag.equals("html") && !tag.equals("article") && !tag.equals("main")) {
        result = HtmlText.FURNITURE.contains(tag) || HtmlText.isBoilerplate(a);
      }
      if (a != e) {
        memo.put(a, result);
      }
    }
    return result;
  }

  private static boolean inHead(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("head")) {
        return true;
      }
    }
    return false;
  }

  private static String dropTitleParagraph(String text, String title) {
    if (title == null) {
      return text;
    }
    int end = text.indexOf("\n\n");
    String first = end < 0 ? text : text.substring(0, end);
    if (first.strip().equalsIgnoreCase(title.strip())) {
      return end < 0 ? "" : text.substring(end + 2).strip();
    }
    return text;
  }

  /** {@code text} cut to at most {@code max} characters, at a paragraph end when there is one in the second half. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int at = text.lastIndexOf("\n\n", max);
    if (at < max / 2) {
      at = text.lastIndexOf(' ', max);
      if (at < max / 2) {
        at = max;
      }
    }
    return text.substring(0, at).strip();
  }

  private static boolean validUri(String s) {
    try {
      return new URI(s).isAbsolute();
    } catch (Exception e) {
      return false;
    }
  }
}
