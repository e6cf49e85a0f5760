package dev.precis.ingest;

import dev.precis.model.Document;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TREC/DUC newswire SGML: several documents per file, each
 *
 * <pre>
 * &lt;DOC&gt;
 * &lt;DOCNO&gt; APW19981017.0151 &lt;/DOCNO&gt;
 * &lt;DATE_TIME&gt; 10/17/1998 05:50:00 &lt;/DATE_TIME&gt;
 * &lt;HEADLINE&gt; ... &lt;/HEADLINE&gt;
 * &lt;TEXT&gt; &lt;P&gt; ... &lt;/P&gt; ... &lt;/TEXT&gt;
 * &lt;/DOC&gt;
 * </pre>
 *
 * <ul>
 *   <li>id: {@code DOCNO}, or the {@code id} attribute of {@code DOC} (AQUAINT-2, Gigaword), else
 *       {@code FILE-N};
 *   <li>title: {@code HEADLINE}, {@code HEAD}, {@code HL} or {@code TITLE} (the first);
 *   <li>date: {@code DATE_TIME}, {@code DATE}, {@code DD}, {@code PUBDATE} read as ISO 8601, {@code MM/DD/YYYY
 *       [HH:MM[:SS]]}, {@code YYYYMMDD}, {@code YYMMDD}, or "Month D, YYYY"; else the date in the id
 *       ({@code APW19981017.0151}, {@code AP880212-0001});
 *   <li>source: the agency the id's prefix stands for (APW, NYT, XIE, AP, WSJ, LA, FT, SJMN, FBIS, ...);
 *   <li>text: every {@code TEXT} element; paragraphs from {@code <P>}, else blank lines, else indented lines;
 *       hard-wrapped lines inside a paragraph are joined; other tags are dropped, SGML entities read.
 * </ul>
 */
final class SgmlArticles {
  private static final Pattern DOC = Pattern.compile("<DOC(\\s[^>]*)?>(.*?)(?:</DOC>|(?=<DOC[\\s>])|\\z)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern DOC_ID = Pattern.compile("\\bid\\s*=\\s*[\"']?([^\"'\\s>]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern TEXT = Pattern.compile("<TEXT(?:\\s[^>]*)?>(.*?)(?:</TEXT\\s*>|\\z)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Map<String, Pattern> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern MONTH_DATE = Pattern.compile("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})\\b");
  private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{6}|\\d{8})\\b");
  private static final Pattern P_TAG = Pattern.compile("<P(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
  private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("ht", "\t"), Map.entry("md", "--"), Map.entry("equals", "="), Map.entry("plus", "+"),
      Map.entry("lr", ""), Map.entry("ur", ""), Map.entry("ql", ""), Map.entry("bl", ""), Map.entry("cl", ""),
      Map.entry("ampersand", "&"), Map.entry("hyphen", "-"), Map.entry("dollar", "$"), Map.entry("percnt", "%"),
      Map.entry("cent", "¢"), Map.entry("pound", "£"), Map.entry("deg", "°"), Map.entry("frac12", "½"),
      Map.entry("frac14", "¼"), Map.entry("frac34", "¾"), Map.entry("mdash", "—"), Map.entry("ndash", "–"));
  private static final Pattern ID_DATE8 = Pattern.compile("^([A-Z]{2,5})_?(?:[A-Z]{3}_)?((?:19|20)\\d{6})");
  private static final Pattern AGENCY = Pattern.compile("^([A-Z]{2,5})(?=[_\\d])");
  private static final Pattern ID_DATE6 = Pattern.compile("^([A-Z]{2,5})(\\d{6})-");
  private static final Map<String, String> AGENCIES = Map.ofEntries(Map.entry("APW", "Associated Press"),
      Map.entry("AP", "Associated Press"), Map.entry("NYT", "The New York Times"),
      Map.entry("XIE", "Xinhua News Agency"), Map.entry("XIN", "Xinhua News Agency"),
      Map.entry("AFP", "Agence France-Presse"), Map.entry("WSJ", "The Wall Street Journal"),
      Map.entry("LA", "Los Angeles Times"), Map.entry("LTW", "Los Angeles Times/Washington Post"),
      Map.entry("FT", "Financial Times"), Map.entry("SJMN", "San Jose Mercury News"),
      Map.entry("FBIS", "Foreign Broadcast Information Service"), Map.entry("CNA", "Central News Agency"));
  private static final DateTimeFormatter US_DATE_TIME = new DateTimeFormatterBuilder()
      .appendPattern("M/d/uuuu")
      .optionalStart().appendPattern(" H:mm").optionalStart().appendPattern(":ss").optionalEnd().optionalEnd()
      .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private SgmlArticles() {}

  /**
   * The documents in {@code text} (decoded SGML).
   *
   * @throws InputException when there is no document with text
   */
  static List<Document> parse(String text, String baseId, String name, Consumer<String> warnings)
      throws InputException {
    List<Document> docs = new ArrayList<>();
    int empty = 0;
    int n = 0;
    Matcher m = DOC.matcher(text);
    while (m.find()) {
      n++;
      String attrs = m.group(1) == null ? "" : m.group(1);
      String body = m.group(2);
      String id = firstField(body, "DOCNO", "DOCID");
      if (id == null) {
        Matcher a = DOC_ID.matcher(attrs);
        id = a.find() ? a.group(1) : baseId + "-" + (n - 1);
      }
      id = id.replaceAll("\\s+", "");
      String title = firstField(body, "HEADLINE", "HEAD", "HL", "TITLE");
      String dateText = firstField(body, "DATE_TIME", "DATE", "DD", "PUBDATE", "DATELINE_DATE");
      LocalDateTime date = date(dateText);
      if (date == null) {
        date = idDate(id);
      }
      String articleText = text(body);
      if (articleText.isEmpty()) {
        empty++;
        continue;
      }
      docs.add(new Document(id, title == null ? null : oneLine(title), agency(id), null, date, articleText));
    }
    if (empty > 0 && !docs.isEmpty()) {
      warnings.accept(name + ": " + empty + " of " + n + " documents without text skipped");
    }
    if (docs.isEmpty()) {
      throw new InputException(name + (n == 0 ? ": no <DOC> documents in the file"
          : ": no text in the " + n + " <DOC> documents"));
    }
    return docs;
  }

  /** The content of the first of {@code tags} present, tags removed and entities read; null if none. */
  private static String firstField(String body, String... tags) {
    for (String tag : tags) {
      Matcher m = FIELDS.computeIfAbsent(tag, t -> Pattern.compile("<" + t + "(?:\\s[^>]*)?>(.*?)</" + t + "\\s*>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL)).matcher(body);
      if (m.find()) {
        String v = entities(TAG.matcher(m.group(1)).replaceAll(" ")).strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  /** Paragraphs of all TEXT elements. */
  private static String text(String body) {
    Matcher m = TEXT.matcher(body);
    List<String> paragraphs = new ArrayList<>();
    while (m.find()) {
      String t = m.group(1);
      if (P_TAG.matcher(t).find()) {
        for (String p : P_TAG.split(t)) {
          addParagraph(paragraphs, p);
        }
      } else {
        String plain = TAG.matcher(t).replaceAll(" ");
        for (String chunk : BLANK_LINE.split(plain)) {
          for (String p : indentedParagraphs(chunk)) {
            addParagraph(paragraphs, p);
          }
        }
      }
    }
    return HtmlText.clean(String.join("\n\n", paragraphs));
  }

  /**
   * A chunk split before every indented line when some lines are indented and some not (TREC AP style, where an
   * indented line starts a paragraph); the chunk itself otherwise.
   */
  private static List<String> indentedParagraphs(String chunk) {
    String[] lines = chunk.strip().split("\n");
    int indented = 0;
    for (String line : lines) {
      if (indented(line)) {
        indented++;
      }
    }
    if (indented == 0 || indented >= lines.length) {
      return List.of(chunk);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : lines) {
      if (indented(line) && cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      cur.append(line).append('\n');
    }
    out.add(cur.toString());
    return out;
  }

  private static boolean indented(String line) {
    return line.startsWith("\t") || line.startsWith("  ");
  }

  private static void addParagraph(List<String> out, String raw) {
    String p = entities(TAG.matcher(raw).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String entities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(e.substring(2), 16, m.group());
      } else if (e.startsWith("#")) {
        r = codePoint(e.substring(1), 10, m.group());
      } else {
        r = ENTITIES.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String digits, int radix, String fallback) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** A date in one of the newswire forms; null when unreadable. */
  static LocalDateTime date(String text) {
    if (text == null) {
      return null;
    }
    String s = text.replaceAll("\\s+", " ").strip();
    LocalDateTime d = Dates.parse(s);
    if (d != null) {
      return d;
    }
    try {
      var t = US_DATE_TIME.parse(s);
      LocalDate day = LocalDate.from(t);
      return t.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY) ? day.atTime(java.time.LocalTime.from(t))
          : day.atStartOfDay();
    } catch (DateTimeParseException e) {
      // next form
    }
    Matcher digits = COMPACT_DATE.matcher(s);
    if (digits.find()) {
      LocalDateTime c = compact(digits.group(1));
      if (c != null) {
        return c;
      }
    }
    Matcher month = MONTH_DATE.matcher(s);
    if (month.find()) {
      for (String pattern : new String[] {"MMMM d uuuu", "MMM d uuuu"}) {
        try {
          return LocalDate.parse(month.group(1) + " " + month.group(2) + " " + month.group(3),
              new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                  .toFormatter(Locale.ENGLISH)).atStartOfDay();
        } catch (DateTimeParseException e) {
          // next pattern
        }
      }
    }
    return null;
  }

  private static LocalDateTime compact(String d) {
    try {
      if (d.length() == 8) {
        return LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
      }
      int yy = Integer.parseInt(d.substring(0, 2));
      String full = (yy < 50 ? "20" : "19") + d;
      return LocalDate.parse(full, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** The date in a newswire id ({@code APW19981017.0151}, {@code AP880212-0001}); null if none. */
  static LocalDateTime idDate(String id) {
    Matcher m = ID_DATE8.matcher(id);
    if (m.find()) {
      return compact(m.group(2));
    }
    m = ID_DATE6.matcher(id);
    return m.find() ? compact(m.group(2)) : null;
  }

  private static String agency(String id) {
    Matcher m = AGENCY.matcher(id);
    return m.find() ? AGENCIES.get(m.group(1)) : null;
  }
}
