package dev.precis.server.web;

import dev.precis.render.report.HtmlReportRenderer;
import dev.precis.server.store.FeedSpec;
import dev.precis.server.store.StoreUnavailableException;
import dev.precis.server.stories.StoryEvents;
import dev.precis.server.stories.StoryViews;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The news desk's web pages, server-rendered from {@link StoryViews}: they work without JavaScript, and the
 * page's own script (a file of this server) adds live refresh, "new since your last visit" from the browser's
 * storage and keyboard navigation.
 *
 * <ul>
 *   <li>{@code GET /}: stories, newest update first; search, outlet and date filters, pages of {@value
 *       StoryPages#PAGE_SIZE};
 *   <li>{@code GET /stories/{id}[?since=V]}: a story's cited summary, its cross-source report with the article
 *       texts, its sources, and what is new since version V;
 *   <li>{@code GET /stories/{id}/events}: server-sent events {@code version} (data: the story's latest version), one
 *       on connecting and one per new version;
 *   <li>{@code GET /admin/feeds}, {@code POST /admin/feeds}: the feeds' state, and adding one (with the token);
 *   <li>{@code /assets/...}: the style sheet and the scripts.
 * </ul>
 *
 * <p>Every answer of the server (pages, assets, API) carries {@link #CSP} and the other {@link #HEADERS}: nothing
 * runs but this server's own script files, nothing loads from elsewhere, no page can be framed.
 */
public final class WebPages implements AutoCloseable {
  static final String CSS = "/assets/precis.css";
  static final String PAGE_JS = "/assets/precis.js";
  static final String REPORT_JS = "/assets/report.js";
  /** The request attribute that says a page has been written. */
  private static final String PAGE = "precis.page";

  /** The Content-Security-Policy of every answer. */
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
      + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The security headers of every answer. */
  public static final List<String[]> HEADERS = List.of(new String[] {"Content-Security-Policy", CSP},
      new String[] {"X-Content-Type-Options", "nosniff"}, new String[] {"Referrer-Policy", "no-referrer"},
      new String[] {"X-Frame-Options", "DENY"}, new String[] {"Cross-Origin-Opener-Policy", "same-origin"});

  private final StoryViews views;
  private final FeedDesk feeds;
  private final byte[] token;
  private final Consumer<String> log;
  private final LiveRefresh live;
  private final PageCache cache = new PageCache(64);
  private final AutoCloseable cacheSubscription;
  private final String css;
  private final String pageJs;

  /**
   * @param token the token adding a feed needs, or null when writes need none ({@code --no-auth} on loopback)
   * @param log where a page that failed is reported (one line)
   */
  public WebPages(StoryViews views, StoryEvents events, FeedDesk feeds, String token, Consumer<String> log) {
    this.views = views;
    this.feeds = feeds;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.log = log;
    this.live = new LiveRefresh(views, events, Duration.ofSeconds(15), log);
    this.cacheSubscription = events.subscribe(cache::changed);
    this.css = HtmlReportRenderer.style() + resource("precis.css");
    this.pageJs = resource("precis.js");
  }

  /** Adds the pages to a Javalin configuration (after the API's routes, which take precedence). */
  public void register(JavalinConfig cfg) {
    cfg.routes.before(ctx -> HEADERS.forEach(h -> ctx.header(h[0], h[1])));
    cfg.routes.get("/", page(this::front));
    cfg.routes.get("/stories/{id}", page(this::story));
    cfg.routes.sse("/stories/{id}/events", live::connect);
    cfg.routes.get("/admin/feeds", page(ctx -> adminPage(ctx, null, false, null, 200)));
    cfg.routes.post("/admin/feeds", page(this::addFeed));
    cfg.routes.get(CSS, ctx -> asset(ctx, "text/css", css));
    cfg.routes.get(PAGE_JS, ctx -> asset(ctx, "text/javascript", pageJs));
    cfg.routes.get(REPORT_JS, ctx -> asset(ctx, "text/javascript", HtmlReportRenderer.script()));
    cfg.routes.get("/favicon.ico", ctx -> ctx.status(204)); // browsers ask; no icon, and no 404 in their console
    cfg.routes.error(404, "html", ctx -> {
      if (!answered(ctx) && wantsPage(ctx)) {
        notFound(ctx, "There is no page at " + ctx.path() + ".");
      }
    });
    cfg.events.serverStopping(this::close);
  }

  /** Stops the live refresh (its connections and thread) and the cache's subscription; done on stopping. */
  @Override
  public void close() {
    try {
      cacheSubscription.close();
    } catch (Exception e) {
      log.accept("web pages: " + e);
    }
    live.close();
  }

  // ------------------------------------------------------------------------------------------------- pages

  private void front(Context ctx) {
    String q = blankToNull(ctx.queryParam("q"));
    String outlet = blankToNull(ctx.queryParam("outlet"));
    String from = blankToNull(ctx.queryParam("from"));
    String to = blankToNull(ctx.queryParam("to"));
    String problem = null;
    LocalDate fromDay = null;
    LocalDate toDay = null;
    int page = 1;
    try {
      fromDay = day(from, "from");
      toDay = day(to, "to");
      page = pageNumber(ctx.queryParam("page"));
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
    }
    StoryPages.Query query = new StoryPages.Query(q, outlet, from, to, page);
    List<StoryViews.Listing> found = problem != null ? List.of() : views.stories(new StoryViews.Filter(q, outlet,
        fromDay, toDay, null, StoryPages.PAGE_SIZE + 1, (page - 1) * StoryPages.PAGE_SIZE));
    html(ctx, problem == null ? 200 : 400, StoryPages.front(query, found, views.outlets(), problem));
  }

  private static LocalDate day(String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + value + "\" in " + field + " is not a day: write it as YYYY-MM-DD.");
    }
  }

  private static int pageNumber(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < 1) {
      throw new IllegalArgumentException("\"" + value + "\" is not a page number.");
    }
    return Integer.parseInt(value);
  }

  private void story(Context ctx) {
    long id = storyId(ctx.pathParam("id"));
    String since = ctx.queryParam("since");
    int from = 0;
    if (since != null && !since.isBlank()) {
      if (!since.matches("[0-9]{1,9}") || Integer.parseInt(since) < 1) {
        html(ctx, 400, message("Not a version", "\"" + since + "\" in since is not a version number (1, 2, ...)."));
        return;
      }
      from = Integer.parseInt(since);
    }
    String kept = id < 0 ? null : cache.get(id, from);
    if (kept != null) {
      html(ctx, 200, kept);
      return;
    }
    Optional<StoryViews.Version> v = id < 0 ? Optional.empty() : views.latest(id);
    if (v.isEmpty()) {
      notFound(ctx, "There is no story " + ctx.pathParam("id") + ".");
      return;
    }
    StoryViews.Update update = from > 0 ? views.updateSince(id, from).orElse(null) : null;
    String page = StoryPages.story(v.get(), from, update);
    cache.put(id, from, v.get().version(), page);
    html(ctx, 200, page);
  }

  /** A story id from a path, or -1 when it is not one. */
  static long storyId(String text) {
    return text != null && text.matches("[0-9]{1,18}") ? Long.parseLong(text) : -1;
  }

  private void adminPage(Context ctx, String message, boolean problem, String typedUrl, int status) {
    html(ctx, status, FeedPage.html(feeds.feeds(), message, problem, token != null, typedUrl));
  }

  private void addFeed(Context ctx) {
    String url = blankToNull(ctx.formParam("url"));
    if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
      adminPage(ctx, "Feeds are added from this page only.", true, null, 403);
      return;
    }
    if (token != null) {
      String given = ctx.formParam("token");
      if (given == null || !MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), token)) {
        adminPage(ctx, "Adding a feed needs the server's token (\"token\" in its configuration).", true, url, 401);
        return;
      }
    }
    URI address;
    try {
      address = feedAddress(url);
    } catch (IllegalArgumentException e) {
      adminPage(ctx, e.getMessage(), true, url, 400);
      return;
    }
    String minutes = blankToNull(ctx.formParam("interval_minutes"));
    if (minutes != null && (!minutes.matches("[0-9]{1,4}") || Integer.parseInt(minutes) < 1
        || Integer.parseInt(minutes) > 1440)) {
      adminPage(ctx, "The interval must be a whole number of minutes from 1 to 1440, not \"" + minutes + "\".", true,
          url, 400);
      return;
    }
    Duration interval = Duration.ofMinutes(minutes == null ? 15 : Integer.parseInt(minutes));
    var added = feeds.add(new FeedSpec(address, "on".equals(ctx.formParam("fetch_pages")), interval));
    log.accept("feed added on the admin page: " + added.url());
    ctx.redirect("/admin/feeds?added=" + added.id(), HttpStatus.SEE_OTHER);
  }

  /** A feed's address: an absolute http(s) URL with a host. */
  static URI feedAddress(String url) {
    if (url == null) {
      throw new IllegalArgumentException("Give the feed's address.");
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && u.getRawUserInfo() == null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new IllegalArgumentException("\"" + url + "\" is not a feed address: give an http or https URL.");
  }

  // ------------------------------------------------------------------------------------------- plumbing

  /** A handler whose failures become an HTML page with a message, never a stack trace. */
  private Handler page(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (StoreUnavailableException e) {
        ctx.header("Retry-After", "5");
        html(ctx, 503, message("Unavailable", e.getMessage()));
      } catch (RuntimeException e) {
        log.accept(ctx.method() + " " + ctx.path() + ": " + e);
        html(ctx, 500, message("Something went wrong", "The page could not be made; the server logged why."));
      }
    };
  }

  private static void notFound(Context ctx, String text) {
    html(ctx, 404, message("Not found", text + " Stories are listed on the front page."));
  }

  private static String message(String title, String text) {
    return Layout.page(title, "<h1>" + Layout.esc(title) + "</h1>\n<p class=\"problem\">" + Layout.esc(text)
        + "</p>\n<p><a href=\"/\">All stories</a></p>\n");
  }

  private static void html(Context ctx, int status, String page) {
    ctx.attribute(PAGE, Boolean.TRUE);
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }

  /** Whether a handler has written the answer already (the API's JSON, or a page), so an error handler must not. */
  public static boolean answered(Context ctx) {
    String t = ctx.res().getContentType();
    return ctx.attribute(PAGE) != null || t != null && t.startsWith("application/json");
  }

  /** Whether an error is answered with a page rather than JSON: a browser asking for a path outside the API. */
  public static boolean wantsPage(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html") && !ctx.path().startsWith("/api/");
  }

  private static void asset(Context ctx, String type, String body) {
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.status(200).contentType(type + "; charset=utf-8").result(body);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String resource(String name) {
    try (InputStream in = WebPages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
