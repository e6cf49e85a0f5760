package dev.precis.ingest;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of HTML: paragraphs from block elements, boilerplate (menus, cookie banners, ads, share bars, related
 * links, footers) removed.
 */
final class HtmlText {
  /** Elements whose text is never article text. */
  static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
      "canvas", "iframe", "object", "embed", "video", "audio", "map", "head", "title", "button", "select",
      "option", "input", "textarea", "datalist", "meter", "progress");
  /** Page furniture: removed unless they hold the article. */
  static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "header", "form", "dialog", "menu",
      "fieldset", "label");
  /** Furniture removed even when it holds most of the page's text (forms and headers may wrap whole pages). */
  private static final Set<String> ALWAYS_FURNITURE = Set.of("nav", "aside", "footer", "dialog", "menu");
  /** Elements that end a paragraph. */
  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "body", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
      "tfoot", "tr", "caption", "figure", "figcaption", "address", "center", "details", "summary", "hr", "header",
      "footer", "aside", "nav", "form", "fieldset", "legend", "hgroup", "listing", "plaintext", "xmp", "frameset",
      "noframes", "dir", "menu");
  private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tablist", "alert");
  private static final Set<String> BOILERPLATE_TOKENS = Set.of("cookie", "cookies", "consent", "gdpr", "cmp",
      "banner", "newsletter", "subscribe", "subscription", "signup", "paywall", "share", "sharing", "sharebar",
      "social", "socials", "related", "recommended", "recommendations", "recirculation", "promo", "promotion",
      "promoted", "advert", "adverts", "advertisement", "advertising", "ad", "ads", "adslot", "adunit",
      "dfp", "sponsor", "sponsored", "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "footer",
      "nav", "navbar", "navigation", "menu", "sidebar", "popup", "modal", "overlay", "outbrain", "taboola",
      "trending", "mostread", "popular", "hidden", "offscreen", "sronly", "toolbar", "masthead", "skiplink",
      "tags", "byline", "author", "dateline", "timestamp", "caption", "credit", "credits", "copyright", "print",
      "rss", "widget");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern ONE_LINE = Pattern.compile("[\\s\u00A0\u2007\u202F\u200B]+");

  private HtmlText() {}

  /**
   * Removes boilerplate from {@code doc} in place: elements that are never text, page furniture, ARIA landmarks
   * that are not content, hidden elements and elements whose class or id names boilerplate (cookie, consent,
   * share, related, promo, ad, newsletter, comments, ...). The article itself is kept: the element marked
   * {@code itemprop=articleBody}, else the {@code <article>} with the most text, else {@code <main>}, and its
   * ancestors are never removed, and neither is any element holding more than half of the page's text.
   */
  static void prune(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    Map<Element, Integer> textLength = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          add(t.parent(), t.getWholeText().strip().length());
        } else if (node instanceof Element e) {
          add(e.parent(), textLength.getOrDefault(e, 0));
        }
      }

      private void add(Node parent, int n) {
        if (parent instanceof Element p && n > 0) {
          textLength.merge(p, n, Integer::sum);
        }
      }
    }, body);
    int total = textLength.getOrDefault(body, 0);
    Element main = mainElement(doc, textLength);
    Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = main == null ? null : main.parent(); e != null; e = e.parent()) {
      keep.add(e);
    }
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e) || keep.contains(e)) {
        return NodeFilter.FilterResult.CONTINUE;
      }
      if (e == main) {
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (tag.equals("body")) {
        return NodeFilter.FilterResult.CONTINUE;
      }
      if (NEVER_TEXT.contains(tag) || ALWAYS_FURNITURE.contains(tag)) {
        return NodeFilter.FilterResult.REMOVE;
      }
      if ((FURNITURE.contains(tag) || isBoilerplate(e)) && textLength.getOrDefault(e, 0) * 2 <= total) {
        return NodeFilter.FilterResult.REMOVE;
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, body);
    if (main != null) {
      // Inside the article, the same rules, guarded by the article's own text.
      int mainTotal = textLength.getOrDefault(main, 0);
      NodeTraversor.filter((node, depth) -> {
        if (node instanceof Element e && e != main) {
          String tag = e.normalName();
          if (NEVER_TEXT.contains(tag)) {
            return NodeFilter.FilterResult.REMOVE;
          }
          if ((FURNITURE.contains(tag) || isBoilerplate(e)) && textLength.getOrDefault(e, 0) * 2 <= mainTotal) {
            return NodeFilter.FilterResult.REMOVE;
          }
        }
        return NodeFilter.FilterResult.CONTINUE;
      }, main);
    }
  }

  private static Element mainElement(Document doc, Map<Element, Integer> textLength) {
    Element body = doc.selectFirst("[itemprop=articleBody]");
    if (body != null) {
      return body;
    }
    Element best = null;
    int bestLength = 0;
    for (Element a : doc.getElementsByTag("article")) {
      int n = textLength.getOrDefault(a, 0);
      if (n > bestLength) {
        best = a;
        bestLength = n;
      }
    }
    return best != null ? best : doc.selectFirst("main, [role=main]");
  }

  /** True for elements that are hidden, landmarks that are not content, or named like boilerplate. */
  static boolean isBoilerplate(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || "true".equalsIgnoreCase(e.attr("aria-modal"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    if (!role.isEmpty() && ROLES.contains(role)) {
      return true;
    }
    return namedLikeBoilerplate(e.className()) || namedLikeBoilerplate(e.id());
  }

  static boolean namedLikeBoilerplate(String names) {
    if (names == null || names.isEmpty()) {
      return false;
    }
    String split = CAMEL.matcher(names).replaceAll("-").toLowerCase(Locale.ROOT);
    for (String token : TOKEN_SPLIT.split(split)) {
      if (!token.isEmpty() && BOILERPLATE_TOKENS.contains(token)) {
        return true;
      }
    }
    // Joined forms: "cookiebanner", "sharebuttons", "relatedarticles".
    String joined = split.replaceAll("[^a-z]", "");
    return joined.startsWith("cookie") || joined.startsWith("share") || joined.startsWith("related")
        || joined.startsWith("newsletter") || joined.startsWith("advert") || joined.startsWith("social")
        || joined.startsWith("consent") || joined.startsWith("promo") || joined.startsWith("sponsor");
  }

  /**
   * The text of {@code root}: block elements become paragraphs separated by a blank line, {@code <br>} a line
   * break, white space inside a paragraph is collapsed (kept in {@code <pre>}), table cells are separated by a
   * space. Elements that are never text are skipped.
   */
  static String paragraphs(Node root) {
    Builder b = new Builder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          b.text(t.getWholeText());
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (NEVER_TEXT.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("br")) {
            b.lineBreak();
          } else if (tag.equals("pre")) {
            b.paragraph();
            b.pre++;
          } else if (tag.equals("td") || tag.equals("th")) {
            b.space();
          } else if (BLOCKS.contains(tag)) {
            b.paragraph();
          } else if (tag.equals("img")) {
            return FilterResult.SKIP_ENTIRELY;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("pre")) {
            b.pre--;
            b.paragraph();
          } else if (BLOCKS.contains(tag)) {
            b.paragraph();
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return b.result();
  }

  /** A tag, closing tag, comment or doctype: what makes a string HTML rather than text. */
  private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]");

  /** Whether {@code s} holds a tag, closing tag, comment or doctype, rather than a mere "<" in text. */
  static boolean hasMarkup(String s) {
    return s.indexOf('<') >= 0 && MARKUP.matcher(s).find();
  }

  /**
   * The text of an HTML fragment (feed content, descriptions), boilerplate removed ({@link #prune}); text without
   * markup keeps its line breaks as paragraphs.
   */
  static String fragment(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return clean(html);
    }
    if (!hasMarkup(html)) {
      // Plain text that merely contains "AT&T" or "3 < 4": its line breaks are its paragraphs.
      return clean(Parser.unescapeEntities(html, false));
    }
    Document doc = Jsoup.parseBodyFragment(html, "");
    prune(doc);
    return paragraphs(doc.body());
  }

  /** A metadata value on one line: white space (no-break spaces too) collapsed; null when blank. */
  static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    String t = ONE_LINE.matcher(s).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /** Cleaned text: {@link TextNormalizer}, runs of blank lines made one. */
  static String clean(String text) {
    return BLANK_LINES.matcher(TextNormalizer.normalize(text)).replaceAll("\n\n");
  }

  /** Collects text with paragraph and line breaks, collapsing white space. */
  private static final class Builder {
    private final StringBuilder out = new StringBuilder();
    int pre;
    /** 0 none, 1 line break, 2 paragraph break pending. */
    private int pendingBreak;
    private boolean pendingSpace;

    void text(String s) {
      if (pre > 0) {
        flush();
        out.append(s);
        return;
      }
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
          if (out.length() > 0 && pendingBreak == 0) {
            pendingSpace = true;
          }
        } else {
          flush();
          out.append(c);
        }
      }
    }

    private void flush() {
      if (out.length() > 0) {
        if (pendingBreak == 2) {
          out.append("\n\n");
        } else if (pendingBreak == 1) {
          out.append('\n');
        } else if (pendingSpace) {
          out.append(' ');
        }
      }
      pendingBreak = 0;
      pendingSpace = false;
    }

    void space() {
      if (out.length() > 0 && pendingBreak == 0) {
        pendingSpace = true;
      }
    }

    void lineBreak() {
      if (out.length() > 0) {
        pendingBreak = Math.max(pendingBreak, 1);
        pendingSpace = false;
      }
    }

    void paragraph() {
      if (out.length() > 0) {
        pendingBreak = 2;
        pendingSpace = false;
      }
    }

    String result() {
      return clean(out.toString());
    }
  }
}
