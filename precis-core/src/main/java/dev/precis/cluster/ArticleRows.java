package dev.precis.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.Dates;
import dev.precis.ingest.InputException;
import dev.precis.ingest.JsonLines;
import dev.precis.ingest.Skips;
import dev.precis.ingest.TextNormalizer;
import dev.precis.model.Document;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A stream of articles, one JSON object per line (gzip or not), read lazily:
 *
 * <pre>
 * {"id": "APW19981017.0151", "title": "...", "text": "...", "date": "1998-10-17T05:50:00" or null,
 *  "source": "APW", "lang": "en", "story": "d30003t"}
 * </pre>
 *
 * {@code story}, the gold label of a clustering data set, is kept apart from the {@link Document} so that a
 * clusterer never sees it. Blank lines are skipped; a line that is not a JSON object, and an article without
 * text, is skipped with a warning naming the line, and counted. A missing id becomes {@code NAME:LINE}; an
 * unreadable date is ignored with a warning.
 */
public final class ArticleRows extends JsonLines<ArticleRows.Row> {
  /** An article and, in a labeled stream, its gold story (else null). */
  public record Row(Document article, String language, String story) {}

  private int malformed;
  private int withoutText;

  public ArticleRows(InputStream in, String name, Consumer<String> warnings) {
    this(in, name, warnings, new Skips());
  }

  /** Rows read from {@code in}, counting what is skipped in {@code skips}. */
  public ArticleRows(InputStream in, String name, Consumer<String> warnings, Skips skips) {
    super(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), name, warnings, skips);
  }

  /** The rows of a file, gzip or not. */
  public static ArticleRows open(Path file, Consumer<String> warnings) throws InputException {
    try {
      return new ArticleRows(decompressed(Files.newInputStream(file)), file.toString(), warnings);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file: " + file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** The stream, gunzipped when it starts with gzip's magic bytes; buffered so that it can be marked. */
  static BufferedInputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  /** Whether a JSON line is an article row: it has {@code text} and no {@code documents}. */
  static boolean isArticleRow(String jsonLine) {
    try {
      JsonNode n = JSON.readTree(jsonLine);
      return n != null && n.isObject() && n.has("text") && !n.has("documents");
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** Lines skipped because they were not JSON objects. */
  public int malformedLines() {
    return malformed;
  }

  /** Articles skipped because they had no text. */
  public int withoutText() {
    return withoutText;
  }

  @Override
  protected Row parse(String text) {
    return row(text);
  }

  private Row row(String text) {
    JsonNode n;
    try {
      n = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      n = null;
    }
    if (n == null || !n.isObject()) {
      malformed++;
      skips.add(Skips.Kind.MALFORMED_LINE, 1);
      warnings.accept(name + ":" + line() + ": not a JSON object; line skipped");
      return null;
    }
    String id = JsonLines.text(n, "id");
    if (id == null) {
      id = name + ":" + line();
    }
    String body = JsonLines.text(n, "text");
    if (body == null) {
      withoutText++;
      skips.add(Skips.Kind.EMPTY_PAGE, 1);
      warnings.accept(name + ":" + line() + ": article " + id + " has no text; skipped");
      return null;
    }
    String dateText = JsonLines.text(n, "date");
    LocalDateTime date = Dates.parse(dateText);
    if (dateText != null && date == null) {
      warnings.accept(name + ":" + line() + ": cannot read the date '" + dateText + "' of " + id + "; ignored");
    }
    Document doc = new Document(id, JsonLines.text(n, "title"), JsonLines.text(n, "source"), JsonLines.text(n, "url"), date,
        TextNormalizer.normalize(body));
    return new Row(doc, JsonLines.text(n, "lang"), JsonLines.text(n, "story"));
  }

}
