package dev.precis.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.InputException;
import dev.precis.json.PrecisJson;
import dev.precis.json.SchemaException;
import dev.precis.model.Document;
import dev.precis.server.store.FeedState;
import dev.precis.server.store.NewArticle;
import dev.precis.server.store.Store;
import dev.precis.server.store.StoreUnavailableException;
import dev.precis.server.store.StoredArticle;
import dev.precis.server.stories.StoreStoryViews;
import dev.precis.server.stories.StoryUpdater;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The HTTP interface: handlers that translate requests into calls on the library and the {@link Store} and
 * answer JSON. Every error is {@code {"error": "..."}} with a fitting status, never a stack trace.
 *
 * <ul>
 *   <li>{@code GET /healthz}: the store is reachable, its schema version, article count and a feed summary;
 *   <li>{@code POST /api/articles}: one raw HTML page or plain text (address in {@code ?url=} or
 *       {@code X-Article-URL}), or documents as JSON ({@link PrecisJson#readDocuments}: one, a list, or JSONL;
 *       a batch in one transaction); needs {@code Authorization: Bearer TOKEN}; answers after the commit;
 *   <li>{@code GET /api/articles/{id}}: a stored article, as the codec writes a document;
 *   <li>{@code GET /api/feeds}: each configured feed's polling state.
 * </ul>
 */
final class HttpApi {
  static final String URL_HEADER = "X-Article-URL";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> SNIFFED_TYPES = Set.of("", "application/octet-stream");
  private static final Set<String> JSON_TYPES = Set.of("application/json");
  private static final Set<String> JSONL_TYPES = Set.of("application/x-ndjson", "application/jsonl",
      "application/x-jsonlines");

  private final Store store;
  private final byte[] token;
  private final long maxBodyBytes;
  private final Duration requestTimeout;
  private final Set<Long> feedIds;
  private final Consumer<String> log;
  private final StoryApi stories;
  private final StoryUpdater updater;

  /**
   * @param token the bearer token writes need, or null when writes need none ({@code --no-auth} on loopback)
   * @param feeds the configured feeds (shown by {@code /healthz} and {@code /api/feeds})
   */
  HttpApi(Store store, String token, long maxBodyBytes, Duration requestTimeout, List<FeedState> feeds,
      Consumer<String> log, StoreStoryViews stories, StoryUpdater updater) {
    this.store = store;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxBodyBytes = maxBodyBytes;
    this.requestTimeout = requestTimeout;
    this.feedIds = feeds.stream().map(FeedState::id).collect(Collectors.toUnmodifiableSet());
    this.log = log;
    this.stories = new StoryApi(stories, store, this::requireToken);
    this.updater = updater;
  }

  /** The server, configured and not yet started. */
  Javalin create(String host, int port) {
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jetty.host = host;
      cfg.jetty.port = port;
      cfg.http.maxRequestSize = maxBodyBytes;
      cfg.jetty.modifyHttpConfiguration(http -> {
        http.setIdleTimeout(requestTimeout.toMillis());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
      });
      cfg.jetty.modifyServer(server -> {
        server.setErrorHandler(new JettyErrors());
      });
      cfg.routes.get("/healthz", this::health);
      cfg.routes.get("/api/feeds", this::feeds);
      cfg.routes.post("/api/articles", this::postArticle);
      cfg.routes.get("/api/articles/{id}", this::getArticle);
      stories.routes(cfg);
      cfg.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
      cfg.routes.exception(StoreUnavailableException.class, (e, ctx) -> {
        ctx.header("Retry-After", "5");
        error(ctx, 503, e.getMessage());
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        log.accept(ctx.method() + " " + ctx.path() + ": " + e);
        error(ctx, 500, "internal error (logged by the server)");
      });
      cfg.routes.error(404, ctx -> {
        if (!isJson(ctx)) {
          error(ctx, 404, "no such page: " + ctx.path());
        }
      });
      cfg.routes.error(405, ctx -> {
        if (!isJson(ctx)) {
          error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
        }
      });
    });
  }

  private void health(Context ctx) {
    ObjectNode o = JSON.createObjectNode();
    try {
      long articles = store.articleCount();
      o.put("status", "ok");
      o.put("schema_version", store.schemaVersion());
      o.put("articles", articles);
      List<FeedState> feeds = configuredFeeds();
      ObjectNode f = o.putObject("feeds");
      f.put("configured", feeds.size());
      f.put("failing", feeds.stream().filter(s -> s.errorCount() > 0).count());
      f.put("items_seen", feeds.stream().mapToLong(FeedState::itemsSeen).sum());
      Instant last = feeds.stream().map(FeedState::lastFetch).filter(Objects::nonNull)
          .max(Instant::compareTo).orElse(null);
      f.put("last_fetch", last == null ? null : last.toString());
      ObjectNode s = o.putObject("stories");
      s.put("clustered_through", updater.clusteredThrough());
      s.put("pending_summaries", updater.pendingStories());
      s.put("idle", updater.idle());
      send(ctx, 200, o);
    } catch (StoreUnavailableException e) {
      o.put("status", "unavailable");
      o.put("error", e.getMessage());
      send(ctx, 503, o);
    }
  }

  private List<FeedState> configuredFeeds() {
    return store.feeds().stream().filter(s -> feedIds.contains(s.id())).toList();
  }

  private void feeds(Context ctx) {
    ArrayNode list = JSON.createArrayNode();
    for (FeedState s : configuredFeeds()) {
      ObjectNode o = list.addObject();
      o.put("url", s.url().toString());
      o.put("fetch_pages", s.fetchPages());
      o.put("interval_seconds", s.interval().toSeconds());
      if (s.currentInterval() == null) {
        o.putNull("current_interval_seconds");
      } else {
        o.put("current_interval_seconds", s.currentInterval().toSeconds());
      }
      o.put("next_check", s.nextCheck().toString());
      o.put("last_fetch", s.lastFetch() == null ? null : s.lastFetch().toString());
      if (s.lastStatus() == null) {
        o.putNull("last_status");
      } else {
        o.put("last_status", s.lastStatus());
      }
      o.put("last_error", s.lastError());
      o.put("error_count", s.errorCount());
      o.put("items_seen", s.itemsSeen());
    }
    ObjectNode o = JSON.createObjectNode();
    o.set("feeds", list);
    send(ctx, 200, o);
  }

  private void postArticle(Context ctx) {
    requireToken(ctx);
    String type = mediaType(ctx.contentType());
    boolean json = JSON_TYPES.contains(type) || JSONL_TYPES.contains(type);
    if (!json && !HTML_TYPES.contains(type) && !type.equals("text/plain") && !SNIFFED_TYPES.contains(type)) {
      throw new ApiError(415, "cannot take a body of type " + type + ": post an HTML page as text/html, an"
          + " article's text as text/plain, or documents as application/json (one, or a list) or"
          + " application/x-ndjson (one per line)");
    }
    String url = address(ctx);
    byte[] body = body(ctx);
    if (body.length == 0) {
      throw new ApiError(400, "the request body is empty: post an HTML page, an article's text or documents");
    }
    if (json) {
      postDocuments(ctx, type, url, body);
      return;
    }
    ArticleIntake.Read read;
    try {
      read = ArticleIntake.read(body, "the request body", null, url);
    } catch (InputException e) {
      throw new ApiError(400, e.getMessage());
    }
    if (read.documents().size() != 1) {
      throw new ApiError(400, "the request body holds " + read.documents().size() + " articles; post one at a time"
          + " (or several as JSON documents)");
    }
    Store.Insert in = store.insertArticle(ArticleIntake.article(read.documents().get(0), body,
        type.isEmpty() ? null : type, null));
    answer(ctx, in, read.warnings());
  }

  /**
   * Documents as the codec reads them: one (answered as one article), or a batch (a JSON array, several lines, or
   * JSONL) stored in one transaction and answered with each item's id. A bad item refuses the whole batch.
   */
  private void postDocuments(Context ctx, String type, String url, byte[] body) {
    if (url != null) {
      throw new ApiError(400, "a JSON document gives its address in its url field, not in ?url= or " + URL_HEADER);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(400, "the request body is not UTF-8 text");
    }
    List<Document> docs;
    try {
      docs = PrecisJson.readDocuments(text);
    } catch (SchemaException e) {
      throw new ApiError(400, "the request body is not a document or a list of documents: " + e.getMessage());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ApiError(400, "the request body is not JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new ApiError(400, "the request body could not be read as JSON (" + e.getMessage() + ")");
    }
    if (docs.isEmpty()) {
      throw new ApiError(400, "the request body holds no documents");
    }
    boolean batch = docs.size() > 1 || JSONL_TYPES.contains(type) || text.stripLeading().startsWith("[");
    List<NewArticle> articles = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).text().isBlank()) {
        throw new ApiError(400, "the request body is not a document or a list of documents: "
            + (batch ? "[" + i + "]." : "") + "text: empty (an article needs text)");
      }
      articles.add(ArticleIntake.article(docs.get(i), null, null, null));
    }
    if (!batch) {
      answer(ctx, store.insertArticle(articles.get(0)), List.of());
      return;
    }
    List<Store.Insert> stored = store.insertArticles(articles);
    ObjectNode o = JSON.createObjectNode();
    ArrayNode list = o.putArray("articles");
    for (int i = 0; i < stored.size(); i++) {
      ObjectNode item = list.addObject();
      item.put("document", docs.get(i).id());
      item.put("id", stored.get(i).id());
      item.put("created", stored.get(i).created());
    }
    send(ctx, stored.stream().anyMatch(Store.Insert::created) ? 201 : 200, o);
  }

  /** The answer for one article stored: 201 when it is new, else 200 with the existing id. */
  private static void answer(Context ctx, Store.Insert in, List<String> warningList) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", in.id());
    o.put("created", in.created());
    ArrayNode warnings = o.putArray("warnings");
    warningList.forEach(warnings::add);
    ctx.header("Location", "/api/articles/" + in.id());
    send(ctx, in.created() ? 201 : 200, o);
  }

  private void getArticle(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new ApiError(404, "no article " + id + " (ids are numbers)");
    }
    StoredArticle article = store.article(Long.parseLong(id))
        .orElseThrow(() -> new ApiError(404, "no article " + id));
    ctx.header("ETag", '"' + article.contentHash() + '"');
    ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(article.received().atZone(ZoneOffset.UTC)));
    ctx.status(200).contentType("application/json").result(PrecisJson.write(article.document()));
  }

  void requireToken(Context ctx) {
    if (token == null) {
      return;
    }
    String h = ctx.header("Authorization");
    boolean ok = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
        && MessageDigest.isEqual(h.substring(7).strip().getBytes(StandardCharsets.UTF_8), token);
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"precis\"");
      throw new ApiError(401, "writing needs the token from the server's configuration:"
          + " send the header 'Authorization: Bearer TOKEN'");
    }
  }

  /** The article's address from {@code ?url=} or the header; null when neither is given. */
  private static String address(Context ctx) {
    String url = ctx.queryParam("url");
    if (url == null || url.isBlank()) {
      url = ctx.header(URL_HEADER);
    }
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return u.toString();
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new ApiError(400, "the article's address must be an absolute http or https URL, not '" + url + "'");
  }

  /** The request body, refused (413) over the limit and (408) when it takes longer than the request timeout. */
  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw tooLarge(declared);
    }
    long deadline = System.nanoTime() + requestTimeout.toNanos();
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (out.size() + (long) n > maxBodyBytes) {
          throw tooLarge(-1);
        }
        out.write(buf, 0, n);
        if (System.nanoTime() > deadline) {
          throw new ApiError(408, "the request body took longer than " + requestTimeout.toSeconds() + " s to arrive");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ApiError(400, "the request body could not be read (" + e.getMessage() + ")");
    }
  }

  private ApiError tooLarge(long declared) {
    return new ApiError(413, "the request body is " + (declared >= 0 ? declared + " bytes" : "too large")
        + "; the limit is " + maxBodyBytes + " bytes (max_body_bytes in the configuration)");
  }

  /**
   * Answers for requests Jetty refuses before they reach a handler (a malformed or ambiguous URI, such as
   * {@code /../etc/passwd}; a body that stopped arriving): {@code {"error": ...}} unless the client asks for HTML,
   * and never a stack trace or a cause.
   */
  private static final class JettyErrors extends ErrorHandler {
    JettyErrors() {
      setShowStacks(false);
      setShowCauses(false);
      setShowMessageInTitle(false);
      setDefaultResponseMimeType("application/json");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
      ObjectNode o = JSON.createObjectNode();
      o.put("error", code + " " + (message == null || message.isBlank() ? HttpStatus.getMessage(code) : message));
      writer.write(o.toString());
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(Context ctx) {
    String t = ctx.res().getContentType();
    return t != null && t.startsWith("application/json");
  }

  private static void error(Context ctx, int status, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message);
    send(ctx, status, o);
  }

  private static void send(Context ctx, int status, ObjectNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
