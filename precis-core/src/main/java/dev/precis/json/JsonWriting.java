package dev.precis.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.compare.statement.OutletSharing;
import dev.precis.compare.statement.Statement;
import dev.precis.json.PrecisJson.Form;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@link PrecisJson} writes: the objects of the schema on a Jackson generator. */
final class JsonWriting {
  private JsonWriting() {}

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String compact(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PrecisJson.FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  static void documentFields(JsonGenerator g, Document d, Form form) throws IOException {
    g.writeStringField("id", d.id());
    g.writeStringField("title", d.title());
    g.writeStringField("source", d.source());
    g.writeStringField("url", d.url());
    g.writeStringField("date", d.date() == null ? null : PrecisJson.DATE_TIME.format(d.date()));
    g.writeStringField("text", d.text());
    if (form == Form.FULL) {
      g.writeStringField("language", d.language());
      g.writeStringField("author", d.author());
    }
  }

  static void documents(JsonGenerator g, Story story, Form form) throws IOException {
    objects(g, "documents", story.documents(), d -> documentFields(g, d, form));
  }

  static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The fields every entry starts with, up to and including {@code summary}. */
  private static void summaryEntryFields(JsonGenerator g, Summary summary, Budget budget, Form form, boolean top,
      boolean report) throws IOException {
    Story story = summary.story();
    if (top) {
      g.writeNumberField("schema", PrecisJson.SCHEMA);
    }
    g.writeStringField("id", story.id());
    if (form == Form.FULL) {
      g.writeStringField("language", story.language());
    }
    g.writeStringField("algorithm", summary.algorithm());
    if (budget == null) {
      g.writeNullField("budget");
    } else {
      g.writeObjectFieldStart("budget");
      g.writeStringField("unit", budget.unit().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("limit", budget.limit());
      g.writeEndObject();
    }
    documents(g, story, form);
    if (form == Form.FULL) {
      strings(g, "references", story.references());
    }
    g.writeObjectFieldStart("summary");
    g.writeNumberField("words", summary.words());
    objects(g, "sentences", summary.sentences(), s -> {
      sentenceFields(g, s, form);
      if (report) {
        List<Integer> docs = s.documents();
        ids(g, "documents", story, docs);
        strings(g, "outlets", story.outlets(docs));
      }
    });
    g.writeEndObject();
  }

  private static void sentenceFields(JsonGenerator g, SummarySentence s, Form form) throws IOException {
    g.writeStringField("text", s.text());
    if (Double.isFinite(s.score())) {
      g.writeNumberField("score", s.score());
    } else {
      g.writeNullField("score");
    }
    if (form == Form.FULL) {
      g.writeNumberField("sentence", s.sentence());
    }
    objects(g, "citations", s.citations(), c -> {
      g.writeStringField("document", c.document());
      g.writeNumberField("start", c.start());
      g.writeNumberField("end", c.end());
    });
    objects(g, "printed", s.printed(), p -> {
      g.writeStringField("document", s.citations().get(0).document());
      g.writeNumberField("start", p.start());
      g.writeNumberField("end", p.end());
    });
  }

  static void summaryEntry(JsonGenerator g, Summary summary, Budget budget, Form form, boolean top)
      throws IOException {
    g.writeStartObject();
    summaryEntryFields(g, summary, budget, form, top, false);
    g.writeEndObject();
  }

  static void reportEntry(JsonGenerator g, StoryReport r, Form form, boolean top) throws IOException {
    Story story = r.story();
    CrossSourceReport report = r.report();
    g.writeStartObject();
    summaryEntryFields(g, r.summary(), r.budget(), form, top, true);
    objects(g, "corroboration", report.corroboration(), s -> statement(g, story, s));
    g.writeObjectFieldStart("unique");
    for (int d = 0; d < story.documents().size(); d++) {
      objects(g, story.documents().get(d).id(), report.unique().getOrDefault(d, List.of()),
          s -> statement(g, story, s));
    }
    g.writeEndObject();
    objects(g, "quotes", report.quotations().groups(), q -> {
      g.writeStringField("text", q.text());
      List<String> speakers = q.speakers();
      g.writeStringField("speaker", speakers.isEmpty() ? null : speakers.get(0));
      strings(g, "speakers", speakers);
      ids(g, "documents", story, q.documents());
      objects(g, "occurrences", q.quotes(), m -> {
        passage(g, story, m.document(), m.span());
        g.writeStringField("speaker", m.speaker());
      });
    });
    objects(g, "conflicts", report.conflicts(), c -> {
      g.writeStringField("kind", c.kind().name().toLowerCase(Locale.ROOT));
      strings(g, "values", c.values());
      objects(g, "claims", c.claims(), claim -> {
        g.writeStringField("text", claim.text());
        passage(g, story, claim.document(), claim.span());
        g.writeStringField("value", claim.value());
      });
    });
    objects(g, "entities", report.entities(), e -> {
      g.writeStringField("name", e.name());
      g.writeStringField("kind", e.kind() == null ? null : e.kind().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("total", e.total());
      g.writeObjectFieldStart("mentions");
      for (Map.Entry<Integer, Integer> m : e.mentionsByDocument().entrySet()) {
        String id = documentId(story, m.getKey());
        if (id != null) {
          g.writeNumberField(id, m.getValue());
        }
      }
      g.writeEndObject();
    });
    objects(g, "timeline", report.timeline(), t -> {
      g.writeStringField("date", t.date() == null ? null : t.date().toString());
      g.writeStringField("expression", t.expression());
      g.writeBooleanField("relative", t.relative());
      g.writeBooleanField("resolved", t.resolved());
      g.writeStringField("text", t.text());
      passage(g, story, t.document(), t.span());
    });
    g.writeObjectFieldStart("sharing");
    strings(g, "documents", story.documents().stream().map(Document::id).toList());
    g.writeArrayFieldStart("shared");
    int n = story.documents().size();
    OutletSharing sharing = report.sharing();
    for (int a = 0; a < n; a++) {
      g.writeStartArray();
      for (int b = 0; b < n; b++) {
        double v = sharing == null ? Double.NaN : sharing.known(a, b);
        if (Double.isNaN(v)) {
          g.writeNull();
        } else {
          g.writeNumber(form == Form.PRINTED ? Math.round(v * 10_000) / 10_000.0 : v);
        }
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Writes the fields of one object of a list. */
  private interface Fields<T> {
    void write(T value) throws IOException;
  }

  /** A list of objects, each one's fields written by {@code fields}. */
  private static <T> void objects(JsonGenerator g, String field, Collection<T> values, Fields<T> fields)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (T v : values) {
      g.writeStartObject();
      fields.write(v);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void statement(JsonGenerator g, Story story, Statement s) throws IOException {
    g.writeStringField("text", s.text());
    passage(g, story, s.document(), s.span());
    ids(g, "documents", story, s.documents());
    g.writeNumberField("independent_sources", s.independentSources());
    g.writeBooleanField("has_copies", s.hasCopies());
  }

  /** The fields {@code document}, {@code start} and {@code end} of a passage of the document at an index. */
  private static void passage(JsonGenerator g, Story story, int document, Span span) throws IOException {
    g.writeStringField("document", documentId(story, document));
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  /** An array of the ids of documents given by index (indexes outside the story are left out). */
  private static void ids(JsonGenerator g, String field, Story story, Collection<Integer> documents)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (int d : documents) {
      String id = documentId(story, d);
      if (id != null) {
        g.writeString(id);
      }
    }
    g.writeEndArray();
  }

  private static String documentId(Story story, int index) {
    return index >= 0 && index < story.documents().size() ? story.documents().get(index).id() : null;
  }
}
