package dev.precis.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * JSON, written as a stream. The whole output is one object, whatever the number of stories:
 *
 * <pre>
 * {"stories": [
 *   {"id": "harbour-bridge", "algorithm": "lead", "budget": {"unit": "words", "limit": 150},
 *    "documents": [{"id": "01-meridian-wire", "title": "...", "source": "...", "url": "...",
 *                   "date": "2026-03-10T10:15:00", "text": "..."}],
 *    "summary": {"words": 142, "sentences": [
 *      {"text": "...", "score": 1.0,
 *       "citations": [{"document": "01-meridian-wire", "start": 36, "end": 211}]}]}}]}
 * </pre>
 *
 * <ul>
 *   <li>{@code budget} is null when unknown; its unit is {@code words}, {@code sentences} or
 *       {@code characters}.
 *   <li>Absent metadata ({@code title}, {@code source}, {@code url}, {@code date}) is {@code null}. Dates are ISO
 *       8601 local date-times without zone, always with seconds.
 *   <li>{@code text} of a document is the cleaned text; {@code start}/{@code end} of a citation are UTF-16
 *       offsets into it, end exclusive (Java and JavaScript string indices), so
 *       {@code text.substring(start, end)} is the cited passage. The first citation of a sentence is the
 *       sentence itself.
 *   <li>{@code score} is the algorithm's score, comparable only within one summary; null if not finite.
 * </ul>
 */
public final class JsonRenderer implements Renderer {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private final boolean pretty;

  /** Indented output. */
  public JsonRenderer() {
    this(true);
  }

  /** @param pretty indented output when true, one line when false */
  public JsonRenderer(boolean pretty) {
    this.pretty = pretty;
  }

  @Override
  public String name() {
    return "json";
  }

  @Override
  public SummaryWriter open(Writer out) throws IOException {
    JsonGenerator g = startStories(out, pretty);
    return new SummaryWriter() {
      private boolean closed;

      @Override
      public void write(Summary summary, Budget budget) throws IOException {
        story(g, summary, budget);
        g.flush();
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          endStories(g, out);
        }
      }
    };
  }

  /**
   * Opens {@code {"stories": [} on a generator writing to {@code out} (indented when {@code pretty}); the
   * generator never closes {@code out}. Other JSON renderers with the same outer shape start here too.
   */
  public static JsonGenerator startStories(Writer out, boolean pretty) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
    g.writeStartObject();
    g.writeArrayFieldStart("stories");
    return g;
  }

  /** Closes what {@link #startStories} opened and ends the output with a line break. */
  public static void endStories(JsonGenerator g, Writer out) throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private static void story(JsonGenerator g, Summary summary, Budget budget) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", summary.story().id());
    g.writeStringField("algorithm", summary.algorithm());
    budget(g, budget);
    documents(g, summary.story());
    g.writeObjectFieldStart("summary");
    g.writeNumberField("words", summary.words());
    g.writeArrayFieldStart("sentences");
    for (SummarySentence s : summary.sentences()) {
      g.writeStartObject();
      sentenceFields(g, s);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The {@code budget} field: unit and limit, or null. */
  public static void budget(JsonGenerator g, Budget budget) throws IOException {
    if (budget == null) {
      g.writeNullField("budget");
    } else {
      g.writeObjectFieldStart("budget");
      g.writeStringField("unit", budget.unit().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("limit", budget.limit());
      g.writeEndObject();
    }
  }

  /** The {@code documents} field: every document's metadata and the cleaned text offsets refer to. */
  public static void documents(JsonGenerator g, Story story) throws IOException {
    g.writeArrayFieldStart("documents");
    for (Document d : story.documents()) {
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("title", d.title());
      g.writeStringField("source", d.source());
      g.writeStringField("url", d.url());
      g.writeStringField("date", d.date() == null ? null : DATE.format(d.date()));
      g.writeStringField("text", d.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The fields {@code text}, {@code score} and {@code citations} of a summary sentence, in an open object. */
  public static void sentenceFields(JsonGenerator g, SummarySentence s) throws IOException {
    g.writeStringField("text", s.text());
    if (Double.isFinite(s.score())) {
      g.writeNumberField("score", s.score());
    } else {
      g.writeNullField("score");
    }
    g.writeArrayFieldStart("citations");
    for (Citation c : s.citations()) {
      g.writeStartObject();
      g.writeStringField("document", c.document());
      g.writeNumberField("start", c.start());
      g.writeNumberField("end", c.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("printed");
    for (Span p : s.printed()) {
      g.writeStartObject();
      g.writeStringField("document", s.citations().get(0).document());
      g.writeNumberField("start", p.start());
      g.writeNumberField("end", p.end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
