package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stories of a JSONL file in the benchmark row format (see {@code shared/data/README.md}), one per line,
 * read lazily: only the current line's parse tree is held.
 *
 * <pre>
 * {"id": "d30003t", "language": "en", "documents": [{"id": "APW19981017.0151", "date": "1998-10-17T05:50:00",
 *   "title": null, "text": "..."}], "references": ["..."]}
 * </pre>
 *
 * <p>Documents may also carry {@code source}, {@code url}, {@code language} and {@code author}. Missing ids become {@code FILE:LINE} for a story
 * and {@code STORY-INDEX} for a document. Document texts are cleaned like files ({@link TextNormalizer}).
 * Blank lines are skipped; a line that is not a JSON story is skipped with a warning naming the file and line,
 * and counted ({@link #malformedLines()}). A read error or invalid UTF-8 ends the file with a warning.
 */
public final class JsonlStories extends JsonLines<Story> {
  private int malformed;
  private int read;

  /**
   * @param in the file's (decompressed) bytes; closed by {@link #close()} or at the end
   * @param name how the file is named in messages
   */
  public JsonlStories(InputStream in, String name, Consumer<String> warnings) {
    this(in, name, warnings, new Skips());
  }

  /** As {@link #JsonlStories(InputStream, String, Consumer)}, counting skipped lines and read errors in {@code skips}. */
  public JsonlStories(InputStream in, String name, Consumer<String> warnings, Skips skips) {
    super(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16), name, warnings, skips);
  }

  @Override
  protected Story parse(String text) {
    try {
      Story story = story(JSON.readTree(text));
      read++;
      return story;
    } catch (JsonProcessingException e) {
      malformed++;
      skips.add(Skips.Kind.MALFORMED_LINE, 1);
      warnings.accept(name + ":" + line() + ": malformed JSON (" + firstLine(e.getOriginalMessage())
          + "); line skipped");
    } catch (BadRow e) {
      malformed++;
      skips.add(Skips.Kind.MALFORMED_LINE, 1);
      warnings.accept(name + ":" + line() + ": " + e.getMessage() + "; line skipped");
    }
    return null;
  }

  /** Lines skipped so far because they were not JSON stories. */
  public int malformedLines() {
    return malformed;
  }

  /** Stories read so far. */
  public int storiesRead() {
    return read;
  }

  private Story story(JsonNode row) throws BadRow {
    if (row == null || !row.isObject()) {
      throw new BadRow("not a JSON object");
    }
    JsonNode docs = row.get("documents");
    if (docs == null || !docs.isArray()) {
      throw new BadRow("not a story row (no \"documents\" list)");
    }
    String id = text(row, "id");
    if (id == null) {
      id = name + ":" + line();
    }
    List<Document> documents = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      JsonNode doc = docs.get(d);
      if (doc == null || !doc.isObject()) {
        throw new BadRow("document " + (d + 1) + " is not a JSON object");
      }
      String docId = text(doc, "id");
      String dateText = text(doc, "date");
      LocalDateTime date = Dates.parse(dateText);
      if (dateText != null && date == null) {
        warnings.accept(name + ":" + line() + ": cannot read the date '" + HtmlText.oneLine(dateText) + "' of document "
            + (docId == null ? d + 1 : docId) + "; ignored");
      }
      String body = text(doc, "text");
      documents.add(new Document(docId == null ? id + "-" + d : docId, text(doc, "title"), text(doc, "source"),
          text(doc, "url"), date, body == null ? "" : TextNormalizer.normalize(body), text(doc, "language"),
          text(doc, "author")));
    }
    List<String> references = new ArrayList<>();
    JsonNode refs = row.get("references");
    if (refs != null && refs.isArray()) {
      for (JsonNode r : refs) {
        if (r.isTextual()) {
          references.add(r.asText());
        }
      }
    } else if (refs != null && refs.isTextual()) {
      references.add(refs.asText());
    }
    return new Story(id, text(row, "language"), documents, references);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }
}
