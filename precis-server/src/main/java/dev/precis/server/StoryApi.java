package dev.precis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.json.PrecisJson;
import dev.precis.model.SummarySentence;
import dev.precis.server.store.Store;
import dev.precis.server.store.StoryStore;
import dev.precis.server.stories.SampleStories;
import dev.precis.server.stories.StoreStoryViews;
import dev.precis.server.stories.StoryViews;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The stories' JSON and Atom interface, read from {@link StoreStoryViews}:
 *
 * <ul>
 *   <li>{@code GET /stories/{id}.json} (or {@code ?version=V}): {@code id}, {@code version}, {@code headline},
 *       {@code created}, {@code article_ids} (the store's ids of the report's documents, in order) and
 *       {@code report}, the version's summary and cross-source report as the codec writes a report;
 *   <li>{@code GET /api/stories}: shown stories, newest update first ({@code q}, {@code outlet}, {@code from},
 *       {@code to}, {@code limit}, {@code offset}); {@code since} an instant lists stories updated after it, a number
 *       the stories changed after that {@code cursor} (every answer gives the latest), in the order they changed;
 *   <li>{@code GET /api/stories/{id}/update?since=V}: what the articles new since version V add
 *       ({@link StoryViews#updateSince});
 *   <li>{@code GET /feed.atom}: the latest stories as Atom entries linking to their pages;
 *   <li>{@code POST /api/sample} (token): loads the sample stories into an empty store.
 * </ul>
 */
final class StoryApi {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoreStoryViews stories;
  private final Store store;
  private final Consumer<Context> requireToken;

  StoryApi(StoreStoryViews stories, Store store, Consumer<Context> requireToken) {
    this.stories = stories;
    this.store = store;
    this.requireToken = requireToken;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/stories/{id}.json", this::story);
    cfg.routes.get("/api/stories", this::list);
    cfg.routes.get("/api/stories/{id}/update", this::update);
    cfg.routes.get("/feed.atom", this::atom);
    cfg.routes.post("/api/sample", this::sample);
  }

  private void story(Context ctx) {
    long id = storyId(ctx);
    String v = ctx.queryParam("version");
    Integer version = v == null ? null : number(v, "version", 1);
    StoryStore.StoredVersion stored = stories.stored(id, version).orElseThrow(() -> new ApiError(404,
        version == null ? "no story " + id : "story " + id + " has no version " + version));
    ObjectNode o = JSON.createObjectNode();
    o.put("id", stored.story());
    o.put("version", stored.version());
    o.put("headline", stored.headline());
    o.put("created", stored.created().toString());
    ArrayNode ids = o.putArray("article_ids");
    stored.articleIds().forEach(ids::add);
    String head = o.toString();
    ctx.status(200).contentType("application/json")
        .result(head.substring(0, head.length() - 1) + ",\"report\":" + stored.reportJson() + "}");
  }

  private void list(Context ctx) {
    int limit = ctx.queryParam("limit") == null ? DEFAULT_LIMIT : number(ctx.queryParam("limit"), "limit", 1);
    if (limit > MAX_LIMIT) {
      throw new ApiError(400, "limit " + limit + " is too large (at most " + MAX_LIMIT + ")");
    }
    int offset = ctx.queryParam("offset") == null ? 0 : number(ctx.queryParam("offset"), "offset", 0);
    String since = ctx.queryParam("since");
    long cursor = stories.latestChange();
    List<StoryViews.Listing> found;
    if (since != null && since.strip().matches("[0-9]{1,18}")) {
      found = stories.changedSince(Long.parseLong(since.strip()), limit);
    } else {
      found = stories.stories(new StoryViews.Filter(ctx.queryParam("q"), ctx.queryParam("outlet"),
          date(ctx, "from"), date(ctx, "to"), since == null ? null : instant(since), limit, offset));
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("cursor", cursor);
    ArrayNode list = o.putArray("stories");
    for (StoryViews.Listing l : found) {
      ObjectNode s = list.addObject();
      s.put("id", l.id());
      s.put("version", l.version());
      s.put("headline", l.headline());
      s.put("created", l.created().toString());
      s.put("updated", l.updated().toString());
      s.put("article_count", l.articleCount());
      ArrayNode outlets = s.putArray("outlets");
      l.outlets().forEach(outlets::add);
      ArrayNode ids = s.putArray("article_ids");
      l.articleIds().forEach(ids::add);
    }
    ctx.status(200).contentType("application/json").result(o.toString());
  }

  private void update(Context ctx) {
    long id = storyId(ctx);
    String since = ctx.queryParam("since");
    if (since == null) {
      throw new ApiError(400, "give the version you saw: ?since=VERSION");
    }
    int from = number(since, "since", 0);
    StoryStore.StoredVersion latest = stories.stored(id, null)
        .orElseThrow(() -> new ApiError(404, "no story " + id));
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("since", from);
    o.put("version", latest.version());
    Optional<StoryViews.Update> update = stories.updateSince(id, from);
    ArrayNode ids = o.putArray("new_article_ids");
    update.ifPresent(u -> u.newArticleIds().forEach(ids::add));
    String head = o.toString();
    String report = update.map(u -> PrecisJson.write(u.update())).orElse("null");
    ctx.status(200).contentType("application/json")
        .result(head.substring(0, head.length() - 1) + ",\"report\":" + report + "}");
  }

  private void atom(Context ctx) {
    String host = ctx.host();
    String base = ctx.scheme() + "://" + (host == null || host.isBlank() ? "127.0.0.1:" + ctx.port() : host);
    List<StoryViews.Listing> latest = stories.stories(StoryViews.Filter.latest(DEFAULT_LIMIT));
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(x, "title", "Precis: the latest stories");
      element(x, "id", base + "/feed.atom");
      link(x, "self", base + "/feed.atom");
      link(x, "alternate", base + "/");
      element(x, "updated", (latest.isEmpty() ? Instant.EPOCH : latest.get(0).updated()).toString());
      x.writeStartElement("author");
      element(x, "name", "Precis");
      x.writeEndElement();
      for (StoryViews.Listing l : latest) {
        String permalink = base + "/stories/" + l.id();
        x.writeStartElement("entry");
        element(x, "title", l.headline());
        element(x, "id", permalink);
        link(x, "alternate", permalink);
        element(x, "published", l.created().toString());
        element(x, "updated", l.updated().toString());
        for (String outlet : l.outlets()) {
          x.writeStartElement("category");
          x.writeAttribute("term", xml(outlet));
          x.writeEndElement();
        }
        Optional<StoryViews.Version> v = stories.latest(l.id());
        String summary = v.map(ver -> String.join(" ", ver.report().summary().sentences().stream()
            .map(SummarySentence::text).toList())).orElse("");
        element(x, "summary", summary + " (" + l.articleCount() + " articles from " + l.outlets().size()
            + " outlets, version " + l.version() + ")");
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    ctx.status(200).contentType("application/atom+xml; charset=utf-8").result(out.toString());
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xml(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeStartElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", xml(href));
    x.writeEndElement();
  }

  /** The text without the characters XML 1.0 cannot hold (control characters, lone surrogates). */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (c >= 0x10000 && c <= 0x10FFFF);
      if (ok) {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }

  private void sample(Context ctx) {
    requireToken.accept(ctx);
    Optional<Integer> loaded = SampleStories.loadIntoEmpty(store);
    if (loaded.isEmpty()) {
      throw new ApiError(409, "the store holds articles already; the sample stories load only into an empty store");
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("articles", loaded.get());
    ctx.status(201).contentType("application/json").result(o.toString());
  }

  private static long storyId(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new ApiError(404, "no story " + id + " (ids are numbers)");
    }
    return Long.parseLong(id);
  }

  private static int number(String value, String name, int min) {
    String v = value.strip();
    if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < min) {
      throw new ApiError(400, name + " must be a whole number of at least " + min + ", not '" + value + "'");
    }
    return Integer.parseInt(v);
  }

  private static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new ApiError(400, name + " must be a day such as 2026-03-10, not '" + v + "'");
    }
  }

  private static Instant instant(String v) {
    try {
      return Instant.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "since must be an instant such as 2026-03-10T12:00:00Z or a cursor (a number),"
          + " not '" + v + "'");
    }
  }
}
