package dev.precis.server.web;

import dev.precis.server.store.FeedSpec;
import dev.precis.server.store.FeedState;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The web pages alone on a loopback port, over {@link FakeStories} and feeds in memory. */
final class TestSite implements AutoCloseable {
  static final String TOKEN = "web-test-token-0123456789";

  final FakeStories stories;
  final List<FeedState> feeds = new CopyOnWriteArrayList<>();
  final List<String> log = new CopyOnWriteArrayList<>();
  private final Javalin app;

  TestSite(FakeStories stories) {
    this.stories = stories;
    FeedDesk desk = new FeedDesk() {
      @Override
      public List<FeedState> feeds() {
        return List.copyOf(feeds);
      }

      @Override
      public FeedState add(FeedSpec spec) {
        FeedState s = new FeedState(feeds.size() + 1, spec.url(), spec.fetchPages(), spec.interval(), Instant.now(),
            null, null, null, 0, 0, null, null, null);
        feeds.add(s);
        return s;
      }
    };
    WebPages pages = new WebPages(stories, stories, desk, TOKEN, log::add);
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jetty.host = "127.0.0.1";
      cfg.jetty.port = 0;
      pages.register(cfg);
    }).start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  @Override
  public void close() {
    app.stop();
  }
}
