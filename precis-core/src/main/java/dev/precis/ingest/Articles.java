package dev.precis.ingest;

import dev.precis.model.Document;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the cleaned text of one file into articles and reads each article's header block.
 *
 * <p><b>Several articles in one file</b> are separated by {@code |||||}, on a line of its own or inline between
 * two articles (the Multi-News form).
 *
 * <p><b>Header block</b>: at the top of an article, lines {@code Title:}, {@code Source:}, {@code Date:},
 * {@code URL:} (any case, any order, each optional) ended by a blank line; the rest is the article's text. A
 * run of such lines that is not followed by a blank line still counts as a header when it has two or more of
 * them; a single {@code Title: ...} line followed directly by text is taken as text. Date values are read
 * with {@link Dates}; one that cannot be read is dropped with a warning.
 */
final class Articles {
  static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\|\\|\\|\\|\\s*");
  private static final Pattern HEADER_LINE =
      Pattern.compile("(title|source|date|url)[ \\t]*:[ \\t]*(.*)", Pattern.CASE_INSENSITIVE);

  private Articles() {}

  /**
   * The articles in {@code text} (already cleaned), with ids {@code baseId} for a single article and
   * {@code baseId-0}, {@code baseId-1}, ... for several.
   *
   * @param name how the file is named in messages
   * @throws InputException when no article has any text
   */
  static List<Document> parse(String text, String baseId, String name, Consumer<String> warnings)
      throws InputException {
    String[] parts = SEPARATOR.split(text, -1);
    List<Document> docs = new ArrayList<>();
    if (parts.length == 1) {
      Document doc = article(text, baseId, name, warnings);
      if (doc == null) {
        throw new InputException(name + ": no text after the header");
      }
      docs.add(doc);
      return docs;
    }
    for (int p = 0; p < parts.length; p++) {
      String part = TextNormalizer.normalize(parts[p]);
      if (part.isEmpty()) {
        continue;
      }
      String where = name + " (article " + (p + 1) + ")";
      Document doc = article(part, baseId + "-" + docs.size(), where, warnings);
      if (doc == null) {
        warnings.accept(where + ": no text after the header; skipped");
        continue;
      }
      docs.add(doc);
    }
    if (docs.isEmpty()) {
      throw new InputException(name + ": no article text between the ||||| separators");
    }
    return docs;
  }

  /** One article; null when it has a header but no text. */
  private static Document article(String text, String id, String name, Consumer<String> warnings) {
    Map<String, String> fields = new HashMap<>();
    int pos = 0;
    int bodyStart = 0;
    boolean header = false;
    while (true) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, lineEnd);
      if (line.isBlank()) {
        header = !fields.isEmpty();
        bodyStart = pos;
        break;
      }
      Matcher m = HEADER_LINE.matcher(line);
      if (!m.matches()) {
        header = fields.size() >= 2;
        bodyStart = pos;
        break;
      }
      fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
      if (nl < 0) {
        header = true;
        bodyStart = text.length();
        break;
      }
      pos = nl + 1;
    }
    if (!header) {
      return Document.of(id, text);
    }
    String body = text.substring(bodyStart).strip();
    if (body.isEmpty()) {
      return null;
    }
    String dateText = blankToNull(fields.get("date"));
    LocalDateTime date = Dates.parse(dateText);
    if (dateText != null && date == null) {
      warnings.accept(name + ": cannot read the date '" + HtmlText.oneLine(dateText) + "'; ignored");
    }
    return new Document(id, blankToNull(fields.get("title")), blankToNull(fields.get("source")),
        blankToNull(fields.get("url")), date, body);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
