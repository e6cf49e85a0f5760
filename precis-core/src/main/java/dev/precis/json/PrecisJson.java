package dev.precis.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.compare.Claim;
import dev.precis.compare.Conflict;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.EntityKind;
import dev.precis.compare.EntityMentions;
import dev.precis.compare.OutletSharing;
import dev.precis.compare.Quotations;
import dev.precis.compare.Quote;
import dev.precis.compare.QuoteGroup;
import dev.precis.compare.Statement;
import dev.precis.compare.StoryReport;
import dev.precis.compare.TimelineEvent;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The JSON codec of the model: documents, stories, cited summaries and cross-source reports, written and read
 * back by this one class in the versioned schema of {@code docs/json-schema.md} (version {@value #SCHEMA}). The
 * command line's {@code --format json} output, the server's store and the Spark job all use it.
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

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

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

  // ---------------------------------------------------------------------------------------------- writing

  /** One document as one line of JSON, every field and the schema version. */
  public static String write(Document document) {
    return compact(g -> {
      g.writeStartObject();
      g.writeNumberField("schema", SCHEMA);
      documentFields(g, document, Form.FULL);
      g.writeEndObject();
    });
  }

  /** One story (documents and references) as one line of JSON; it is also a row of the benchmark JSONL. */
  public static String write(Story story) {
    return compact(g -> {
      g.writeStartObject();
      g.writeNumberField("schema", SCHEMA);
      g.writeStringField("id", story.id());
      g.writeStringField("language", story.language());
      documents(g, story, Form.FULL);
      strings(g, "references", story.references());
      g.writeEndObject();
    });
  }

  /** One summary entry (the story, the budget, the cited summary) as one line of JSON. */
  public static String write(Summary summary, Budget budget) {
    return compact(g -> summaryEntry(g, summary, budget, Form.FULL, true));
  }

  /** One report entry (a summary entry with the cross-source report) as one line of JSON. */
  public static String write(StoryReport report) {
    return compact(g -> reportEntry(g, report, Form.FULL, true));
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
      summaryEntry(g, summary, budget, form, false);
      g.flush();
    }

    /** Adds a report entry. */
    public void write(StoryReport report) throws IOException {
      reportEntry(g, report, form, false);
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

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String compact(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void documentFields(JsonGenerator g, Document d, Form form) throws IOException {
    g.writeStringField("id", d.id());
    g.writeStringField("title", d.title());
    g.writeStringField("source", d.source());
    g.writeStringField("url", d.url());
    g.writeStringField("date", d.date() == null ? null : DATE_TIME.format(d.date()));
    g.writeStringField("text", d.text());
    if (form == Form.FULL) {
      g.writeStringField("language", d.language());
      g.writeStringField("author", d.author());
    }
  }

  private static void documents(JsonGenerator g, Story story, Form form) throws IOException {
    objects(g, "documents", story.documents(), d -> documentFields(g, d, form));
  }

  private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
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
      g.writeNumberField("schema", SCHEMA);
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

  private static void summaryEntry(JsonGenerator g, Summary summary, Budget budget, Form form, boolean top)
      throws IOException {
    g.writeStartObject();
    summaryEntryFields(g, summary, budget, form, top, false);
    g.writeEndObject();
  }

  private static void reportEntry(JsonGenerator g, StoryReport r, Form form, boolean top) throws IOException {
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

  // ---------------------------------------------------------------------------------------------- reading

  /** A document written by {@link #write(Document)} (or any document object of the schema). */
  public static Document readDocument(String json) throws IOException {
    JsonNode n = top(json);
    return document(n, "");
  }

  /** A story written by {@link #write(Story)}, or a row of the benchmark JSONL. */
  public static Story readStory(String json) throws IOException {
    return story(top(json), "");
  }

  /** A summary entry written by {@link #write(Summary, Budget)}, or one of {@code precis summarize}'s. */
  public static Summarized readSummary(String json) throws IOException {
    JsonNode n = top(json);
    Story story = story(n, "");
    return new Summarized(summary(n, story, ""), budget(n.get("budget"), "budget"));
  }

  /** A report entry written by {@link #write(StoryReport)}, or one of {@code precis report}'s. */
  public static StoryReport readReport(String json) throws IOException {
    return report(top(json), "");
  }

  /** Every summary entry of an output ({@code {"stories": [...]}}), one at a time, to {@code each}. */
  public static void readSummaries(Reader in, Consumer<Summarized> each) throws IOException {
    entries(in, (n, path) -> {
      Story story = story(n, path);
      each.accept(new Summarized(summary(n, story, path), budget(n.get("budget"), path + "budget")));
    });
  }

  /** Every report entry of an output of {@code precis report --format json}, one at a time, to {@code each}. */
  public static void readReports(Reader in, Consumer<StoryReport> each) throws IOException {
    entries(in, (n, path) -> each.accept(report(n, path)));
  }

  private interface Entry {
    void read(JsonNode node, String path) throws IOException;
  }

  /** Streams the {@code stories} array: one entry's tree at a time. */
  private static void entries(Reader in, Entry entry) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new SchemaException("not a JSON object");
      }
      boolean sawStories = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("schema")) {
          version(MAPPER.readTree(p));
        } else if (field.equals("stories") && value == JsonToken.START_ARRAY) {
          sawStories = true;
          for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
            entry.read(MAPPER.readTree(p), "stories[" + i + "].");
          }
          if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new SchemaException("stories: an entry is not an object");
          }
        } else {
          p.skipChildren();
        }
      }
      if (!sawStories) {
        throw new SchemaException("stories: missing");
      }
    }
  }

  private static JsonNode top(String json) throws IOException {
    JsonNode n = MAPPER.readTree(json);
    if (n == null || !n.isObject()) {
      throw new SchemaException("not a JSON object");
    }
    version(n.get("schema"));
    return n;
  }

  private static void version(JsonNode schema) throws SchemaException {
    if (schema == null || schema.isNull()) {
      return; // what the command line prints: version 1
    }
    if (!schema.isInt() || schema.asInt() < 1) {
      throw new SchemaException("schema: not a version number: " + schema);
    }
    if (schema.asInt() > SCHEMA) {
      throw new SchemaException("schema: version " + schema.asInt() + " is newer than this reader's (" + SCHEMA
          + ")");
    }
  }

  private static Document document(JsonNode n, String path) throws SchemaException {
    object(n, path);
    String dateText = optionalText(n, "date", path);
    LocalDateTime date;
    try {
      date = dateText == null ? null : LocalDateTime.parse(dateText, DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new SchemaException(path + "date: not an ISO local date-time: " + dateText);
    }
    return new Document(text(n, "id", path), optionalText(n, "title", path), optionalText(n, "source", path),
        optionalText(n, "url", path), date, text(n, "text", path), optionalText(n, "language", path),
        optionalText(n, "author", path));
  }

  private static Story story(JsonNode n, String path) throws SchemaException {
    object(n, path);
    List<Document> docs = list(n, "documents", path, PrecisJson::document);
    List<String> references = new ArrayList<>();
    JsonNode refs = n.get("references");
    if (refs != null && !refs.isNull()) {
      for (int i = 0; i < array(n, "references", path).size(); i++) {
        JsonNode r = refs.get(i);
        if (!r.isTextual()) {
          throw new SchemaException(path + "references[" + i + "]: not a string");
        }
        references.add(r.asText());
      }
    }
    return new Story(text(n, "id", path), optionalText(n, "language", path), docs, references);
  }

  private static Budget budget(JsonNode n, String path) throws SchemaException {
    if (n == null || n.isNull()) {
      return null;
    }
    object(n, path);
    String unit = text(n, "unit", path + ".");
    try {
      return new Budget(Budget.Unit.valueOf(unit.toUpperCase(Locale.ROOT)), integer(n, "limit", path + "."));
    } catch (IllegalArgumentException e) {
      throw new SchemaException(path + ": not a budget (" + e.getMessage() + ")");
    }
  }

  private static Summary summary(JsonNode entry, Story story, String path) throws SchemaException {
    String at = path + "summary.";
    JsonNode summary = entry.get("summary");
    object(summary, at);
    Map<String, Integer> index = index(story);
    List<SummarySentence> sentences = list(summary, "sentences", at, (s, p) -> {
      JsonNode score = s.get("score");
      if (score != null && !score.isNull() && !score.isNumber()) {
        throw new SchemaException(p + "score: not a number");
      }
      List<Citation> citations = list(s, "citations", p, (c, cp) -> {
        int d = document(c, index, cp);
        Span span = span(c, story.documents().get(d), cp);
        return new Citation(story.documents().get(d).id(), d, span.start(), span.end());
      });
      if (citations.isEmpty()) {
        throw new SchemaException(p + "citations: empty");
      }
      Citation first = citations.get(0);
      JsonNode pieces = s.get("printed");
      List<Span> printed = pieces == null || pieces.isNull() ? List.of(new Span(first.start(), first.end()))
          : list(s, "printed", p, (piece, pp) -> span(piece, story.documents().get(first.documentIndex()), pp));
      JsonNode sentence = s.get("sentence");
      return new SummarySentence(text(s, "text", p),
          sentence == null || sentence.isNull() ? -1 : integer(s, "sentence", p),
          score == null || score.isNull() ? Double.NaN : score.asDouble(), citations, printed);
    });
    return new Summary(story, text(entry, "algorithm", path), sentences);
  }

  private static StoryReport report(JsonNode n, String path) throws SchemaException {
    Story story = story(n, path);
    Summary summary = summary(n, story, path);
    Map<String, Integer> index = index(story);
    Item<Statement> statement = (s, p) -> statement(s, story, index, p);

    List<Statement> corroboration = list(n, "corroboration", path, statement);
    Map<Integer, List<Statement>> unique = new LinkedHashMap<>();
    JsonNode byDocument = n.get("unique");
    object(byDocument, path + "unique.");
    for (Iterator<String> it = byDocument.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      int d = named(index, id, path + "unique." + id);
      List<Statement> statements = list(byDocument, id, path + "unique.", statement);
      if (!statements.isEmpty()) {
        unique.put(d, statements);
      }
    }

    List<QuoteGroup> groups = list(n, "quotes", path, (q, p) -> new QuoteGroup(text(q, "text", p),
        list(q, "occurrences", p, (o, op) -> {
          int d = document(o, index, op);
          Span span = span(o, story.documents().get(d), op);
          return new Quote(span.of(story.documents().get(d).text()), span, d, optionalText(o, "speaker", op), null);
        })));
    List<Quote> quotes = groups.stream().flatMap(g -> g.quotes().stream()).toList();

    List<Conflict> conflicts = list(n, "conflicts", path, (c, p) -> new Conflict(
        constant(Conflict.Kind.class, text(c, "kind", p), p + "kind"),
        list(c, "claims", p, (claim, cp) -> {
          int d = document(claim, index, cp);
          return new Claim(text(claim, "text", cp), d, span(claim, story.documents().get(d), cp),
              optionalText(claim, "value", cp));
        })));

    List<EntityMentions> entities = list(n, "entities", path, (e, p) -> {
      String kind = optionalText(e, "kind", p);
      Map<Integer, Integer> mentions = new HashMap<>();
      JsonNode m = e.get("mentions");
      object(m, p + "mentions.");
      for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
        String id = it.next();
        mentions.put(named(index, id, p + "mentions." + id), integer(m, id, p + "mentions."));
      }
      return new EntityMentions(text(e, "name", p),
          kind == null ? null : constant(EntityKind.class, kind, p + "kind"), mentions, integer(e, "total", p));
    });

    List<TimelineEvent> timeline = list(n, "timeline", path, (t, p) -> {
      String dateText = optionalText(t, "date", p);
      LocalDate date;
      try {
        date = dateText == null ? null : LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new SchemaException(p + "date: not an ISO date: " + dateText);
      }
      int d = document(t, index, p);
      return new TimelineEvent(date, optionalText(t, "expression", p), bool(t, "relative", p),
          bool(t, "resolved", p), text(t, "text", p), d, span(t, story.documents().get(d), p));
    });

    return new StoryReport(summary, budget(n.get("budget"), path + "budget"), new CrossSourceReport(
        new Quotations(quotes, groups, List.of()), conflicts, corroboration, unique, entities, timeline,
        sharing(n.get("sharing"), story, path + "sharing.")));
  }

  /** Reads one object of a list; {@code path} names it in messages ({@code documents[2].}). */
  private interface Item<T> {
    T read(JsonNode node, String path) throws SchemaException;
  }

  /** The objects of a list field, each read by {@code item}. */
  private static <T> List<T> list(JsonNode n, String field, String path, Item<T> item) throws SchemaException {
    JsonNode values = array(n, field, path);
    List<T> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String p = path + field + "[" + i + "].";
      object(values.get(i), p);
      out.add(item.read(values.get(i), p));
    }
    return out;
  }

  private static OutletSharing sharing(JsonNode n, Story story, String path) throws SchemaException {
    object(n, path);
    int size = story.documents().size();
    JsonNode rows = array(n, "shared", path);
    if (rows.size() != size) {
      throw new SchemaException(path + "shared: " + rows.size() + " rows for " + size + " documents");
    }
    double[][] shared = new double[size][size];
    for (int a = 0; a < size; a++) {
      JsonNode row = rows.get(a);
      if (!row.isArray() || row.size() != size) {
        throw new SchemaException(path + "shared[" + a + "]: not a row of " + size + " numbers");
      }
      for (int b = 0; b < size; b++) {
        JsonNode v = row.get(b);
        if (!v.isNull() && !v.isNumber()) {
          throw new SchemaException(path + "shared[" + a + "][" + b + "]: not a number");
        }
        shared[a][b] = v.isNull() ? Double.NaN : v.asDouble();
      }
    }
    return new OutletSharing(shared);
  }

  private static Statement statement(JsonNode n, Story story, Map<String, Integer> index, String path)
      throws SchemaException {
    int d = document(n, index, path);
    List<Integer> documents = new ArrayList<>();
    JsonNode ids = array(n, "documents", path);
    for (int i = 0; i < ids.size(); i++) {
      if (!ids.get(i).isTextual()) {
        throw new SchemaException(path + "documents[" + i + "]: not a string");
      }
      documents.add(named(index, ids.get(i).asText(), path + "documents[" + i + "]"));
    }
    return new Statement(text(n, "text", path), -1, d, span(n, story.documents().get(d), path), documents,
        integer(n, "independent_sources", path), bool(n, "has_copies", path));
  }

  private static Map<String, Integer> index(Story story) {
    Map<String, Integer> index = new HashMap<>();
    for (int d = story.documents().size() - 1; d >= 0; d--) {
      index.put(story.documents().get(d).id(), d);
    }
    return index;
  }

  /** The index of the document an object's {@code document} field names. */
  private static int document(JsonNode n, Map<String, Integer> index, String path) throws SchemaException {
    return named(index, text(n, "document", path), path + "document");
  }

  /** The index of the document with this id. */
  private static int named(Map<String, Integer> index, String id, String path) throws SchemaException {
    Integer d = index.get(id);
    if (d == null) {
      throw new SchemaException(path + ": names no document of the story: " + id);
    }
    return d;
  }

  /** An object's {@code start} and {@code end}, which must lie in {@code document}'s text. */
  private static Span span(JsonNode n, Document document, String path) throws SchemaException {
    object(n, path);
    int start = integer(n, "start", path);
    int end = integer(n, "end", path);
    if (start < 0 || end < start || end > document.text().length()) {
      throw new SchemaException(path + "start, end: [" + start + ", " + end + ") is not in the "
          + document.text().length() + " characters of document " + document.id());
    }
    return new Span(start, end);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String key, String path) throws SchemaException {
    try {
      return Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SchemaException(path + ": unknown value " + key);
    }
  }

  private static void object(JsonNode n, String path) throws SchemaException {
    if (n == null || !n.isObject()) {
      throw new SchemaException((path.isEmpty() ? "" : path.substring(0, path.length() - 1) + ": ")
          + "not an object");
    }
  }

  private static JsonNode array(JsonNode n, String field, String path) throws SchemaException {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw new SchemaException(path + field + ": " + (v == null ? "missing" : "not a list"));
    }
    return v;
  }

  private static String text(JsonNode n, String field, String path) throws SchemaException {
    String s = optionalText(n, field, path);
    if (s == null) {
      throw new SchemaException(path + field + ": missing");
    }
    return s;
  }

  private static String optionalText(JsonNode n, String field, String path) throws SchemaException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new SchemaException(path + field + ": not a string");
    }
    return v.asText();
  }

  private static int integer(JsonNode n, String field, String path) throws SchemaException {
    JsonNode v = n.get(field);
    if (v == null || !v.isInt()) {
      throw new SchemaException(path + field + ": " + (v == null ? "missing" : "not an integer"));
    }
    return v.asInt();
  }

  private static boolean bool(JsonNode n, String field, String path) throws SchemaException {
    JsonNode v = n.get(field);
    if (v == null || !v.isBoolean()) {
      throw new SchemaException(path + field + ": " + (v == null ? "missing" : "not true or false"));
    }
    return v.asBoolean();
  }
}
