package dev.precis.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.compare.CrossSourceReport;
import dev.precis.compare.StoryReport;
import dev.precis.compare.conflict.Claim;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.entity.EntityKind;
import dev.precis.compare.entity.EntityMentions;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.Quote;
import dev.precis.compare.quote.QuoteGroup;
import dev.precis.compare.statement.OutletSharing;
import dev.precis.compare.statement.Statement;
import dev.precis.compare.time.TimelineEvent;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@link PrecisJson} reads: Jackson trees checked against the schema, every failure a {@link SchemaException}
 * naming the field.
 */
final class JsonReading {
  private static final ObjectMapper MAPPER = new ObjectMapper(PrecisJson.FACTORY);

  private JsonReading() {}

  interface Entry {
    void read(JsonNode node, String path) throws IOException;
  }

  /** Streams the {@code stories} array: one entry's tree at a time. */
  static void entries(Reader in, Entry entry) throws IOException {
    try (JsonParser p = PrecisJson.FACTORY.createParser(in)) {
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

  static JsonNode top(String json) throws IOException {
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
    if (schema.asInt() > PrecisJson.SCHEMA) {
      throw new SchemaException("schema: version " + schema.asInt() + " is newer than this reader's ("
          + PrecisJson.SCHEMA + ")");
    }
  }

  static Document document(JsonNode n, String path) throws SchemaException {
    object(n, path);
    String dateText = optionalText(n, "date", path);
    LocalDateTime date;
    try {
      date = dateText == null ? null : LocalDateTime.parse(dateText, PrecisJson.DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new SchemaException(path + "date: not an ISO local date-time: " + dateText);
    }
    return new Document(text(n, "id", path), optionalText(n, "title", path), optionalText(n, "source", path),
        optionalText(n, "url", path), date, text(n, "text", path), optionalText(n, "language", path),
        optionalText(n, "author", path));
  }

  /**
   * The documents of {@code json}: one document object, a JSON array of them, or several one after another (JSONL,
   * one per line). A lone object's fields are named as they are ({@code text}); those of a list or a sequence by
   * the item's index ({@code [2].text}).
   */
  static List<Document> documents(String json) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    boolean list;
    try (JsonParser p = PrecisJson.FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      list = t == JsonToken.START_ARRAY;
      if (list) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(MAPPER.readTree(p));
        }
        if (p.nextToken() != null) {
          throw new SchemaException("more after the list of documents");
        }
      } else {
        for (; t != null; t = p.nextToken()) {
          items.add(MAPPER.readTree(p));
        }
      }
    }
    boolean indexed = list || items.size() > 1;
    List<Document> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String path = indexed ? "[" + i + "]." : "";
      JsonNode n = items.get(i);
      object(n, path);
      try {
        version(n.get("schema"));
      } catch (SchemaException e) {
        throw new SchemaException(path + e.getMessage());
      }
      out.add(document(n, path));
    }
    return out;
  }

  static Story story(JsonNode n, String path) throws SchemaException {
    object(n, path);
    List<Document> docs = list(n, "documents", path, JsonReading::document);
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

  /** A summary entry: the story, its summary and budget. */
  static PrecisJson.Summarized summarized(JsonNode n, String path) throws SchemaException {
    Story story = story(n, path);
    return new PrecisJson.Summarized(summary(n, story, path), budget(n.get("budget"), path + "budget"));
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

  static StoryReport report(JsonNode n, String path) throws SchemaException {
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
