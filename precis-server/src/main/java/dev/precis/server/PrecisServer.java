package dev.precis.server;

import dev.precis.Precis;
import dev.precis.server.feed.AllowedHosts;
import dev.precis.server.feed.FeedPoller;
import dev.precis.server.feed.PoliteFetcher;
import dev.precis.server.feed.PollingPolicy;
import dev.precis.server.store.FeedSpec;
import dev.precis.server.store.FeedState;
import dev.precis.server.store.Store;
import dev.precis.server.store.StoryStore;
import dev.precis.server.stories.StoreStoryViews;
import dev.precis.server.stories.StoryEventBus;
import dev.precis.server.stories.StoryEvents;
import dev.precis.server.stories.StoryUpdater;
import dev.precis.server.stories.StoryViews;
import io.javalin.Javalin;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The news-desk server: the {@link Store}, the {@link FeedPoller} and the {@link HttpApi}, started together and
 * stopped together. Front ends ({@code precis serve}) only parse options and call {@link #start}.
 */
public final class PrecisServer implements AutoCloseable {
  /**
   * @param bind the address to listen on (loopback by default)
   * @param port the port (0: any free one)
   * @param data the directory of the store
   * @param noAuth writes need no token (only allowed on loopback)
   * @param requestTimeout the longest a request may stay silent or take to send its body
   * @param storeBusyTimeout how long a write waits for a lock another process holds before answering 503
   */
  public record Options(String bind, int port, Path data, boolean noAuth, Duration requestTimeout,
      Duration storeBusyTimeout) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA = Path.of("precis-data");

    public Options {
      Objects.requireNonNull(bind, "bind");
      Objects.requireNonNull(data, "data");
    }

    public static Options of(String bind, int port, Path data, boolean noAuth) {
      return new Options(bind, port, data, noAuth, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }
  }

  private final Store store;
  private final FeedPoller poller;
  private final StoryUpdater updater;
  private final StoreStoryViews stories;
  private final StoryEventBus events;
  private final Javalin app;
  private final List<FeedState> feeds;

  private PrecisServer(Store store, FeedPoller poller, StoryUpdater updater, StoreStoryViews stories,
      StoryEventBus events, Javalin app, List<FeedState> feeds) {
    this.store = store;
    this.poller = poller;
    this.updater = updater;
    this.stories = stories;
    this.events = events;
    this.app = app;
    this.feeds = feeds;
  }

  /**
   * Opens the store, starts polling the configured feeds and starts listening.
   *
   * @param log where the server reports what goes wrong in the background (one line each)
   * @throws IllegalArgumentException for a configuration the server must not run with (write access without a
   *     token off loopback, an unknown address) or a data directory it cannot use
   */
  public static PrecisServer start(ServerConfig config, Options options, Clock clock, Consumer<String> log) {
    boolean loopback = isLoopback(options.bind());
    if (options.noAuth() && !loopback) {
      throw new IllegalArgumentException("--no-auth is allowed only on a loopback address (127.0.0.1, ::1,"
          + " localhost), not on --bind " + options.bind());
    }
    if (!options.noAuth() && config.token() == null) {
      throw new IllegalArgumentException("writing needs a bearer token: set \"token\" in the configuration file"
          + " (--config FILE), or serve on loopback with --no-auth");
    }
    Store store = Store.open(options.data(), options.storeBusyTimeout(), clock);
    FeedPoller poller = null;
    StoryUpdater updater = null;
    try {
      Precis precis = Precis.builder().build();
      StoryEventBus events = new StoryEventBus(log);
      StoreStoryViews stories = new StoreStoryViews(new StoryStore(store), precis);
      updater = StoryUpdater.start(store, precis, config.stories(), events, log);
      List<FeedState> feeds = store.syncFeeds(config.feeds());
      AllowedHosts allowed = new AllowedHosts(config.feeds().stream().map(FeedSpec::url).toList(),
          config.allowHosts());
      PoliteFetcher fetcher = new PoliteFetcher(allowed, new PoliteFetcher.Settings(userAgent(),
          Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), 10_000_000, 5));
      poller = new FeedPoller(store, fetcher, PollingPolicy.defaults(), clock, feeds, log);
      HttpApi api = new HttpApi(store, options.noAuth() ? null : config.token(), config.maxBodyBytes(),
          options.requestTimeout(), feeds, log, stories, updater);
      Javalin app = api.create(options.bind(), options.port());
      listen(app, options);
      if (!feeds.isEmpty()) {
        poller.start(2);
      }
      return new PrecisServer(store, poller, updater, stories, events, app, feeds);
    } catch (RuntimeException e) {
      if (poller != null) {
        poller.close();
      }
      if (updater != null) {
        updater.close();
      }
      store.close();
      throw e;
    }
  }

  private static void listen(Javalin app, Options options) {
    try {
      app.start();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException) {
          throw new IllegalArgumentException("cannot listen on " + options.bind() + " port " + options.port()
              + " (" + t.getMessage() + "); is another server using it?", e);
        }
      }
      throw e;
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  public Store store() {
    return store;
  }

  public List<FeedState> feeds() {
    return feeds;
  }

  /** What the pages read about stories. */
  public StoryViews stories() {
    return stories;
  }

  /** Where the pages hear that a story changed. */
  public StoryEvents events() {
    return events;
  }

  /** The story updater (its backlog, for tests and {@code /healthz}). */
  public StoryUpdater updater() {
    return updater;
  }

  /** The User-Agent the server fetches with. */
  static String userAgent() {
    String v = PrecisServer.class.getPackage().getImplementationVersion();
    return "Precis/" + (v == null ? "dev" : v) + " (news-desk feed reader)";
  }

  private static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind " + bind + ": not an address of this machine");
    }
  }

  /** Stops listening, stops polling and updating stories, then closes the store (queued writes finish first). */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      poller.close();
      updater.close();
      store.close();
    }
  }
}
