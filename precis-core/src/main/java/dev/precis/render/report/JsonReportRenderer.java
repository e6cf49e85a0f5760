package dev.precis.render.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.precis.compare.Claim;
import dev.precis.compare.Conflict;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.EntityMentions;
import dev.precis.compare.Quote;
import dev.precis.compare.QuoteGroup;
import dev.precis.compare.Statement;
import dev.precis.compare.StoryReport;
import dev.precis.compare.TimelineEvent;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.render.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The cross-source report as JSON, written as a stream. The whole output is one object, whatever the number of
 * stories. Each story holds every field of {@code precis summarize --format json} ({@code id}, {@code algorithm},
 * {@code budget}, {@code documents}, {@code summary}, with the same meaning) plus the report's sections:
 *
 * <pre>
 * {"stories": [
 *   {"id": "harbour-bridge", "algorithm": "coverage", "budget": {"unit": "words", "limit": 150},
 *    "documents": [{"id": "01-meridian-wire", "title": "...", "source": "Meridian Wire Service",
 *                   "url": "https://...", "date": "2026-03-10T10:15:00", "text": "..."}],
 *    "summary": {"words": 142, "sentences": [
 *      {"text": "...", "score": 0.82,
 *       "citations": [{"document": "01-meridian-wire", "start": 36, "end": 211}],
 *       "documents": ["01-meridian-wire", "03-kestrelmouth-gazette"],
 *       "outlets": ["Meridian Wire Service", "Kestrelmouth Gazette"]}]},
 *    "corroboration": [
 *      {"text": "...", "document": "01-meridian-wire", "start": 36, "end": 211,
 *       "documents": ["01-meridian-wire", "02-national-ledger", "04-tidemark-news"],
 *       "independent_sources": 2, "has_copies": true}],
 *    "unique": {"01-meridian-wire": [], "02-national-ledger": [{...a statement, as above...}]},
 *    "quotes": [{"text": "This is a dark morning for Kestrelmouth.", "speaker": "Ilse Varga",
 *                "speakers": ["Ilse Varga"], "documents": ["01-meridian-wire", "02-national-ledger"],
 *                "occurrences": [{"document": "01-meridian-wire", "start": 812, "end": 852,
 *                                 "speaker": "Ilse Varga"}]}],
 *    "conflicts": [{"kind": "number", "values": ["14", "15"],
 *                   "claims": [{"text": "...", "document": "01-meridian-wire", "start": 215, "end": 330,
 *                               "value": "14"}]}],
 *    "entities": [{"name": "Ilse Varga", "kind": "person", "total": 7,
 *                  "mentions": {"01-meridian-wire": 2, "02-national-ledger": 1}}],
 *    "timeline": [{"date": "2026-03-10", "expression": "on Tuesday", "relative": true, "resolved": true,
 *                  "text": "...", "document": "01-meridian-wire", "start": 36, "end": 211}],
 *    "sharing": {"documents": ["01-meridian-wire", "02-national-ledger"],
 *                "shared": [[1.0, 0.4], [0.5, 1.0]]}}]}
 * </pre>
 *
 * <ul>
 *   <li>Documents are always named by their {@code id}. {@code text} of a document is the cleaned text; every
 *       {@code start}/{@code end} is a UTF-16 offset into the text of the document named beside it, end
 *       exclusive, so {@code text.substring(start, end)} is the passage (the sentence of a statement, claim or
 *       timeline event; the quoted words of a quote occurrence).
 *   <li>{@code summary}: as in {@code precis summarize}; each sentence adds {@code documents}, the documents its
 *       citations name (story order, no repeats), and {@code outlets}, their distinct outlets (a document's
 *       {@code source}, or its id when it has none); the number of outlets carrying the sentence is the length
 *       of {@code outlets}.
 *   <li>{@code corroboration}: statements (groups of sentences saying the same thing) carried by at least two
 *       independent sources, most independent sources first. A statement is shown by one of its sentences
 *       ({@code text}, {@code document}, {@code start}, {@code end}); {@code documents} are all documents that
 *       carry it; {@code independent_sources} counts them with wire copies counted once; {@code has_copies}
 *       tells whether some of them are copies of each other.
 *   <li>{@code unique}: for every document, in story order, the statements only it carries (possibly none).
 *   <li>{@code quotes}: each quotation once, in story order: the longest wording, the first speaker it is
 *       credited to ({@code null} when nobody named), every credited speaker, the documents carrying it and
 *       where (with the speaker each gives).
 *   <li>{@code conflicts}: facts the documents state differently. {@code kind} is {@code number}, {@code date},
 *       {@code name} or {@code quote_speaker}; {@code values} are the distinct normalised values; each claim is
 *       what one document says, with its passage and normalised {@code value}.
 *   <li>{@code entities}: people, organisations and places; {@code kind} is {@code person},
 *       {@code organisation} or {@code place}; {@code mentions} maps each document that mentions it to the
 *       number of mentions; {@code total} is their sum.
 *   <li>{@code timeline}: sentences with a date expression, resolved ones by date first. {@code date} is an ISO
 *       date, {@code null} when unresolved; {@code relative} marks expressions relative to the publication date
 *       ("yesterday", "on Tuesday") and {@code resolved} whether the date was worked out.
 *   <li>{@code sharing}: {@code shared[a][b]} is the share (0 to 1) of document a's statements that document b
 *       also carries, rows and columns in the order of {@code documents}; 1 on the diagonal; {@code null} where
 *       unknown.
 *   <li>Absent values are {@code null}, never left out; lists are never null.
 * </ul>
 */
public final class JsonReportRenderer implements ReportRenderer {
  private final boolean pretty;

  /** Indented output. */
  public JsonReportRenderer() {
    this(true);
  }

  /** @param pretty indented output when true, one line when false */
  public JsonReportRenderer(boolean pretty) {
    this.pretty = pretty;
  }

  @Override
  public String name() {
    return "json";
  }

  @Override
  public ReportWriter open(Writer out) throws IOException {
    JsonGenerator g = JsonRenderer.startStories(out, pretty);
    return new ReportWriter() {
      private boolean closed;

      @Override
      public void write(StoryReport report) throws IOException {
        story(g, report);
        g.flush();
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          JsonRenderer.endStories(g, out);
        }
      }
    };
  }

  private static void story(JsonGenerator g, StoryReport r) throws IOException {
    Summary summary = r.summary();
    Story story = r.story();
    CrossSourceReport report = r.report();
    g.writeStartObject();
    g.writeStringField("id", story.id());
    g.writeStringField("algorithm", summary.algorithm());
    JsonRenderer.budget(g, r.budget());
    JsonRenderer.documents(g, story);
    summary(g, summary);

    g.writeArrayFieldStart("corroboration");
    for (Statement s : report.corroboration()) {
      statement(g, story, s);
    }
    g.writeEndArray();

    g.writeObjectFieldStart("unique");
    for (int d = 0; d < story.documents().size(); d++) {
      g.writeArrayFieldStart(story.documents().get(d).id());
      for (Statement s : report.unique().getOrDefault(d, List.of())) {
        statement(g, story, s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();

    g.writeArrayFieldStart("quotes");
    for (QuoteGroup q : report.quotations().groups()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      g.writeStringField("speaker", ReportFacts.speaker(q));
      g.writeArrayFieldStart("speakers");
      for (String sp : q.speakers()) {
        g.writeString(sp);
      }
      g.writeEndArray();
      ids(g, "documents", story, q.documents());
      g.writeArrayFieldStart("occurrences");
      for (Quote m : q.quotes()) {
        g.writeStartObject();
        g.writeStringField("document", ReportFacts.documentId(story, m.document()));
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeStringField("speaker", m.speaker());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("conflicts");
    for (Conflict c : report.conflicts()) {
      g.writeStartObject();
      g.writeStringField("kind", ReportFacts.kindKey(c.kind()));
      g.writeArrayFieldStart("values");
      for (String v : c.values()) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("claims");
      for (Claim claim : c.claims()) {
        g.writeStartObject();
        g.writeStringField("text", claim.text());
        g.writeStringField("document", ReportFacts.documentId(story, claim.document()));
        g.writeNumberField("start", claim.span().start());
        g.writeNumberField("end", claim.span().end());
        g.writeStringField("value", claim.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("entities");
    for (EntityMentions e : report.entities()) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeStringField("kind", e.kind() == null ? null : ReportFacts.kindKey(e.kind()));
      g.writeNumberField("total", e.total());
      g.writeObjectFieldStart("mentions");
      for (Map.Entry<Integer, Integer> m : e.mentionsByDocument().entrySet()) {
        String id = ReportFacts.documentId(story, m.getKey());
        if (id != null) {
          g.writeNumberField(id, m.getValue());
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("timeline");
    for (TimelineEvent t : report.timeline()) {
      g.writeStartObject();
      g.writeStringField("date", t.date() == null ? null : t.date().toString());
      g.writeStringField("expression", t.expression());
      g.writeBooleanField("relative", t.relative());
      g.writeBooleanField("resolved", t.resolved());
      g.writeStringField("text", t.text());
      g.writeStringField("document", ReportFacts.documentId(story, t.document()));
      g.writeNumberField("start", t.span().start());
      g.writeNumberField("end", t.span().end());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeObjectFieldStart("sharing");
    g.writeArrayFieldStart("documents");
    for (Document d : story.documents()) {
      g.writeString(d.id());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("shared");
    int n = story.documents().size();
    for (int a = 0; a < n; a++) {
      g.writeStartArray();
      for (int b = 0; b < n; b++) {
        double v = ReportFacts.shared(report.sharing(), a, b);
        if (Double.isNaN(v)) {
          g.writeNull();
        } else {
          g.writeNumber(Math.round(v * 10_000) / 10_000.0);
        }
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();

    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, Summary summary) throws IOException {
    Story story = summary.story();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("words", summary.words());
    g.writeArrayFieldStart("sentences");
    for (SummarySentence s : summary.sentences()) {
      g.writeStartObject();
      JsonRenderer.sentenceFields(g, s);
      List<Integer> docs = ReportFacts.citedDocuments(s);
      ids(g, "documents", story, docs);
      g.writeArrayFieldStart("outlets");
      for (String o : ReportFacts.outlets(story, docs)) {
        g.writeString(o);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void statement(JsonGenerator g, Story story, Statement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", s.text());
    g.writeStringField("document", ReportFacts.documentId(story, s.document()));
    g.writeNumberField("start", s.span().start());
    g.writeNumberField("end", s.span().end());
    ids(g, "documents", story, s.documents());
    g.writeNumberField("independent_sources", s.independentSources());
    g.writeBooleanField("has_copies", s.hasCopies());
    g.writeEndObject();
  }

  /** An array of the ids of documents given by index (indexes outside the story are left out). */
  private static void ids(JsonGenerator g, String field, Story story, Collection<Integer> documents)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (int d : documents) {
      String id = ReportFacts.documentId(story, d);
      if (id != null) {
        g.writeString(id);
      }
    }
    g.writeEndArray();
  }
}
