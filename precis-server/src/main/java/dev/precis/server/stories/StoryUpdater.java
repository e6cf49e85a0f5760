package dev.precis.server.stories;

import dev.precis.Precis;
import dev.precis.analyze.Headline;
import dev.precis.cluster.StoryClusterer;
import dev.precis.cluster.StoryClusterers;
import dev.precis.compare.StoryReport;
import dev.precis.json.PrecisJson;
import dev.precis.model.Story;
import dev.precis.server.ServerConfig.StorySettings;
import dev.precis.server.store.Store;
import dev.precis.server.store.StoredArticle;
import dev.precis.server.store.StoryStore;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the stories current, off the request threads.
 *
 * <ul>
 *   <li><b>Clustering</b>, on one thread: every stored article, in the order it was stored, is put into a story
 *       by the library's default {@link StoryClusterer} (window from the configuration), and its story is recorded
 *       with how far the clusterer has read, in one transaction. The store's commit of new articles wakes it.
 *   <li><b>Summaries</b>, on their own threads ({@link StorySettings#summaryThreads()}), debounced: a story that
 *       received articles is recomputed once none has joined it for {@link StorySettings#quiet()}, or at the
 *       latest {@link StorySettings#maxDelay()} after the first, and only once it has articles from
 *       {@link StorySettings#minOutlets()} outlets. Its cited summary and
 *       cross-source report ({@link Precis#report}) and its {@link Headline} are stored as a new version, then
 *       {@link StoryEvents.Changed} is published.
 *   <li><b>Restart</b> (after a clean stop or a kill): the clusterer's open state is rebuilt by replaying the
 *       stored articles of the window in order; articles not yet clustered are then clustered; stories whose
 *       latest version lacks their newest article are recomputed at once.
 * </ul>
 */
public final class StoryUpdater implements AutoCloseable {
  /** Articles read and placed per transaction. */
  static final int BATCH = 500;

  private record Pending(long first, long last) {}

  private final Store store;
  private final StoryStore stories;
  private final Precis precis;
  private final StorySettings settings;
  private final StoryEventBus events;
  private final Consumer<String> log;
  private final Thread clustering;
  private final ScheduledExecutorService summaries;
  private final Object wake = new Object();
  private final Map<Long, Pending> pending = new LinkedHashMap<>();
  private final Set<Long> computing = new HashSet<>();
  private boolean signalled;
  private volatile boolean closed;
  private volatile long through = -1;

  // owned by the clustering thread
  private StoryClusterer clusterer;
  private final Map<String, Long> storyIds = new HashMap<>();

  private StoryUpdater(Store store, Precis precis, StorySettings settings, StoryEventBus events,
      Consumer<String> log) {
    this.store = store;
    this.stories = new StoryStore(store);
    this.precis = precis;
    this.settings = settings;
    this.events = events;
    this.log = log;
    this.clustering = new Thread(this::cluster, "precis-story-clusterer");
    this.clustering.setDaemon(true);
    this.summaries = Executors.newScheduledThreadPool(settings.summaryThreads(), task -> {
      Thread t = new Thread(task, "precis-story-summaries");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts both threads; the store's new articles wake the clusterer from now on. */
  public static StoryUpdater start(Store store, Precis precis, StorySettings settings, StoryEventBus events,
      Consumer<String> log) {
    StoryUpdater u = new StoryUpdater(store, precis, settings, events, log);
    store.onNewArticles(u::signal);
    u.clustering.start();
    long tick = Math.max(10, Math.min(250, settings.quiet().toMillis() / 4));
    for (int i = 0; i < settings.summaryThreads(); i++) {
      u.summaries.scheduleWithFixedDelay(u::summarizeDue, tick, tick, TimeUnit.MILLISECONDS);
    }
    return u;
  }

  /** Wakes the clusterer: new articles were committed. */
  private void signal() {
    synchronized (wake) {
      signalled = true;
      wake.notifyAll();
    }
  }

  /**
   * Whether all work is done: every stored article is clustered and no story waits for its summary. For tests
   * and the benchmark (through {@code /healthz}).
   */
  public boolean idle() {
    synchronized (pending) {
      if (!pending.isEmpty() || !computing.isEmpty()) {
        return false;
      }
    }
    return through >= 0 && through >= stories.newestArticle();
  }

  /** Stories waiting for a new version. */
  public int pendingStories() {
    synchronized (pending) {
      return pending.size() + computing.size();
    }
  }

  /** The id of the last article clustered (-1 while the clusterer's state is being rebuilt). */
  public long clusteredThrough() {
    return through;
  }

  // ------------------------------------------------------------------------------------------ clustering

  private void cluster() {
    while (!closed) {
      try {
        if (clusterer == null) {
          rebuild();
        }
        List<StoredArticle> batch = stories.articlesAfter(through, BATCH);
        if (batch.isEmpty()) {
          awaitSignal();
        } else {
          place(batch);
        }
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        log.accept("story clustering failed, retrying in 1 s: " + e.getMessage());
        clusterer = null;
        sleep(1000);
      }
    }
  }

  /** Rebuilds the clusterer's open state by replaying the stored articles of the window, in order. */
  private void rebuild() {
    through = -1;
    StoryClusterer c = StoryClusterers.create(StoryClusterers.DEFAULT,
        Map.of("window", Double.toString(settings.windowDays())));
    storyIds.clear();
    long last = stories.clusteredThrough();
    List<StoryStore.Member> members = stories.membersUpTo(last, c.options().horizon());
    LocalDateTime newest = members.stream().map(m -> m.article().published()).filter(Objects::nonNull)
        .max(LocalDateTime::compareTo).orElse(null);
    LocalDateTime oldest = newest == null ? null
        : newest.minusSeconds(Math.round(settings.windowDays() * 86_400));
    for (StoryStore.Member m : members) {
      LocalDateTime date = m.article().published();
      if (oldest == null || date == null || !date.isBefore(oldest)) {
        storyIds.putIfAbsent(c.assign(m.article().document()).story(), m.story());
      }
    }
    clusterer = c;
    through = last;
    long overdue = System.nanoTime() - settings.maxDelay().toNanos();
    for (long story : stories.stale(settings.minOutlets())) {
      touch(story, overdue);
    }
  }

  private void place(List<StoredArticle> batch) {
    List<StoryStore.Placement> placements = new ArrayList<>(batch.size());
    Map<String, Integer> opened = new LinkedHashMap<>();
    for (StoredArticle a : batch) {
      StoryClusterer.Assignment to = clusterer.assign(a.document());
      Long story = storyIds.get(to.story());
      int key = story == null ? opened.computeIfAbsent(to.story(), k -> opened.size()) : -1;
      placements.add(new StoryStore.Placement(a.id(), a.document().outlet(), story, key));
    }
    long last = batch.get(batch.size() - 1).id();
    Map<Integer, Long> ids = stories.place(placements, last);
    opened.forEach((clusterStory, key) -> storyIds.put(clusterStory, ids.get(key)));
    if (storyIds.size() > 2 * clusterer.openStories() + 1024) {
      // the window closed these stories: no article joins them again, so their mapping can go
      storyIds.keySet().removeIf(clusterStory -> !clusterer.isOpen(clusterStory));
    }
    through = last;
    long now = System.nanoTime();
    Set<Long> touched = new HashSet<>();
    for (StoryStore.Placement p : placements) {
      touched.add(p.story() != null ? p.story() : ids.get(p.newStory()));
    }
    touched.forEach(story -> touch(story, now));
  }

  private void awaitSignal() {
    synchronized (wake) {
      if (!signalled && !closed) {
        try {
          wake.wait(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          closed = true;
        }
      }
      signalled = false;
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  // ------------------------------------------------------------------------------------------- summaries

  /** Marks a story as needing a new version; {@code first} counts only for a story not marked already. */
  private void touch(long story, long first) {
    long now = System.nanoTime();
    synchronized (pending) {
      pending.merge(story, new Pending(first, now), (old, x) -> new Pending(old.first(), now));
    }
  }

  /**
   * Recomputes every story that is due, one at a time; each summary thread runs this, and a story being recomputed
   * by one is left to it (it is recomputed again later if articles joined meanwhile).
   */
  private void summarizeDue() {
    while (!closed) {
      Long due = null;
      synchronized (pending) {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Long, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
          Map.Entry<Long, Pending> e = it.next();
          Pending p = e.getValue();
          boolean ready = now - p.last() >= settings.quiet().toNanos()
              || now - p.first() >= settings.maxDelay().toNanos();
          if (ready && !computing.contains(e.getKey())) {
            due = e.getKey();
            it.remove();
            computing.add(due);
            break;
          }
        }
      }
      if (due == null) {
        return;
      }
      try {
        recompute(due);
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        log.accept("story " + due + ": cannot store a new version, retrying: " + e);
        touch(due, System.nanoTime());
        return;
      } finally {
        synchronized (pending) {
          computing.remove(due);
        }
      }
    }
  }

  private void recompute(long story) {
    if (stories.outletCount(story) < settings.minOutlets()) {
      return;
    }
    List<StoredArticle> articles = stories.articlesOf(story);
    StoryReport report = precis.report(Story.of(Long.toString(story),
        articles.stream().map(StoredArticle::document).toList()));
    StoryStore.StoredVersion v = stories.addVersion(story, PrecisJson.write(report),
        articles.stream().map(StoredArticle::id).toList(), headline(report, story), settings.minOutlets());
    events.publish(new StoryEvents.Changed(story, v.version()));
  }

  /** The headline a version of story {@code story} is listed under: its report's, else "Story" and the id. */
  public static String headline(StoryReport report, long story) {
    String headline = Headline.of(report.story());
    return headline.isEmpty() ? "Story " + story : headline;
  }

  /** Stops both threads; work not done is done after the next start. */
  @Override
  public void close() {
    closed = true;
    store.onNewArticles(() -> { });
    signal();
    clustering.interrupt();
    summaries.shutdown();
    try {
      clustering.join(10_000);
      if (!summaries.awaitTermination(30, TimeUnit.SECONDS)) {
        summaries.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
