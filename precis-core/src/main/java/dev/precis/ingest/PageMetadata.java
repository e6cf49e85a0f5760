package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * The metadata of a web page, from (in this order of preference) JSON-LD ({@code NewsArticle}, {@code Article}
 * and their kin, also inside {@code @graph} arrays), OpenGraph and other {@code <meta>} tags, and the page's
 * {@code <title>}, {@code <link rel=canonical>} and {@code lang}.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><td>title</td><td>JSON-LD {@code headline} (or {@code name}), {@code og:title}, {@code twitter:title},
 *       {@code <meta name=title>}, {@code <title>} without a trailing " | Outlet", first {@code <h1>}</td></tr>
 *   <tr><td>source (outlet)</td><td>JSON-LD {@code publisher.name} (also by {@code @id} reference),
 *       {@code og:site_name}, {@code application-name}</td></tr>
 *   <tr><td>author</td><td>JSON-LD {@code author[].name}, {@code <meta name=author>}, {@code article:author},
 *       {@code parsely-author}, {@code byl}</td></tr>
 *   <tr><td>date</td><td>JSON-LD {@code datePublished}, {@code dateCreated}; {@code article:published_time},
 *       {@code pubdate}, {@code publishdate}, {@code date}, {@code dc.date(.issued)}, {@code sailthru.date},
 *       {@code parsely-pub-date}; {@code <time itemprop=datePublished>} or {@code <time pubdate>}; last,
 *       JSON-LD {@code dateModified}. Read with {@link Dates} (ISO 8601; an offset is dropped, not applied).</td></tr>
 *   <tr><td>url</td><td>{@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url} or
 *       {@code mainEntityOfPage}; absolute http(s) addresses only</td></tr>
 *   <tr><td>language</td><td>JSON-LD {@code inLanguage}, {@code <html lang>}, {@code content-language},
 *       {@code og:locale}: the primary subtag</td></tr>
 * </table>
 */
record PageMetadata(String title, String source, String author, String url, LocalDateTime date,
    String unreadableDate, String language, String articleBody) {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();
  private static final Set<String> NEWS_TYPES = Set.of("newsarticle", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
      "askpublicnewsarticle", "satiricalarticle");
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "blogposting", "liveblogposting",
      "report", "techarticle", "scholarlyarticle", "socialmediaposting", "posting");
  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  /** JSON-LD bigger than this is not read (it is not metadata). */
  private static final int MAX_JSON_LD = 2 << 20;

  static PageMetadata of(Document doc) {
    return of(doc, jsonLd(doc));
  }

  /** The JSON-LD scripts of a document. */
  static List<String> jsonLd(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element s : doc.select("script[type]")) {
      if (s.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
        out.add(s.data());
      }
    }
    return out;
  }

  /** The metadata of {@code doc}, with JSON-LD given separately (the streaming reader collects it itself). */
  static PageMetadata of(Document doc, List<String> jsonLdScripts) {
    Map<String, String> meta = metaTags(doc);
    JsonLd ld = bestArticle(jsonLdScripts);
    JsonNode article = ld.article;
    Map<String, JsonNode> ids = ld.ids;

    String siteName = firstNonBlank(name(article == null ? null : article.get("publisher"), ids),
        meta.get("og:site_name"), meta.get("application-name"));
    String pageTitle = pageTitle(doc, siteName);
    String h1 = firstH1(doc);
    String title = firstNonBlank(agreed(text(article, "headline"), meta.get("og:title"), pageTitle, h1),
        text(article, "headline"), text(article, "name"), meta.get("og:title"), meta.get("twitter:title"),
        meta.get("title"), meta.get("dc.title"), pageTitle, h1);
    String author = firstNonBlank(name(article == null ? null : article.get("author"), ids), meta.get("author"),
        nonUrl(meta.get("article:author")), meta.get("parsely-author"), meta.get("sailthru.author"),
        meta.get("dc.creator"), byline(meta.get("byl")));
    if (author == null) {
      author = visibleAuthor(doc);
    }

    List<String> dates = new ArrayList<>();
    dates.add(text(article, "datePublished"));
    dates.add(text(article, "dateCreated"));
    for (String k : List.of("article:published_time", "og:published_time", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "original-publish-date", "article.published", "datepublished",
        "citation_publication_date")) {
      dates.add(meta.get(k));
    }
    Element time = doc.selectFirst("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished]");
    if (time != null) {
      dates.add(firstNonBlank(time.attr("datetime"), time.attr("content"), time.attr("title")));
    }
    LocalDateTime date = null;
    String unreadable = null;
    for (String d : dates) {
      if (d == null || d.isBlank()) {
        continue;
      }
      LocalDateTime parsed = Dates.parse(d);
      if (parsed != null && !Dates.placeholder(parsed)) {
        date = parsed;
        break;
      }
      if (parsed == null && unreadable == null) {
        unreadable = d.strip();
      }
    }

    String url = null;
    for (Element link : doc.select("link[rel][href]")) {
      if (link.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
        url = absolute(doc, link.attr("href"));
        if (url != null) {
          break;
        }
      }
    }
    if (url == null) {
      url = absolute(doc, meta.get("og:url"));
    }
    if (url == null && article != null) {
      url = absolute(doc, text(article, "url"));
      if (url == null) {
        JsonNode main = article.get("mainEntityOfPage");
        url = absolute(doc, main == null ? null : main.isTextual() ? main.asText() : text(main, "@id"));
      }
    }

    if (date == null) {
      date = visibleDate(doc, url, article, meta);
    }

    String language = null;
    Element html = doc.selectFirst("html");
    for (String l : new String[] {text(article, "inLanguage"), html == null ? null : html.attr("lang"),
        html == null ? null : html.attr("xml:lang"), meta.get("content-language"), meta.get("og:locale"),
        meta.get("language")}) {
      language = language(l);
      if (language != null) {
        break;
      }
    }
    String body = raw(article, "articleBody");
    return new PageMetadata(HtmlText.oneLine(title), HtmlText.oneLine(siteName), HtmlText.oneLine(author), url,
        date, date == null ? unreadable : null, language,
        body == null ? null : HtmlText.fragment(Parser.unescapeEntities(body, false)));
  }

  /** Primary language subtag ("en" for "en-GB", "fr" for "fr_FR"), or null. */
  static String language(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
      cut++;
    }
    t = t.substring(0, cut);
    return LANGUAGE.matcher(t).matches() ? t : null;
  }

  /** {@code <meta>} values by lower-case name, property, itemprop or http-equiv; the first of each wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta")) {
      String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
      if (content.isBlank()) {
        continue;
      }
      for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"),
          m.attr("http-equiv")}) {
        if (!key.isBlank()) {
          meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), unescape(content));
        }
      }
    }
    return meta;
  }

  /** The JSON-LD object most like a news article (or null), and all objects by {@code @id}. */
  private record JsonLd(JsonNode article, Map<String, JsonNode> ids) {}

  private static JsonLd bestArticle(List<String> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    for (String script : scripts) {
      String s = script.strip();
      if (s.length() > MAX_JSON_LD) {
        continue;
      }
      if (s.startsWith("<!--")) {
        s = s.substring(4);
      }
      if (s.endsWith("-->")) {
        s = s.substring(0, s.length() - 3);
      }
      s = s.replace("<![CDATA[", "").replace("]]>", "").strip();
      if (s.isEmpty()) {
        continue;
      }
      try {
        collect(JSON.readTree(s), objects, 0);
      } catch (Exception e) {
        // metadata is optional; a broken script is ignored
      }
    }
    Map<String, JsonNode> index = new HashMap<>();
    for (JsonNode o : objects) {
      String id = text(o, "@id");
      if (id != null) {
        index.putIfAbsent(id, o);
      }
    }
    JsonNode best = null;
    int bestScore = 0;
    for (JsonNode o : objects) {
      int score = score(o);
      if (score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    return new JsonLd(best, index);
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, out, depth + 1);
      }
    }
  }

  private static int score(JsonNode o) {
    int best = 0;
    for (String type : types(o)) {
      if (NEWS_TYPES.contains(type)) {
        best = Math.max(best, 3);
      } else if (ARTICLE_TYPES.contains(type)) {
        best = Math.max(best, 2);
      } else if (PAGE_TYPES.contains(type) && o.hasNonNull("headline")) {
        best = Math.max(best, 1);
      }
    }
    return best;
  }

  private static List<String> types(JsonNode o) {
    JsonNode t = o.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    for (JsonNode v : t.isArray() ? t : List.of(t)) {
      if (v.isTextual()) {
        String s = v.asText().strip();
        int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
        out.add(s.substring(cut + 1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The name(s) of a person or organization value: a string, an object, an @id reference, or an array. */
  private static String name(JsonNode v, Map<String, JsonNode> ids) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      String s = v.asText().strip();
      return s.isEmpty() || looksLikeUrl(s) ? null : unescape(s);
    }
    if (v.isArray()) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode n : v) {
        String s = name(n, ids);
        if (s != null) {
          names.add(s);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (v.isObject()) {
      String n = text(v, "name");
      if (n == null) {
        String ref = text(v, "@id");
        JsonNode target = ref == null ? null : ids.get(ref);
        if (target != null && target != v) {
          n = text(target, "name");
        }
      }
      return n;
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    String s = raw(node, field);
    return s == null ? null : unescape(s);
  }

  /** A JSON-LD field's text as written (markup and entities left for the caller), or null. */
  private static String raw(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v != null && v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String pageTitle(Document doc, String siteName) {
    Element t = doc.selectFirst("head > title, title");
    if (t == null) {
      return null;
    }
    String title = t.text().strip();
    if (siteName != null && !siteName.isBlank()) {
      for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
        if (title.endsWith(sep + siteName)) {
          return title.substring(0, title.length() - sep.length() - siteName.length()).strip();
        }
        if (title.startsWith(siteName + sep)) {
          return title.substring(siteName.length() + sep.length()).strip();
        }
      }
    }
    return title.isEmpty() ? null : title;
  }

  /**
   * The date when no tag declares one: a {@code <time datetime>} (in the article first), the address's path, a date
   * written in an element named like a date or byline, last the date the article was modified.
   */
  private static LocalDateTime visibleDate(Document doc, String url, JsonNode article, Map<String, String> meta) {
    Elements times = doc.select("article time[datetime], main time[datetime]");
    times.addAll(doc.select("time[datetime]"));
    for (Element t : times) {
      LocalDateTime d = Dates.parse(t.attr("datetime"));
      if (d != null && !Dates.placeholder(d)) {
        return d;
      }
    }
    for (String address : new String[] {url, meta.get("og:url"), doc.location()}) {
      LocalDateTime d = Dates.inUrl(address);
      if (d != null) {
        return d;
      }
    }
    int looked = 0;
    for (Element e : doc.select("[class], [id]")) {
      if (looked >= 40) {
        break;
      }
      if (DATE_NAMES.matcher(e.className() + " " + e.id()).find()) {
        looked++;
        String text = e.text();
        LocalDateTime d = text.length() > 200 ? null : Dates.find(text);
        if (d != null && !Dates.placeholder(d)) {
          return d;
        }
      }
    }
    for (String modified : new String[] {text(article, "dateModified"), meta.get("article:modified_time")}) {
      LocalDateTime d = Dates.parse(modified);
      if (d != null && !Dates.placeholder(d)) {
        return d;
      }
    }
    return null;
  }

  private static final Pattern NOT_NAME = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
      + "|mon|tue|wed|thu|fri|sat|sun|updated|published|posted)");
  private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|byline|meta|dateline");
  private static final Pattern BY = Pattern.compile("(?:^|\\b)(?:[Pp]osted |[Ww]ritten )?(?:[Bb]y|BY)\\s+(\\p{Lu}[\\p{L}'\u2019.-]*"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|de|van|von|der|da|di|le|la|al|bin)){0,3}"
      + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})*)");

  /**
   * The author as the page shows it: schema.org microdata ({@code itemprop=author}), {@code rel=author} links,
   * hCard ({@code .author .fn}), or "By ..." / "Posted by ..." in a byline; null when none.
   */
  private static String visibleAuthor(Document doc) {
    Element micro = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author]");
    if (micro != null && !micro.text().isBlank() && micro.text().length() < 100) {
      return micro.text();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Element a : doc.select("a[rel~=(?i)author], .author .fn, .vcard .fn")) {
      String n = a.text().strip();
      if (!n.isEmpty() && n.length() < 60) {
        names.add(n);
      }
    }
    if (!names.isEmpty()) {
      return String.join(", ", names);
    }
    for (Element e : doc.select("[class*=byline], [class*=author], [class*=meta], [id*=byline]")) {
      String text = e.text();
      java.util.regex.Matcher m = text.length() > 300 ? null : BY.matcher(text);
      if (m != null && m.find()) {
        List<String> found = new ArrayList<>();
        for (String n : m.group(1).split("\\s*(?:,|&|\\band\\b)\\s*")) {
          // after the first name, only names of two words or more that are not a date ("..., November 19")
          if (found.isEmpty() || (n.contains(" ") && !NOT_NAME.matcher(n).lookingAt())) {
            found.add(n.strip());
          }
        }
        return String.join(", ", found);
      }
    }
    return null;
  }

  /**
   * The title that two of og:title, the page's {@code <title>} and its first {@code <h1>} agree on when the JSON-LD
   * headline says something else (a description written into the headline); null otherwise.
   */
  private static String agreed(String headline, String og, String pageTitle, String h1) {
    String[] titles = {og, pageTitle, h1};
    for (int i = 0; i < titles.length; i++) {
      for (int j = i + 1; j < titles.length; j++) {
        if (titles[i] != null && titles[j] != null && folded(titles[i]).equals(folded(titles[j]))) {
          return headline == null || folded(headline).equals(folded(titles[i])) ? null : titles[i];
        }
      }
    }
    return null;
  }

  /** Text compared loosely: lower case, quotes and dashes folded, white space collapsed. */
  static String folded(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019\u201B`]", "'").replaceAll("[\u201C\u201D\u201E]", "\"")
        .replaceAll("[\u2013\u2014]", "-").replaceAll("\\s+", " ").strip();
  }

  private static String firstH1(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : Articles.blankToNull(h1.text());
  }

  private static String byline(String s) {
    if (s == null) {
      return null;
    }
    String b = s.strip();
    return b.regionMatches(true, 0, "by ", 0, 3) ? b.substring(3).strip() : b;
  }

  private static String nonUrl(String s) {
    return s == null || looksLikeUrl(s.strip()) ? null : s;
  }

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//");
  }

  /** An absolute http(s) address for {@code href}, resolved against the page's base; null otherwise. */
  static String absolute(Document doc, String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    String h = href.strip();
    try {
      URI u = new URI(h);
      if (!u.isAbsolute()) {
        String base = doc.location();
        if (base == null || base.isBlank()) {
          return null;
        }
        u = new URI(base).resolve(u);
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0 && s.indexOf('<') < 0) {
      return s.strip();
    }
    String t = Parser.unescapeEntities(s, false);
    if (HtmlText.hasMarkup(t)) {
      t = org.jsoup.Jsoup.parseBodyFragment(t).text();
    }
    return t.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
