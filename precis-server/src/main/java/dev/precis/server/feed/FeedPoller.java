package dev.precis.server.feed;

import dev.precis.ingest.Format;
import dev.precis.ingest.InputException;
import dev.precis.model.Document;
import dev.precis.server.ArticleIntake;
import dev.precis.server.store.FeedState;
import dev.precis.server.store.NewArticle;
import dev.precis.server.store.Store;
import dev.precis.server.store.StoreUnavailableException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Polls the configured feeds and stores their new articles.
 *
 * <p>A feed is due when its stored next check has come ({@link Clock}, injectable). Polling it first stores its
 * next check as if the fetch were going to fail (the backoff for one more error), then fetches it with the
 * {@link PoliteFetcher} (conditional on its last {@code ETag}/{@code Last-Modified}), reads a new body as a feed with
 * the library's {@link dev.precis.ingest.DocumentReader} ({@link ArticleIntake}), optionally fetches each new item's page for its full text, and
 * stores the new articles and the feed's state in one transaction ({@link Store#recordFetch}), with the next check
 * the {@link PollingPolicy} gives. So a feed whose fetch hangs or crashes the process is not retried before its
 * backoff, and a restart resumes every feed where it was.
 */
public final class FeedPoller implements AutoCloseable {
  private static final Duration TICK = Duration.ofSeconds(1);

  private final Store store;
  private final PoliteFetcher fetcher;
  private final PollingPolicy policy;
  private final Clock clock;
  private final Set<Long> feedIds;
  private final Consumer<String> log;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  /**
   * @param feeds the configured feeds (as {@link Store#syncFeeds} returned them); no other is ever polled
   * @param log where a failed poll is reported (one line)
   */
  public FeedPoller(Store store, PoliteFetcher fetcher, PollingPolicy policy, Clock clock, List<FeedState> feeds,
      Consumer<String> log) {
    this.store = store;
    this.fetcher = fetcher;
    this.policy = policy;
    this.clock = clock;
    this.log = log;
    this.feedIds = ConcurrentHashMap.newKeySet();
    feeds.forEach(this::add);
  }

  /** Polls {@code feed} too from now on (a feed added while the server runs). */
  public void add(FeedState feed) {
    feedIds.add(feed.id());
  }

  /** Whether {@code feedId} is one of the feeds polled. */
  public boolean polls(long feedId) {
    return feedIds.contains(feedId);
  }

  /** The configured feeds that are due now. */
  public List<FeedState> due() {
    Instant now = clock.instant();
    List<FeedState> out = new ArrayList<>();
    for (FeedState f : store.feeds()) {
      if (feedIds.contains(f.id()) && !f.nextCheck().isAfter(now)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Polls every feed due now, one after another, on the calling thread; returns how many were polled. */
  public int pollDue() {
    List<FeedState> due = due();
    due.forEach(this::poll);
    return due.size();
  }

  /** Polls one feed now, whether due or not, and returns its new state. */
  public FeedState poll(FeedState f) {
    Instant now = clock.instant();
    store.scheduleNext(f.id(), now.plus(policy.afterError(f.interval(), f.errorCount() + 1, null)));
    PoliteFetcher.Response r;
    try {
      r = fetcher.get(f.url(), f.etag(), f.lastModified());
    } catch (FetchException e) {
      return failed(f, now, null, e.getMessage(), null);
    }
    Duration maxAge = PollingPolicy.maxAge(r.header("cache-control"));
    if (r.status() == 304) {
      Duration remembered = f.errorCount() == 0 ? f.currentInterval() : null;
      Duration interval = policy.afterSuccess(f.interval(), remembered, maxAge);
      return succeeded(f, now, r, interval, List.of());
    }
    if (r.status() < 200 || r.status() >= 300) {
      Duration retryAfter = r.status() == 429 || r.status() == 503
          ? PollingPolicy.retryAfter(r.header("retry-after"), now) : null;
      return failed(f, now, r.status(), "HTTP " + r.status() + " from " + r.uri(), retryAfter);
    }
    ArticleIntake.Read feed;
    try {
      feed = ArticleIntake.read(r.body(), f.url().toString(), Format.FEED, null);
    } catch (InputException e) {
      return failed(f, now, r.status(), e.getMessage(), null);
    }
    List<NewArticle> items = new ArrayList<>();
    for (Document d : feed.documents()) {
      items.add(item(f, d));
    }
    Duration interval = policy.afterSuccess(f.interval(), FeedTtl.of(r.body()), maxAge);
    return succeeded(f, now, r, interval, items);
  }

  /** A feed item as an article; its page's full text when the feed asks for it and the page is not stored yet. */
  private NewArticle item(FeedState f, Document d) {
    NewArticle fromFeed = ArticleIntake.article(d, null, null, f.id());
    if (!f.fetchPages() || d.url() == null || store.articleIdByUrl(d.url()).isPresent()) {
      return fromFeed;
    }
    try {
      PoliteFetcher.Response page = fetcher.get(new URI(d.url()), null, null);
      if (page.status() != 200) {
        log.accept(d.url() + ": HTTP " + page.status() + "; the feed's text is kept");
        return fromFeed;
      }
      ArticleIntake.Read read = ArticleIntake.read(page.body(), d.url(), null, d.url());
      if (read.documents().size() != 1) {
        return fromFeed;
      }
      Document p = read.documents().get(0);
      Document merged = new Document(d.id(), either(p.title(), d.title()), either(p.source(), d.source()), d.url(),
          either(p.date(), d.date()), p.text(), either(p.language(), d.language()), either(p.author(), d.author()));
      return ArticleIntake.article(merged, page.body(), page.header("content-type"), f.id());
    } catch (FetchException | InputException | URISyntaxException e) {
      log.accept(d.url() + ": " + e.getMessage() + "; the feed's text is kept");
      return fromFeed;
    }
  }

  /** What the page says, else what the feed said. */
  private static <T> T either(T fromPage, T fromFeed) {
    return fromPage != null ? fromPage : fromFeed;
  }

  private FeedState succeeded(FeedState f, Instant now, PoliteFetcher.Response r, Duration interval,
      List<NewArticle> items) {
    String etag = r.header("etag") != null ? r.header("etag") : r.status() == 304 ? f.etag() : null;
    String modified = r.header("last-modified") != null ? r.header("last-modified")
        : r.status() == 304 ? f.lastModified() : null;
    FeedState s = new FeedState(f.id(), f.url(), f.fetchPages(), f.interval(), now.plus(interval), now,
        r.status(), null, 0, f.itemsSeen(), etag, modified, interval);
    store.recordFetch(s, items);
    return store.feed(f.id()).orElse(s);
  }

  private FeedState failed(FeedState f, Instant now, Integer status, String error, Duration retryAfter) {
    int errors = f.errorCount() + 1;
    Duration interval = policy.afterError(f.interval(), errors, retryAfter);
    FeedState s = new FeedState(f.id(), f.url(), f.fetchPages(), f.interval(), now.plus(interval), now, status,
        error, errors, f.itemsSeen(), f.etag(), f.lastModified(), interval);
    store.recordFetch(s, List.of());
    log.accept("feed " + f.url() + ": " + error + "; next try in " + interval.toSeconds() + " s");
    return s;
  }

  /** Polls due feeds in the background: a check every second, at most {@code threads} feeds at once. */
  public synchronized void start(int threads) {
    if (ticker != null) {
      return;
    }
    workers = Executors.newFixedThreadPool(threads, daemon("precis-feed"));
    ticker = Executors.newSingleThreadScheduledExecutor(daemon("precis-feed-clock"));
    ticker.scheduleWithFixedDelay(this::submitDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void submitDue() {
    try {
      for (FeedState f : due()) {
        if (inFlight.add(f.id())) {
          workers.submit(() -> {
            try {
              poll(f);
            } catch (StoreUnavailableException e) {
              log.accept("feed " + f.url() + ": " + e.getMessage());
            } catch (RuntimeException e) {
              log.accept("feed " + f.url() + ": failed (" + e + ")");
            } finally {
              inFlight.remove(f.id());
            }
          });
        }
      }
    } catch (RuntimeException e) {
      log.accept("feeds: " + e.getMessage());
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      workers.shutdownNow();
      try {
        workers.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ticker = null;
    }
  }
}
