package dev.precis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The extraction test pages: invented articles (src/test/resources/ingest/pages/STYLE.txt, written for this
 * project) rendered as whole pages in the style of a publishing system (WordPress, Blogger, Drupal, an Arc or
 * Next.js site with its JSON in the page, AMP, a Gannett-like site with JSON-LD, a bare hand-made blog), with
 * navigation, sidebars, related links, comments, footers and scripts, and with the quirks an article names
 * (its {@code quirks:} line): the failure kinds of real pages.
 *
 * <h2>Source format</h2>
 *
 * An article starts with a line {@code == ID}, then lines {@code quirks:}, {@code title:}, {@code author:},
 * {@code date:} (ISO 8601), {@code outlet:}, {@code path:} (the URL path; optional), a blank line and its
 * paragraphs separated by blank lines. Title, author, date and paragraphs are what extraction must give.
 *
 * <h2>Quirks</h2>
 *
 * <table>
 *   <caption>What each quirk puts in the page</caption>
 *   <tr><td>sidebar-main</td><td>the main column's class names a sidebar ({@code main-and-w-sidebar})</td></tr>
 *   <tr><td>hidden-copy</td><td>a second copy of the body with keywords and an ISO timestamp, hidden by
 *       {@code display:none}, {@code hidden}, {@code aria-hidden}, {@code <template>} or {@code <noscript>}</td></tr>
 *   <tr><td>teasers</td><td>teaser cards of other stories and a sponsored block inside the body</td></tr>
 *   <tr><td>long-read</td><td>the opening paragraphs in their own container before a full-width picture, the
 *       rest in the body container</td></tr>
 *   <tr><td>caption</td><td>pictures with captions and agency credits inside the body</td></tr>
 *   <tr><td>date-placeholder</td><td>JSON-LD dates {@code 0001-01-01T00:00:00Z}; the real date only as text
 *       ({@code November 19, 2019, 07:47 PM EST})</td></tr>
 *   <tr><td>date-us</td><td>only {@code <meta name=date content="05/29/2007 09:49:00">}</td></tr>
 *   <tr><td>date-url</td><td>the date only in the address ({@code /2019/11/19/})</td></tr>
 *   <tr><td>date-time</td><td>the date only in a plain {@code <time datetime>}</td></tr>
 *   <tr><td>date-text</td><td>the date only as text in the byline ({@code November 19, 2019, 07:47 PM EST})</td></tr>
 *   <tr><td>title-description</td><td>the JSON-LD {@code headline} is a description; og:title, {@code <title>}
 *       and {@code <h1>} agree on the title</td></tr>
 *   <tr><td>author-byline</td><td>the author only in the visible byline</td></tr>
 *   <tr><td>utf8-as-CHARSET</td><td>UTF-8 bytes under a {@code <meta charset=CHARSET>}</td></tr>
 *   <tr><td>nul</td><td>a few stray NUL bytes in the page</td></tr>
 * </table>
 */
public final class NewsPages {
  /** The styles, one source file each. */
  static final List<String> STYLES = List.of("wordpress", "blogger", "drupal", "arc", "amp", "gannett", "bareblog");

  /** One invented article and how its page is made. */
  public record Source(String id, String style, Set<String> quirks, String title, String author,
      LocalDateTime date, String outlet, String path, List<String> paragraphs) {
    String host() {
      return outlet.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[^a-z]", "") + ".example";
    }

    String url() {
      return "https://www." + host() + path;
    }

    boolean has(String quirk) {
      return quirks.contains(quirk);
    }

    /** A number from the id, to vary details between pages of one style. */
    int variant(int n) {
      return Math.floorMod(id.hashCode(), n);
    }

    /** The expected file's content (format of {@link ExtractionEvaluator}). */
    String expected() {
      return "Title: " + title + "\n" + (author == null ? "" : "Author: " + author + "\n") + "Date: " + date
          + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }
  }

  private NewsPages() {}

  /** All articles of all styles. */
  public static List<Source> sources() {
    List<Source> out = new ArrayList<>();
    for (String style : STYLES) {
      out.addAll(parse(style, resource("/ingest/pages/" + style + ".txt")));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = NewsPages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Source> parse(String style, String text) {
    List<Source> out = new ArrayList<>();
    for (String block : text.split("(?m)^== ")) {
      if (block.isBlank() || block.startsWith("#")) {
        continue;
      }
      String[] parts = block.split("\n\n", 2);
      String[] head = parts[0].split("\n");
      String id = head[0].strip();
      String quirks = "";
      String title = null;
      String author = null;
      String date = null;
      String outlet = null;
      String path = null;
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        String key = head[i].substring(0, colon).strip();
        String value = head[i].substring(colon + 1).strip();
        switch (key) {
          case "quirks" -> quirks = value;
          case "title" -> title = value;
          case "author" -> author = value;
          case "date" -> date = value;
          case "outlet" -> outlet = value;
          case "path" -> path = value;
          default -> throw new IllegalArgumentException(id + ": unknown field " + key);
        }
      }
      LocalDateTime when = LocalDateTime.parse(date);
      if (path == null) {
        path = "/news/" + slug(title) + "-" + Math.floorMod(id.hashCode(), 90000);
      }
      List<String> paragraphs = new ArrayList<>();
      for (String p : parts[1].strip().split("\n\\s*\n")) {
        paragraphs.add(p.strip().replaceAll("\\s*\n\\s*", " "));
      }
      out.add(new Source(style + "-" + id, style, new LinkedHashSet<>(List.of(quirks.split("\\s+"))), title,
          author, when, outlet, path, paragraphs));
    }
    return out;
  }

  static String slug(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return t.length() > 60 ? t.substring(0, 60) : t;
  }

  /** The page of {@code s}, as bytes; {@code all} gives the other stories its related links and teasers name. */
  public static byte[] page(Source s, List<Source> all) {
    String html = new Renderer(s, all).render();
    // utf8-as-CHARSET: the bytes stay UTF-8 whatever the page declares
    byte[] bytes = html.getBytes(s.has("latin1") ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
    return s.has("nul") ? withNuls(bytes) : bytes;
  }

  private static String charsetQuirk(Source s) {
    for (String q : s.quirks) {
      if (q.startsWith("utf8-as-")) {
        return q.substring("utf8-as-".length());
      }
    }
    return null;
  }

  /** Three NUL bytes: one at the end of the head, one between two tags, one at the end. */
  private static byte[] withNuls(byte[] bytes) {
    String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
    int script = ascii.indexOf("</head>");
    int tags = ascii.indexOf("><", ascii.length() / 2);
    StringBuilder b = new StringBuilder(ascii);
    b.append('\0');
    b.insert(tags + 1, '\0');
    b.insert(script, '\0');
    return b.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Writes every page as ID.html with its ID.expected into {@code dir}. Usage: {@code NewsPages DIR}. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    List<Source> all = sources();
    for (Source s : all) {
      Files.write(dir.resolve(s.id() + ".html"), page(s, all));
      Files.writeString(dir.resolve(s.id() + ".expected"), s.expected(), StandardCharsets.UTF_8);
    }
    System.err.println("wrote " + all.size() + " pages to " + dir);
  }

  /** Builds one page. */
  private static final class Renderer {
    private static final DateTimeFormatter US_TEXT = DateTimeFormatter.ofPattern("MMMM d, uuuu, hh:mm a 'EST'",
        Locale.ENGLISH);
    private static final DateTimeFormatter US_SLASH = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss",
        Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);
    private static final String[] COMMENTS = {
        "I drove past there on Sunday and nobody had put up a single sign, which says a lot about the planning.",
        "Same thing happened in our street two years ago and the council took four months to answer a letter.",
        "Good reporting. Would be worth following up on who signed off the budget in the first place.",
        "This is exactly why local papers matter; nobody else was going to ask these questions.",
        "Does anyone know whether the Thursday meeting is open to the public or invitation only?",
        "My grandfather worked there for thirty years and he always said the building was older than it looked."};
    private static final String[] SECTIONS = {"News", "Local", "Business", "Sport", "Opinion", "Culture",
        "Weather", "Obituaries", "Puzzles", "Podcasts"};

    private final Source s;
    private final List<Source> others;
    private final StringBuilder h = new StringBuilder(40_000);

    Renderer(Source s, List<Source> all) {
      this.s = s;
      this.others = new ArrayList<>();
      int start = Math.floorMod(s.id().hashCode(), all.size());
      for (int i = 0; i < all.size() && others.size() < 8; i++) {
        Source o = all.get((start + i * 7) % all.size());
        if (!o.id().equals(s.id())) {
          others.add(o);
        }
      }
    }

    String render() {
      switch (s.style()) {
        case "wordpress" -> wordpress();
        case "blogger" -> blogger();
        case "drupal" -> drupal();
        case "arc" -> arc();
        case "amp" -> amp();
        case "gannett" -> gannett();
        case "bareblog" -> bareblog();
        default -> throw new IllegalArgumentException(s.style());
      }
      return h.toString();
    }

    // ---- metadata

    private String charset() {
      String c = charsetQuirk(s);
      return c != null ? c : s.has("latin1") ? "windows-1252" : "utf-8";
    }

    private boolean datesInMeta() {
      return !s.has("date-placeholder") && !s.has("date-us") && !s.has("date-url") && !s.has("date-time")
          && !s.has("date-text");
    }

    private String isoDate() {
      return s.date() + ":00-05:00";
    }

    private String jsonLdHeadline() {
      if (s.has("title-description")) {
        String first = s.paragraphs().get(0);
        return first.length() > 150 ? first.substring(0, first.lastIndexOf(' ', 150)) + "..." : first;
      }
      return s.title();
    }

    private void headCommon(String titleSeparator) {
      h.append("<meta charset=\"").append(charset()).append("\">\n");
      h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      h.append("<title>").append(esc(s.title())).append(titleSeparator).append(esc(s.outlet())).append("</title>\n");
      h.append("<link rel=\"canonical\" href=\"").append(s.url()).append("\">\n");
      h.append("<meta property=\"og:title\" content=\"").append(esc(s.title())).append("\">\n");
      h.append("<meta property=\"og:site_name\" content=\"").append(esc(s.outlet())).append("\">\n");
      h.append("<meta property=\"og:url\" content=\"").append(s.url()).append("\">\n");
      h.append("<meta property=\"og:type\" content=\"article\">\n");
      h.append("<meta name=\"description\" content=\"").append(esc(teaser(s))).append("\">\n");
      if (s.has("date-us")) {
        h.append("<meta name=\"date\" content=\"").append(US_SLASH.format(s.date())).append("\">\n");
      }
    }

    private void jsonLd(String type) {
      String date = s.has("date-placeholder") ? "0001-01-01T00:00:00Z" : isoDate();
      h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"")
          .append(type).append("\",\"headline\":\"").append(json(jsonLdHeadline())).append("\"");
      if (datesInMeta() || s.has("date-placeholder")) {
        h.append(",\"datePublished\":\"").append(date).append("\",\"dateModified\":\"").append(date).append("\"");
      }
      if (s.author() != null && !s.has("author-byline")) {
        h.append(",\"author\":[");
        String[] names = s.author().split(", | and ");
        for (int i = 0; i < names.length; i++) {
          h.append(i > 0 ? "," : "").append("{\"@type\":\"Person\",\"name\":\"").append(json(names[i]))
              .append("\"}");
        }
        h.append("]");
      }
      h.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(json(s.outlet()))
          .append("\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://www.").append(s.host())
          .append("/logo.png\"}},\"mainEntityOfPage\":\"").append(s.url()).append("\",\"description\":\"")
          .append(json(teaser(s))).append("\"}</script>\n");
    }

    private void metaDates() {
      if (datesInMeta()) {
        h.append("<meta property=\"article:published_time\" content=\"").append(isoDate()).append("\">\n");
      }
      if (s.author() != null && !s.has("author-byline")) {
        h.append("<meta name=\"author\" content=\"").append(esc(s.author())).append("\">\n");
      }
    }

    private void analytics() {
      h.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
          .append("gtag('js',new Date());gtag('config','G-").append(Integer.toString(s.id().hashCode() & 0xFFFFF, 36))
          .append("');</script>\n");
    }

    /** The visible date line: the form the quirks ask for. */
    private String visibleDate() {
      if (s.has("date-placeholder") || s.has("date-text")) {
        return "<span class=\"timestamp\">" + US_TEXT.format(s.date()) + "</span>";
      }
      if (s.has("date-time") || datesInMeta()) {
        return "<time datetime=\"" + isoDate() + "\">" + LONG.format(s.date()) + "</time>";
      }
      return "";
    }

    private String byline() {
      if (s.author() == null) {
        return "<div class=\"meta\">" + visibleDate() + "</div>\n";
      }
      StringBuilder b = new StringBuilder("<div class=\"byline\">By ");
      String[] names = s.author().split(", | and ");
      for (int i = 0; i < names.length; i++) {
        b.append(i == 0 ? "" : i == names.length - 1 ? " and " : ", ").append("<a rel=\"author\" href=\"/author/")
            .append(slug(names[i])).append("\">").append(esc(names[i])).append("</a>");
      }
      return b.append(" &middot; ").append(visibleDate()).append("</div>\n").toString();
    }

    // ---- the article body with its quirks

    private void body(String paragraphClass) {
      List<String> ps = s.paragraphs();
      int from = s.has("long-read") ? Math.min(2, ps.size() - 1) : 0;
      for (int i = from; i < ps.size(); i++) {
        h.append("<p").append(paragraphClass == null ? "" : " class=\"" + paragraphClass + "\"").append(">")
            .append(inline(ps.get(i), i)).append("</p>\n");
        if (i == 0 && s.has("caption")) {
          caption(0);
        }
        if (i == 1 && s.has("teasers")) {
          teaserCard(others.get(0));
        }
        if (i == 3 && s.has("teasers")) {
          sponsored();
        }
        if (i == ps.size() - 2 && s.has("caption")) {
          caption(1);
        }
      }
    }

    /** The opening paragraphs of a long read, in their own container. */
    private void opening() {
      if (!s.has("long-read")) {
        return;
      }
      h.append("<div class=\"article-intro\">\n");
      for (int i = 0; i < Math.min(2, s.paragraphs().size() - 1); i++) {
        h.append("<p").append(i == 0 ? " class=\"dropcap\"" : "").append(">").append(inline(s.paragraphs().get(i), i))
            .append("</p>\n");
      }
      h.append("</div>\n<figure class=\"full-bleed\"><img src=\"/img/").append(slug(s.title()))
          .append("-wide.jpg\" alt=\"\" width=\"2400\" height=\"1200\"><figcaption>")
          .append(captionText()).append("</figcaption></figure>\n");
    }

    private String captionText() {
      String[] credits = {"(Hal Brannock via AP, File)", "Photo: Mira Okafor/Reuters", "(Courtesy of the family)",
          "Image: Tessaly Council", "(NASA via AP, File)"};
      String[] what = {"Workers at the site on Monday morning.", "The view from the north bank, taken last spring.",
          "Residents gathered outside the hall before the meeting.", "An undated picture supplied to the paper."};
      return what[s.variant(what.length)] + " " + credits[s.variant(credits.length)];
    }

    private void caption(int which) {
      switch ((s.variant(3) + which) % 3) {
        case 0 -> h.append("<figure class=\"wp-block-image\"><img src=\"/img/a").append(which)
            .append(".jpg\" alt=\"\"><figcaption>").append(captionText()).append("</figcaption></figure>\n");
        case 1 -> h.append("<div class=\"wp-caption aligncenter\"><img src=\"/img/b").append(which)
            .append(".jpg\" alt=\"\"><p class=\"wp-caption-text\">").append(captionText()).append("</p></div>\n");
        default -> h.append("<div class=\"image-block\"><img src=\"/img/c").append(which)
            .append(".jpg\" alt=\"\"><span class=\"image-text\">").append(captionText()).append("</span></div>\n");
      }
    }

    private void teaserCard(Source o) {
      h.append("<div class=\"inline-story\"><a href=\"").append(o.path()).append("\"><img src=\"/img/t.jpg\" alt=\"\">")
          .append("<h4>").append(esc(o.title())).append("</h4></a><p>").append(esc(teaser(o)))
          .append("</p></div>\n");
    }

    private void sponsored() {
      Source o = others.get(1);
      h.append("<div class=\"native-unit\"><span class=\"label\">Sponsored</span><a href=\"https://partner.example/")
          .append(slug(o.title())).append("\"><h4>How one family cut its heating bill in half this winter</h4></a>")
          .append("<p>Homeowners across the region are switching to a simple fix that installers say pays for ")
          .append("itself within two seasons.</p></div>\n");
    }

    /** The hidden copy of the body, in the form the page's variant picks. */
    private void hiddenCopy() {
      if (!s.has("hidden-copy")) {
        return;
      }
      StringBuilder copy = new StringBuilder();
      for (String p : s.paragraphs()) {
        copy.append("<p>").append(esc(p)).append("</p>");
      }
      copy.append("<p>Keywords: ").append(String.join(", ", slug(s.title()).split("-"))).append("</p><p>")
          .append(isoDate()).append("</p>");
      switch (s.variant(5)) {
        case 0 -> h.append("<div class=\"article-text-print\" style=\"display: none\">").append(copy).append("</div>\n");
        case 1 -> h.append("<div class=\"story-text\" hidden>").append(copy).append("</div>\n");
        case 2 -> h.append("<div class=\"speakable-text\" aria-hidden=\"true\">").append(copy).append("</div>\n");
        case 3 -> h.append("<template id=\"story-full\"><div class=\"story-text\">").append(copy)
            .append("</div></template>\n");
        default -> h.append("<noscript><div class=\"story-text\">").append(copy).append("</div></noscript>\n");
      }
    }

    private String inline(String paragraph, int i) {
      String p = esc(paragraph);
      if (i % 3 == 1) {
        int space = p.indexOf(' ', p.length() / 3);
        int next = space < 0 ? -1 : p.indexOf(' ', space + 1);
        if (next > 0) {
          p = p.substring(0, space + 1) + "<a href=\"/topic/" + i + "\">" + p.substring(space + 1, next) + "</a>"
              + p.substring(next);
        }
      } else if (i % 3 == 2 && p.indexOf(' ') > 0) {
        int space = p.indexOf(' ');
        p = "<strong>" + p.substring(0, space) + "</strong>" + p.substring(space);
      }
      return p;
    }

    // ---- furniture

    private void nav(String cls) {
      h.append("<nav class=\"").append(cls).append("\"><ul>");
      for (String section : SECTIONS) {
        h.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("/\">").append(section)
            .append("</a></li>");
      }
      h.append("</ul></nav>\n");
    }

    private void relatedList(String cls, String heading, int n, boolean withTeaser) {
      h.append("<div class=\"").append(cls).append("\"><h3>").append(heading).append("</h3><ul>");
      for (int i = 0; i < n && i < others.size(); i++) {
        Source o = others.get(others.size() - 1 - i);
        h.append("<li><a href=\"").append(o.path()).append("\">").append(esc(o.title())).append("</a>");
        if (withTeaser) {
          h.append("<p>").append(esc(teaser(o))).append("</p>");
        }
        h.append("</li>");
      }
      h.append("</ul></div>\n");
    }

    private void comments(String cls, String itemClass) {
      int n = 2 + s.variant(4);
      h.append("<div id=\"comments\" class=\"").append(cls).append("\"><h3>").append(n).append(" Responses</h3>");
      for (int i = 0; i < n; i++) {
        h.append("<div class=\"").append(itemClass).append("\"><cite>reader").append(100 + i * 17)
            .append("</cite> <span>says:</span><p>").append(COMMENTS[(s.variant(6) + i) % COMMENTS.length])
            .append("</p></div>");
      }
      h.append("</div>\n");
    }

    private void footer(String open, String close) {
      h.append(open).append("<p>").append(esc(s.outlet())).append(" is an independent newsroom covering the ")
          .append("towns of the valley since 1987. We are funded by readers, not by billionaires, and we answer ")
          .append("to nobody but you. Support our journalism with a subscription from as little as two pounds ")
          .append("a month.</p><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a>")
          .append("</li><li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/terms\">Terms</a></li></ul>")
          .append("<p class=\"copyright\">&copy; 2024 ").append(esc(s.outlet())).append(". All rights reserved.</p>")
          .append(close).append('\n');
    }

    private void cookieBanner() {
      h.append("<div id=\"cookie-notice\" role=\"dialog\"><p>We use cookies to understand how you use our site and")
          .append(" to improve your experience. By continuing you accept our use of cookies.</p><button>OK</button>")
          .append("</div>\n");
    }

    // ---- styles

    private void wordpress() {
      h.append("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n");
      headCommon(" &#8211; ");
      metaDates();
      String date = s.has("date-placeholder") ? "0001-01-01T00:00:00+00:00" : isoDate();
      h.append("<script type=\"application/ld+json\" class=\"yoast-schema-graph\">{\"@context\":\"https://schema.org\",")
          .append("\"@graph\":[{\"@type\":\"Article\",\"@id\":\"").append(s.url()).append("#article\",\"headline\":\"")
          .append(json(jsonLdHeadline())).append("\"");
      if (datesInMeta() || s.has("date-placeholder")) {
        h.append(",\"datePublished\":\"").append(date).append("\"");
      }
      if (s.author() != null && !s.has("author-byline")) {
        h.append(",\"author\":{\"@id\":\"https://www.").append(s.host()).append("/#/schema/person/1\"}");
      }
      h.append(",\"publisher\":{\"@id\":\"https://www.").append(s.host()).append("/#organization\"}},")
          .append("{\"@type\":\"Organization\",\"@id\":\"https://www.").append(s.host())
          .append("/#organization\",\"name\":\"").append(json(s.outlet())).append("\"}");
      if (s.author() != null && !s.has("author-byline")) {
        h.append(",{\"@type\":\"Person\",\"@id\":\"https://www.").append(s.host())
            .append("/#/schema/person/1\",\"name\":\"").append(json(s.author())).append("\"}");
      }
      h.append("]}</script>\n<link rel=\"stylesheet\" id=\"wp-block-library-css\" href=\"/wp-includes/css/dist/")
          .append("block-library/style.min.css\" media=\"all\">\n");
      analytics();
      h.append("</head>\n<body class=\"post-template-default single single-post postid-").append(s.variant(9000))
          .append(" single-format-standard\">\n<div id=\"page\" class=\"site\">\n<a class=\"skip-link screen-reader-text\"")
          .append(" href=\"#content\">Skip to content</a>\n<header id=\"masthead\" class=\"site-header\"><p class=\"")
          .append("site-title\"><a href=\"/\">").append(esc(s.outlet())).append("</a></p>\n");
      nav("main-navigation");
      h.append("</header>\n<div id=\"content\" class=\"site-content\">\n");
      String column = s.has("sidebar-main") ? "content-area main-and-w-sidebar" : "content-area";
      h.append("<div id=\"primary\" class=\"").append(column).append("\"><main id=\"main\" class=\"site-main\">\n")
          .append("<article id=\"post-").append(s.variant(9000)).append("\" class=\"post type-post status-publish")
          .append(" format-standard hentry category-news\">\n<header class=\"entry-header\"><h1 class=\"entry-title\">")
          .append(esc(s.title())).append("</h1>").append(byline()).append("</header>\n");
      opening();
      h.append("<div class=\"entry-content\">\n");
      body(null);
      h.append("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul><li>")
          .append("<a href=\"#\">Twitter</a></li><li><a href=\"#\">Facebook</a></li></ul></div>\n</div>\n");
      hiddenCopy();
      h.append("<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/category/news/\">News")
          .append("</a></span></footer>\n</article>\n<nav class=\"navigation post-navigation\"><div class=\"nav-links\">")
          .append("<a href=\"").append(others.get(2).path()).append("\" rel=\"prev\">").append(esc(others.get(2).title()))
          .append("</a></div></nav>\n");
      comments("comments-area", "comment-body");
      h.append("</main></div>\n<aside id=\"secondary\" class=\"widget-area\">\n<section class=\"widget")
          .append(" widget_search\"><form role=\"search\"><input type=\"search\" name=\"s\"></form></section>\n")
          .append("<section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Recent Posts</h2>");
      relatedList("recent", "Recent", 5, false);
      h.append("</section>\n<section class=\"widget widget_text\"><div class=\"textwidget\"><p>Sign up for our ")
          .append("weekday newsletter and get the valley's top stories in your inbox every morning before seven.")
          .append("</p></div></section>\n</aside>\n</div>\n");
      footer("<footer id=\"colophon\" class=\"site-footer\">", "</footer>");
      h.append("</div>\n<script src=\"/wp-includes/js/jquery/jquery.min.js\"></script>\n</body>\n</html>\n");
    }

    private void blogger() {
      h.append("<!DOCTYPE html>\n<html class=\"v2\" dir=\"ltr\" lang=\"en\">\n<head>\n");
      headCommon(": ");
      h.append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://www.").append(s.host())
          .append("/feeds/posts/default\">\n<style id=\"page-skin-1\" type=\"text/css\">body{font:normal normal 14px ")
          .append("Georgia,serif;color:#333}.post-body{line-height:1.6}</style>\n");
      analytics();
      h.append("</head>\n<body class=\"loading\">\n<div class=\"outer-wrapper\">\n<div class=\"header section\"")
          .append(" id=\"header\"><div class=\"widget Header\" id=\"Header1\"><h1 class=\"title\"><a href=\"/\">")
          .append(esc(s.outlet())).append("</a></h1><p class=\"description\">Notes on the valley, its weather and")
          .append(" its people, kept since a wet spring long ago.</p></div></div>\n");
      String main = s.has("sidebar-main") ? "main-and-w-sidebar" : "main-wrapper";
      h.append("<div class=\"").append(main).append("\" id=\"main-wrapper\"><div class=\"main section\" id=\"main\">")
          .append("<div class=\"widget Blog\" id=\"Blog1\">\n<div class=\"blog-posts hfeed\">\n");
      h.append("<div class=\"date-outer\"><h2 class=\"date-header\"><span>")
          .append(datesInMeta() ? LONG.format(s.date()) : "").append("</span></h2>\n<div class=\"date-posts\"><div class=\"post-outer\"><div class=\"post hentry\"")
          .append(" itemscope itemtype=\"http://schema.org/BlogPosting\">\n<h3 class=\"post-title entry-title\"")
          .append(" itemprop=\"name\">").append(esc(s.title())).append("</h3>\n");
      opening();
      h.append("<div class=\"post-body entry-content\" id=\"post-body-").append(s.variant(99999)).append("\">\n");
      body(null);
      h.append("<div style=\"clear: both;\"></div></div>\n");
      hiddenCopy();
      h.append("<div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-1\">");
      if (s.author() != null) {
        h.append("<span class=\"post-author vcard\">Posted by <span class=\"fn\" itemprop=\"author\" itemscope")
            .append(" itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">").append(esc(s.author()))
            .append("</span></span></span> ");
      }
      if (datesInMeta()) {
        h.append("<span class=\"post-timestamp\">at <a class=\"timestamp-link\" href=\"").append(s.url())
            .append("\"><abbr class=\"published\" itemprop=\"datePublished\" title=\"").append(isoDate())
            .append("\">").append(String.format(Locale.ROOT, "%d:%02d", s.date().getHour(), s.date().getMinute()))
            .append("</abbr></a></span>");
      } else {
        h.append(visibleDate());
      }
      h.append("</div><div class=\"post-share-buttons\"><a href=\"#\">Email This</a> <a href=")
          .append("\"#\">BlogThis!</a></div></div>\n</div></div></div></div>\n</div>\n");
      h.append("<div class=\"comments\" id=\"comments\"><h4>").append(2 + s.variant(4)).append(" comments:</h4>");
      comments("comments-content", "comment-block");
      h.append("</div>\n<div class=\"blog-pager\" id=\"blog-pager\"><a class=\"blog-pager-older-link\" href=\"")
          .append(others.get(3).path()).append("\">Older Post</a> <a href=\"/\">Home</a></div>\n</div></div></div>\n");
      h.append("<div class=\"sidebar section\" id=\"sidebar-wrapper\">\n<div class=\"widget Profile\" id=\"Profile1\">")
          .append("<h2>About Me</h2><div class=\"widget-content\"><p>Retired schoolteacher, amateur weather-watcher ")
          .append("and keeper of this blog since the spring of 2006. I write about what happens in our corner of ")
          .append("the valley, from flood meetings to the price of bread at the Saturday market, and I read every ")
          .append("comment you leave.</p><a href=\"/profile\">View my complete profile</a></div></div>\n")
          .append("<div class=\"widget BlogArchive\" id=\"BlogArchive1\"><h2>Blog Archive</h2><ul>");
      for (int y = 2024; y >= 2010; y--) {
        h.append("<li><a href=\"/").append(y).append("/\">").append(y).append("</a> (").append(10 + (y * 7) % 40)
            .append(")</li>");
      }
      h.append("</ul></div>\n<div class=\"widget PopularPosts\" id=\"PopularPosts1\"><h2>Popular Posts</h2>");
      relatedList("widget-content popular-posts", "This week", 5, true);
      h.append("</div>\n<div class=\"widget HTML\" id=\"HTML1\"><div class=\"widget-content\"><p>All photographs ")
          .append("on this blog are my own unless stated otherwise. Please ask before using them anywhere else; ")
          .append("I usually say yes, and I like to know where they end up.</p></div></div>\n</div>\n");
      h.append("<div class=\"footer-outer\"><div class=\"widget Attribution\" id=\"Attribution1\">Powered by ")
          .append("<a href=\"https://www.blogger.com\">Blogger</a>.</div></div>\n</div>\n");
      h.append("<script type=\"text/javascript\">window['__wavt'] = 'AOuZoY4';_WidgetManager._Init('//www.blogger")
          .append(".com/rearrange?blogID=1','//").append(s.host()).append("/','1');</script>\n</body>\n</html>\n");
    }

    private void drupal() {
      h.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\" prefix=\"og: https://ogp.me/ns#\">\n<head>\n");
      headCommon(" | ");
      metaDates();
      h.append("<meta name=\"Generator\" content=\"Drupal 10 (https://www.drupal.org)\">\n");
      jsonLd("NewsArticle");
      h.append("<script type=\"application/json\" data-drupal-selector=\"drupal-settings-json\">{\"path\":{")
          .append("\"baseUrl\":\"/\",\"currentPath\":\"node/").append(s.variant(9999)).append("\"},\"ajaxTrustedUrl\"")
          .append(":{\"/search\":true}}</script>\n");
      analytics();
      h.append("</head>\n<body class=\"path-node page-node-type-article\">\n<a href=\"#main-content\" class=\"")
          .append("visually-hidden focusable skip-link\">Skip to main content</a>\n<div class=\"dialog-off-canvas")
          .append("-main-canvas\" data-off-canvas-main-canvas>\n<div class=\"layout-container\">\n<header role=\"banner\">")
          .append("<div class=\"region region-header\"><div id=\"block-sitebranding\"><a href=\"/\">")
          .append(esc(s.outlet())).append("</a></div></div>\n<div class=\"region region-primary-menu\">");
      nav("menu--main");
      h.append("</div></header>\n<div class=\"region region-highlighted\"><div data-drupal-messages-fallback ")
          .append("class=\"hidden\"></div></div>\n");
      String layout = s.has("sidebar-main") ? "layout-content main-and-w-sidebar" : "layout-content";
      h.append("<main role=\"main\"><a id=\"main-content\" tabindex=\"-1\"></a>\n<div class=\"").append(layout)
          .append("\"><div class=\"region region-content\">\n<div id=\"block-mainpagecontent\" class=\"block ")
          .append("block-system block-system-main-block\">\n<article role=\"article\" class=\"node node--type-article")
          .append(" node--view-mode-full\">\n<h1 class=\"page-title\"><span class=\"field field--name-title\">")
          .append(esc(s.title())).append("</span></h1>\n<div class=\"node__meta\">").append(byline()).append("</div>\n");
      opening();
      h.append("<div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body ")
          .append("field--type-text-with-summary field--label-hidden field__item\">\n");
      body(null);
      h.append("</div>\n");
      hiddenCopy();
      h.append("<div class=\"field field--name-field-tags field--type-entity-reference\"><div class=\"field__label\">")
          .append("Tags</div><div class=\"field__items\"><div class=\"field__item\"><a href=\"/taxonomy/term/4\">")
          .append("Council</a></div><div class=\"field__item\"><a href=\"/taxonomy/term/9\">Transport</a></div>")
          .append("</div></div>\n</div></article></div>\n</div></div>\n");
      h.append("<aside class=\"layout-sidebar-second\" role=\"complementary\"><div class=\"region region-sidebar-second\">")
          .append("<div class=\"views-element-container block block-views\" id=\"block-views-block-frontpage-block-1\">");
      relatedList("view-content", "Latest news", 6, true);
      h.append("</div></div></aside>\n</main>\n");
      footer("<footer role=\"contentinfo\"><div class=\"region region-footer\">", "</div></footer>");
      h.append("</div></div>\n<script src=\"/core/misc/drupal.js?v=10.2.4\"></script>\n</body>\n</html>\n");
    }

    private void arc() {
      h.append("<!DOCTYPE html><html lang=\"en\"><head>");
      headCommon(" - ");
      metaDates();
      jsonLd("NewsArticle");
      h.append("<link rel=\"preload\" href=\"/_next/static/css/4b1c.css\" as=\"style\">");
      analytics();
      h.append("</head><body><div id=\"__next\"><div class=\"app\">");
      cookieBanner();
      h.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(esc(s.outlet())).append("</a>");
      nav("nav-sections");
      h.append("</header><div class=\"ad-container leaderboard\"><div id=\"arcad-1\"></div></div>");
      String column = s.has("sidebar-main") ? "layout-main-and-w-sidebar" : "layout-main";
      h.append("<div class=\"layout-wrapper\"><div class=\"").append(column).append("\"><article class=\"")
          .append("article-body-wrapper\"><h1 class=\"headline\">").append(esc(s.title())).append("</h1>")
          .append(byline());
      opening();
      h.append("<div class=\"article-body\">");
      body("default__StyledText-sc-1wxyvyl-0 body-paragraph");
      h.append("</div>");
      hiddenCopy();
      h.append("</article></div><div class=\"layout-right-rail\"><div class=\"right-rail-chain\">");
      relatedList("most-read-list", "Most Read", 5, false);
      h.append("</div></div></div>");
      relatedList("more-stories", "More Stories", 4, true);
      footer("<footer class=\"site-footer\">", "</footer>");
      h.append("</div></div><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{")
          .append("\"globalContent\":{\"_id\":\"").append(Integer.toHexString(s.id().hashCode()))
          .append("\",\"type\":\"story\",\"headlines\":{\"basic\":\"").append(json(s.title()))
          .append("\"},\"content_elements\":[");
      for (int i = 0; i < s.paragraphs().size(); i++) {
        h.append(i > 0 ? "," : "").append("{\"type\":\"text\",\"content\":\"").append(json(s.paragraphs().get(i)))
            .append("\"}");
      }
      h.append("]}}},\"page\":\"/[...slug]\",\"buildId\":\"x9Jq\"}</script>")
          .append("<script src=\"/_next/static/chunks/main-2f1a.js\" async></script></body></html>\n");
    }

    private void amp() {
      h.append("<!doctype html>\n<html amp lang=\"en\">\n<head>\n");
      headCommon(" | ");
      metaDates();
      jsonLd("NewsArticle");
      h.append("<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n<style amp-custom>body{margin:0}")
          .append(".amp-wp-article{max-width:840px}</style>\n</head>\n<body>\n<amp-sidebar id=\"menu\" layout=\"")
          .append("nodisplay\" side=\"left\">");
      nav("amp-menu");
      h.append("</amp-sidebar>\n<header class=\"amp-wp-header\"><div><a href=\"/\">").append(esc(s.outlet()))
          .append("</a></div></header>\n");
      String cls = s.has("sidebar-main") ? "amp-wp-article main-and-w-sidebar" : "amp-wp-article";
      h.append("<article class=\"").append(cls).append("\">\n<header class=\"amp-wp-article-header\"><h1 class=\"")
          .append("amp-wp-title\">").append(esc(s.title())).append("</h1>").append(byline()).append("</header>\n");
      opening();
      h.append("<div class=\"amp-wp-article-content\">\n");
      body(null);
      h.append("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/123/amp\"></amp-ad>\n</div>\n");
      hiddenCopy();
      h.append("<footer class=\"amp-wp-article-footer\"><div class=\"amp-wp-meta amp-wp-tax-category\">Categories:")
          .append(" <a href=\"/category/news/\">News</a></div></footer>\n</article>\n");
      relatedList("amp-related-posts", "Related", 4, true);
      footer("<footer class=\"amp-wp-footer\"><div>", "</div></footer>");
      h.append("<amp-analytics type=\"gtag\"><script type=\"application/json\">{\"vars\":{\"gtag_id\":\"G-1\"}}")
          .append("</script></amp-analytics>\n</body>\n</html>\n");
    }

    private void gannett() {
      h.append("<!DOCTYPE html><html lang=\"en-US\"><head>");
      headCommon(" ");
      metaDates();
      jsonLd("NewsArticle");
      analytics();
      h.append("</head><body class=\"gnt_pr\"><div class=\"gnt_n\">");
      nav("gnt_n_mn");
      h.append("</div><main class=\"gnt_cw\">");
      String column = s.has("sidebar-main") ? "gnt_pr gnt_pr_main-and-w-sidebar" : "gnt_pr";
      h.append("<article class=\"").append(column).append("\"><h1 class=\"gnt_ar_hl\">").append(esc(s.title()))
          .append("</h1><div class=\"gnt_ar_by\">").append(byline()).append("</div>");
      opening();
      h.append("<div class=\"gnt_ar_b\">");
      body("gnt_ar_b_p");
      if (s.has("teasers")) {
        h.append("<aside class=\"gnt_em gnt_em__el\"><a class=\"gnt_em_t\" href=\"").append(others.get(4).path())
            .append("\">").append(esc(others.get(4).title())).append("</a></aside>");
      }
      h.append("</div>");
      hiddenCopy();
      h.append("<div class=\"gnt_ar_cr\">Copyright ").append(s.date().getYear()).append(" ").append(esc(s.outlet()))
          .append("</div></article><aside class=\"gnt_rr\">");
      relatedList("gnt_m_th", "Popular", 5, true);
      h.append("</aside></main>");
      footer("<footer class=\"gnt_f\">", "</footer>");
      h.append("<script>window.gnt_ar_data={\"id\":").append(s.variant(99999)).append("};</script></body></html>\n");
    }

    private void bareblog() {
      h.append("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").append(charset())
          .append("\">\n<title>").append(esc(s.title())).append("</title>\n");
      if (s.has("date-url")) {
        h.append("<link rel=\"canonical\" href=\"").append(s.url()).append("\">\n");
      }
      if (s.has("date-us")) {
        h.append("<meta name=\"date\" content=\"").append(US_SLASH.format(s.date())).append("\">\n");
      }
      h.append("<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n<div id=\"header\"><a href=\"/\">")
          .append(esc(s.outlet())).append("</a> &middot; <a href=\"/archive.html\">archive</a> &middot; <a href=")
          .append("\"/about.html\">about</a></div>\n<h2>").append(esc(s.title())).append("</h2>\n");
      String when = s.has("date-url") || s.has("date-us") ? ""
          : s.has("date-time") ? "<time datetime=\"" + s.date() + "\">" + LONG.format(s.date()) + "</time>"
          : US_TEXT.format(s.date());
      if (s.author() != null || !when.isEmpty()) {
        h.append("<p class=\"post-meta\">Posted").append(s.author() == null ? "" : " by " + esc(s.author()))
            .append(when.isEmpty() ? "" : " on " + when).append("</p>\n");
      }
      opening();
      body(null);
      hiddenCopy();
      h.append("<p><a href=\"").append(others.get(5).path()).append("\">&laquo; previous post</a></p>\n")
          .append("<div id=\"footer\">\n<p>This is a personal blog. I have written it on and off since 2003, first ")
          .append("on a borrowed laptop at the kitchen table and later on the train to work, and everything here is ")
          .append("my own opinion and nobody else's, least of all my employer's. If you want to get in touch about ")
          .append("something I wrote, the address is on the about page; I answer slowly, but I do answer, and I ")
          .append("have changed my mind more than once because a reader took the time to write to me.</p>\n")
          .append("<p>Text licensed under a Creative Commons licence. Hosted on a small server in a cupboard, ")
          .append("which is why the site is sometimes down on windy nights.</p>\n</div>\n</body>\n</html>\n");
    }
  }

  static String teaser(Source o) {
    String p = o.paragraphs().get(0);
    int stop = p.indexOf(". ");
    return stop > 0 ? p.substring(0, stop + 1) : p;
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
