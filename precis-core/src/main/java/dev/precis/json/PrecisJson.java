package dev.precis.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.precis.compare.StoryReport;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The JSON codec of the model: documents, stories, cited summaries and cross-source reports, written and read
 * back through this class (which writes with {@link JsonWriting} and reads with {@link JsonReading}) in the
 * versioned schema of {@code docs/json-schema.md} (version {@value #SCHEMA}). The command line's
 * {@code --format json} output, the server's store and the Spark job all use it.
 *
 * <pre>{@code
 * String json = PrecisJson.write(document);            // {"schema":1,"id":...,"language":"en","author":...}
 * Document again = PrecisJson.readDocument(json);      // equal to document
 * try (PrecisJson.Output out = PrecisJson.open(writer, true, PrecisJson.Form.FULL)) {
 *   out.write(summary, budget);                        // {"schema": 1, "stories": [{...}, ...]}
 * }
 * }</pre>
 *
 * <p>Documents, stories and summaries come back equal to what was written ({@link Form#FULL}). A report comes
 * back with what the schema publishes: its internal working (the sentence behind a statement, where a speaker is
 * named, the people it found) is not part of it, so those fields read back as -1, null or empty; rendered again,
 * in any format, it gives the same output. Reading checks what it reads: every offset must lie in its document's
 * text and every document named must be one of the story's, else a {@link SchemaException} names the field.
 * Unknown fields are ignored, so a reader of this version reads later versions' additions without them. Thread-safe.
 */
public final class PrecisJson {
  /** The version of the schema written, and the newest one read. */
  public static final int SCHEMA = 1;

  static final JsonFactory FACTORY = new JsonFactory();
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  /** Which of the schema's fields are written. */
  public enum Form {
    /** Every field, with the {@code schema} version at the top: what reads back equal. */
    FULL,
    /**
     * What {@code precis summarize} and {@code precis report} print: the optional fields ({@code schema}, the
     * language and references of a story, the language and author of a document, the sentence number of a
     * summary sentence) are left out, and outlet shares are rounded to 4 decimals.
     */
    PRINTED
  }

  /** A summary and the budget it was made for (null when unknown), as a summary entry holds them. */
  public record Summarized(Summary summary, Budget budget) {}

  private PrecisJson() {}

  /** One document as one line of JSON, every field and the schema version. */
  public static String write(Document document) {
    return JsonWriting.compact(g -> {
      g.writeStartObject();
      g.writeNumberField("schema", SCHEMA);
      JsonWriting.documentFields(g, document, Form.FULL);
      g.writeEndObject();
    });
  }

  /** One story (documents and references) as one line of JSON; it is also a row of the benchmark JSONL. */
  public static String write(Story story) {
    return JsonWriting.compact(g -> {
      g.writeStartObject();
      g.writeNumberField("schema", SCHEMA);
      g.writeStringField("id", story.id());
      g.writeStringField("language", story.language());
      JsonWriting.documents(g, story, Form.FULL);
      JsonWriting.strings(g, "references", story.references());
      g.writeEndObject();
    });
  }

  /** One summary entry (the story, the budget, the cited summary) as one line of JSON. */
  public static String write(Summary summary, Budget budget) {
    return JsonWriting.compact(g -> JsonWriting.summaryEntry(g, summary, budget, Form.FULL, true));
  }

  /** One report entry (a summary entry with the cross-source report) as one line of JSON. */
  public static String write(StoryReport report) {
    return JsonWriting.compact(g -> JsonWriting.reportEntry(g, report, Form.FULL, true));
  }

  /**
   * Starts an output of entries, {@code {"schema": 1, "stories": [...]}} ({@code {"stories": [...]}} in the
   * {@link Form#PRINTED} form), on {@code out}, which it never closes.
   *
   * @param pretty indented, as the command line prints it, or all on one line
   */
  public static Output open(Writer out, boolean pretty, Form form) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
    g.writeStartObject();
    if (form == Form.FULL) {
      g.writeNumberField("schema", SCHEMA);
    }
    g.writeArrayFieldStart("stories");
    return new Output(g, out, form);
  }

  /** An output of entries being written; each entry is flushed to the writer. Not thread-safe. */
  public static final class Output implements Closeable {
    private final JsonGenerator g;
    private final Writer out;
    private final Form form;
    private boolean closed;

    private Output(JsonGenerator g, Writer out, Form form) {
      this.g = g;
      this.out = out;
      this.form = form;
    }

    /** Adds a summary entry; {@code budget} is the one the summary was made for, or null. */
    public void write(Summary summary, Budget budget) throws IOException {
      JsonWriting.summaryEntry(g, summary, budget, form, false);
      g.flush();
    }

    /** Adds a report entry. */
    public void write(StoryReport report) throws IOException {
      JsonWriting.reportEntry(g, report, form, false);
      g.flush();
    }

    /** Ends the output with a line break and flushes; the writer stays open. */
    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
      }
    }
  }

  /** A document written by {@link #write(Document)} (or any document object of the schema). */
  public static Document readDocument(String json) throws IOException {
    return JsonReading.document(JsonReading.top(json), "");
  }

  /**
   * The documents of a batch: one document, a JSON array of documents, or one document per line (JSONL). All or
   * nothing: a {@link SchemaException} names the first item that is not a document by its index and field
   * ({@code [2].text: missing}; a lone document's field without an index).
   */
  public static List<Document> readDocuments(String json) throws IOException {
    return JsonReading.documents(json);
  }

  /** A story written by {@link #write(Story)}, or a row of the benchmark JSONL. */
  public static Story readStory(String json) throws IOException {
    return JsonReading.story(JsonReading.top(json), "");
  }

  /** A summary entry written by {@link #write(Summary, Budget)}, or one of {@code precis summarize}'s. */
  public static Summarized readSummary(String json) throws IOException {
    return JsonReading.summarized(JsonReading.top(json), "");
  }

  /** A report entry written by {@link #write(StoryReport)}, or one of {@code precis report}'s. */
  public static StoryReport readReport(String json) throws IOException {
    return JsonReading.report(JsonReading.top(json), "");
  }

  /** Every summary entry of an output ({@code {"stories": [...]}}), one at a time, to {@code each}. */
  public static void readSummaries(Reader in, Consumer<Summarized> each) throws IOException {
    JsonReading.entries(in, (n, path) -> each.accept(JsonReading.summarized(n, path)));
  }

  /** Every report entry of an output of {@code precis report --format json}, one at a time, to {@code each}. */
  public static void readReports(Reader in, Consumer<StoryReport> each) throws IOException {
    JsonReading.entries(in, (n, path) -> each.accept(JsonReading.report(n, path)));
  }
}
