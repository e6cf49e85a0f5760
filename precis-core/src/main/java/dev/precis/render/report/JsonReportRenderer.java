package dev.precis.render.report;

import dev.precis.compare.StoryReport;
import dev.precis.json.PrecisJson;
import java.io.IOException;
import java.io.Writer;

/**
 * The cross-source report as JSON, written as a stream by the codec ({@link PrecisJson}, form
 * {@link PrecisJson.Form#PRINTED}; the schema is in {@code docs/json-schema.md}). The whole output is one object,
 * whatever the number of stories. Each story holds every field of {@code precis summarize --format json}
 * ({@code id}, {@code algorithm}, {@code budget}, {@code documents}, {@code summary}, with the same meaning) plus
 * the report's sections:
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
    PrecisJson.Output json = PrecisJson.open(out, pretty, PrecisJson.Form.PRINTED);
    return new ReportWriter() {
      @Override
      public void write(StoryReport report) throws IOException {
        json.write(report);
      }

      @Override
      public void close() throws IOException {
        json.close();
      }
    };
  }
}
