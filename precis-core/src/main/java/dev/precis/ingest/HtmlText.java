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
      "rss", "widget", "teaser", "teasers", "meta", "date", "header");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern ONE_LINE = Pattern.compile("[\\s\u00A0\u2007\u202F\u200B]+");

  private HtmlText() {}

  /**
   * Removes boilerplate from {@code doc} in place and returns the element that holds the article.
   *
   * <p>The article is found by its <em>article-like text</em>: text runs of at least
   * {@value #ARTICLE_RUN} characters outside links, outside elements that are never text, page furniture
   * ({@code nav}, {@code aside}, {@code footer}, ...), hidden elements and elements named like boilerplate
   * (comments, related, share, ...; but not {@code widget} or {@code sidebar}, words that name Blogger's post
   * widget and main columns {@code ...-and-w-sidebar} as often as side columns). From {@code <body>}, the holder
   * is the child that holds at least {@value #CORE_SHARE} of its parent's article-like text, as deep as that
   * goes. It and its ancestors are never removed.
   *
   * <p>Removed elsewhere: elements that are never text, furniture, ARIA landmarks that are not content, hidden
   * elements ({@code hidden}, {@code aria-hidden}, {@code display:none}; all kept when the page's article-like text
   * is only in them) and elements whose class or id names boilerplate, unless they hold more than half of the
   * page's text. Inside the holder the same rules apply, guarded by its own text, and also pictures with their
   * captions and credits, teasers of other stories (a linked heading with little text of its own), sponsored
   * blocks and lists of links.
   *
   * @return the article's element; {@code doc}'s body when no element stands out, null without a body
   */
  static Element prune(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    TextCounts counts = TextCounts.of(body, false);
    boolean keepHidden = counts.article(body) * 4 < counts.hiddenArticle;
    if (keepHidden) {
      counts = TextCounts.of(body, true);
    }
    Element core = core(body, counts);
    int total = counts.text(body);
    Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = core.parent(); e != null; e = e.parent()) {
      keep.add(e);
    }
    TextCounts c = counts;
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e) || keep.contains(e) || e == body) {
        return NodeFilter.FilterResult.CONTINUE;
      }
      if (e == core) {
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (NEVER_TEXT.contains(tag) || ALWAYS_FURNITURE.contains(tag) || (!keepHidden && isHidden(e))) {
        return NodeFilter.FilterResult.REMOVE;
      }
      if ((FURNITURE.contains(tag) || isBoilerplate(e)) && c.text(e) * 2 <= total) {
        return NodeFilter.FilterResult.REMOVE;
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, body);
    pruneInside(core, counts, keepHidden);
    return core;
  }

  /** The length of the article-like text of {@code root} (see {@link #prune}). */
  static int articleText(Element root) {
    return TextCounts.of(root, true).article(root);
  }

  /** Article-like text runs are at least this long. */
  static final int ARTICLE_RUN = 25;
  /** The share of its parent's article-like text a child needs to be the article's element instead. */
  private static final double CORE_SHARE = 0.85;

  /** The deepest element, from {@code body} down, holding {@link #CORE_SHARE} of its parent's article text. */
  private static Element core(Element body, TextCounts counts) {
    Element e = body;
    while (true) {
      int own = counts.article(e);
      Element best = null;
      int bestArticle = 0;
      for (Element child : e.children()) {
        int n = counts.article(child);
        if (n > bestArticle) {
          best = child;
          bestArticle = n;
        }
      }
      if (best == null || bestArticle < CORE_SHARE * own) {
        return e;
      }
      e = best;
    }
  }

  /** Boilerplate inside the article's element: the rules of {@link #prune} guarded by its text, and more. */
  private static void pruneInside(Element core, TextCounts counts, boolean keepHidden) {
    int coreTotal = counts.text(core);
    int coreArticle = counts.article(core);
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e) || e == core) {
        return NodeFilter.FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (NEVER_TEXT.contains(tag) || tag.equals("figcaption") || (!keepHidden && isHidden(e))) {
        return NodeFilter.FilterResult.REMOVE;
      }
      int text = counts.text(e);
      if (text * 2 > coreTotal || counts.article(e) * 2 > coreArticle) {
        return NodeFilter.FilterResult.CONTINUE; // it holds most of the article
      }
      if (FURNITURE.contains(tag) || isBoilerplate(e) || picture(e, tag, text) || labelled(e, text)
          || (text * 5 < coreTotal * 2 && (teaser(e, tag, counts) || linkList(e, tag, text)))) {
        return NodeFilter.FilterResult.REMOVE;
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, core);
  }

  /** A picture with its caption or credit: a figure, a block holding an image and little text, a credit line. */
  private static boolean picture(Element e, String tag, int text) {
    if (tag.equals("figure")) {
      return text < 400;
    }
    if (tag.equals("p") || tag.equals("span") || tag.equals("small") || tag.equals("em")) {
      return text < 200 && CREDIT.matcher(e.text()).find();
    }
    return BLOCKS.contains(tag) && text < 300 && e.selectFirst("img, picture") != null;
  }

  /** A credit at the end of a caption: "(NASA via AP, File)", "Photo: Name/Agency", "(Courtesy of ...)". */
  private static final Pattern CREDIT = Pattern.compile("(?i)(\\([^()]{2,60}\\b(?:via|/)\\s?[^()]{1,40}\\)"
      + "|\\((?:courtesy|photo|image|file|credit)[^()]{0,60}\\)|^(?:photo|image|picture|credit|photograph)s?"
      + "(?: by)?\\s*:\\s*\\S.{0,80}$)\\s*$");
  private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(sponsored|advertisement|anzeige"
      + "|publicit\u00e9|paid (?:content|post|partner(?:ship)?)|partner content|promoted|presented by|copyright"
      + "|\u00a9|\\(c\\) ?\\d{4})\\b");

  /** A block labelled as sponsored or advertising, or a copyright line. */
  private static boolean labelled(Element e, int text) {
    return text < 600 && BLOCKS.contains(e.normalName()) && LABEL.matcher(e.text()).find();
  }

  /** A teaser of another story: a heading in or around a link, with little article text of its own. */
  private static boolean teaser(Element e, String tag, TextCounts counts) {
    if (tag.equals("p") || !BLOCKS.contains(tag)) {
      return false;
    }
    Element heading = e.selectFirst("a h2, a h3, a h4, a h5, a h6, h2 > a, h3 > a, h4 > a, h5 > a, h6 > a");
    return heading != null && counts.article(e) < 300;
  }

  /** A block that is mostly links: lists of other stories, tags, sharing; a short paragraph that is a link. */
  private static boolean linkList(Element e, String tag, int text) {
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section");
    if (!(list || (tag.equals("p") && text < 100)) || text == 0) {
      return false;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return links * 10 >= text * 7;
  }

  /** Hidden from readers: {@code hidden}, {@code aria-hidden=true}, {@code display:none}, {@code visibility:hidden}. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  /**
   * Text lengths of every element of a tree: all its text, and its article-like text (runs of
   * {@link #ARTICLE_RUN} characters outside links, list items, elements that are never text, furniture, hidden
   * elements and elements named like strong boilerplate); {@code hiddenArticle} is the article-like text inside
   * hidden elements. When the names leave less than a third of the article-like text the other rules leave, they
   * are not trusted (an article in an element named like boilerplate) and article-like text ignores them.
   */
  private static final class TextCounts {
    /** Per element: all text, article-like text, article-like text when names are ignored. */
    private final Map<Element, int[]> counts = new IdentityHashMap<>();
    private int hiddenArticle;
    private int articleIndex = 1;

    int text(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[0];
    }

    int article(Element e) {
      int[] c = counts.get(e);
      return c == null ? 0 : c[articleIndex];
    }

    static TextCounts of(Element root, boolean hiddenIsText) {
      TextCounts t = new TextCounts();
      NodeTraversor.traverse(new NodeVisitor() {
        int links;
        int excluded;
        int named;
        int hidden;

        @Override
        public void head(Node node, int depth) {
          if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a") || tag.equals("li")) {
              links++;
            }
            if (e != root && (NEVER_TEXT.contains(tag) || ALWAYS_FURNITURE.contains(tag))) {
              excluded++;
            }
            if (e != root && strongBoilerplate(e)) {
              named++;
            }
            if (!hiddenIsText && isHidden(e)) {
              hidden++;
            }
          } else if (node instanceof TextNode text) {
            int n = trimmedLength(text.getWholeText());
            if (n > 0) {
              boolean article = n >= ARTICLE_RUN && links == 0 && excluded == 0;
              if (article && hidden > 0 && named == 0) {
                t.hiddenArticle += n;
              }
              boolean loose = article && hidden == 0;
              t.add(text.parent(), n, loose && named == 0 ? n : 0, loose ? n : 0);
            }
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a") || tag.equals("li")) {
              links--;
            }
            if (e != root && (NEVER_TEXT.contains(tag) || ALWAYS_FURNITURE.contains(tag))) {
              excluded--;
            }
            if (e != root && strongBoilerplate(e)) {
              named--;
            }
            if (!hiddenIsText && isHidden(e)) {
              hidden--;
            }
            int[] c = t.counts.get(e);
            if (c != null && e != root) {
              t.add(e.parent(), c[0], c[1], c[2]);
            }
          }
        }
      }, root);
      if (t.article(root) * 3 < t.counts.getOrDefault(root, new int[3])[2]) {
        t.articleIndex = 2;
      }
      return t;
    }

    private void add(Node parent, int text, int article, int loose) {
      if (parent instanceof Element p) {
        int[] c = counts.get(p);
        if (c == null) {
          counts.put(p, new int[] {text, article, loose});
        } else {
          c[0] += text;
          c[1] += article;
          c[2] += loose;
        }
      }
    }
  }

  private static int trimmedLength(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  /** True for elements that are hidden, landmarks that are not content, or named like boilerplate. */
  static boolean isBoilerplate(Element e) {
    return isHidden(e) || "true".equalsIgnoreCase(e.attr("aria-modal")) || landmark(e)
        || names(e.className()) != NOT_BOILERPLATE || names(e.id()) != NOT_BOILERPLATE;
  }

  /**
   * True for elements that are never the article: landmarks that are not content and elements named like strong
   * boilerplate (comments, related, share, ads, ...); never for {@code <article>}, {@code <main>} or the element
   * marked {@code itemprop=articleBody}.
   */
  private static boolean strongBoilerplate(Element e) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("body")
        || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      return false;
    }
    return landmark(e) || names(e.className()) == STRONG || names(e.id()) == STRONG;
  }

  private static boolean landmark(Element e) {
    String role = e.attr("role");
    return !role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT).strip());
  }

  static boolean namedLikeBoilerplate(String names) {
    return names(names) != NOT_BOILERPLATE;
  }

  private static final byte NOT_BOILERPLATE = 0;
  private static final byte WEAK = 1;
  private static final byte STRONG = 2;
  /** Words that name boilerplate, but also the columns and widgets articles live in. */
  private static final Set<String> WEAK_TOKENS = Set.of("widget", "sidebar", "print", "paywall", "hidden",
      "offscreen", "sronly", "overlay", "modal", "popup", "toolbar", "masthead", "banner", "header", "meta", "date");
  /** What class and id values say, by value: they repeat within and across pages. */
  private static final Map<String, Byte> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether class or id values name boilerplate: {@link #STRONG}, {@link #WEAK} or not at all. */
  private static byte names(String names) {
    if (names == null || names.isEmpty()) {
      return NOT_BOILERPLATE;
    }
    Byte known = NAMES.get(names);
    if (known != null) {
      return known;
    }
    byte kind = classify(names);
    if (NAMES.size() > 50_000) {
      NAMES.clear();
    }
    NAMES.put(names, kind);
    return kind;
  }

  private static byte classify(String names) {
    String split = CAMEL.matcher(names).replaceAll("-").toLowerCase(Locale.ROOT);
    byte kind = NOT_BOILERPLATE;
    for (String token : TOKEN_SPLIT.split(split)) {
      if (!token.isEmpty() && BOILERPLATE_TOKENS.contains(token)) {
        if (!WEAK_TOKENS.contains(token)) {
          return STRONG;
        }
        kind = WEAK;
      }
    }
    // Joined forms: "cookiebanner", "sharebuttons", "relatedarticles".
    String joined = split.replaceAll("[^a-z]", "");
    return joined.startsWith("cookie") || joined.startsWith("share") || joined.startsWith("related")
        || joined.startsWith("newsletter") || joined.startsWith("advert") || joined.startsWith("social")
        || joined.startsWith("consent") || joined.startsWith("promo") || joined.startsWith("sponsor")
        || joined.startsWith("morestories") || joined.startsWith("morefrom") || joined.startsWith("readmore")
        || joined.startsWith("readnext") || joined.startsWith("alsoread") ? STRONG
        : kind;
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
