package dev.precis.server.stories;

import dev.precis.Precis;
import dev.precis.compare.StoryReport;
import dev.precis.json.PrecisJson;
import dev.precis.model.Story;
import dev.precis.model.SummarySentence;
import dev.precis.server.store.StoredArticle;
import dev.precis.server.store.StoryStore;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link StoryViews} over the store, as the {@link StoryUpdater} keeps it. Versions never change once stored, so
 * the parsed reports and computed update summaries of recent requests are kept in small caches.
 */
public final class StoreStoryViews implements StoryViews {
  /** The budget of an update summary: short, it tells only what is new. */
  public static final Budget UPDATE_BUDGET = Budget.words(60);
  private static final int CACHED = 256;

  private final StoryStore stories;
  private final Precis precis;
  private final Map<String, Version> versions = lru();
  private final Map<String, Update> updates = lru();

  public StoreStoryViews(StoryStore stories, Precis precis) {
    this.stories = stories;
    this.precis = precis;
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > CACHED;
      }
    };
  }

  @Override
  public List<Listing> stories(Filter f) {
    return listings(new StoryStore.Query(blankToNull(f.query()), blankToNull(f.outlet()), f.from(), f.to(),
        f.since(), null, f.limit(), f.offset()));
  }

  /** Shown stories whose latest version's change number is above {@code change}, in the order they changed. */
  public List<Listing> changedSince(long change, int limit) {
    return listings(new StoryStore.Query(null, null, null, null, null, change, limit, 0));
  }

  /** The highest change number of any story: what a client passes as {@code since} to hear only of later ones. */
  public long latestChange() {
    return stories.latestChange();
  }

  private List<Listing> listings(StoryStore.Query q) {
    List<Listing> out = new ArrayList<>();
    for (StoryStore.Row r : stories.list(q)) {
      out.add(new Listing(r.id(), r.version(), r.headline(), r.created(), r.updated(), r.articleCount(),
          stories.outletsOf(r.id()), stories.articleIdsOf(r.id())));
    }
    return out;
  }

  /** The stored form of a version (the latest when {@code version} is null), its report as the codec wrote it. */
  public Optional<StoryStore.StoredVersion> stored(long storyId, Integer version) {
    return stories.version(storyId, version);
  }

  @Override
  public Optional<Version> latest(long storyId) {
    return stories.version(storyId, null).map(this::parsed);
  }

  @Override
  public Optional<Version> version(long storyId, int version) {
    return stories.version(storyId, version).map(this::parsed);
  }

  private Version parsed(StoryStore.StoredVersion v) {
    String key = v.story() + "/" + v.version();
    synchronized (versions) {
      Version cached = versions.get(key);
      if (cached != null) {
        return cached;
      }
    }
    StoryReport report;
    try {
      report = PrecisJson.readReport(v.reportJson());
    } catch (IOException e) {
      throw new UncheckedIOException("story " + v.story() + " version " + v.version() + ": stored report unreadable",
          e);
    }
    Version parsed = new Version(v.story(), v.version(), v.created(), v.headline(), report, v.articleIds());
    synchronized (versions) {
      versions.put(key, parsed);
    }
    return parsed;
  }

  /**
   * The update summary ({@link Precis#update}) of the latest version's articles that version {@code since} did not
   * hold, for a reader who saw the summary of version {@code since} (nothing, for version 0 or below).
   */
  @Override
  public Optional<Update> updateSince(long storyId, int since) {
    Optional<StoryStore.StoredVersion> latest = stories.version(storyId, null);
    if (latest.isEmpty() || latest.get().version() <= since) {
      return Optional.empty();
    }
    StoryStore.StoredVersion now = latest.get();
    String key = storyId + "/" + since + "/" + now.version();
    synchronized (updates) {
      Update cached = updates.get(key);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Set<Long> before = new HashSet<>();
    List<String> seen = List.of();
    if (since > 0) {
      Optional<Version> old = version(storyId, since);
      if (old.isPresent()) {
        before.addAll(old.get().articleIds());
        seen = old.get().report().summary().sentences().stream().map(SummarySentence::text).toList();
      }
    }
    List<Long> fresh = now.articleIds().stream().filter(id -> !before.contains(id)).toList();
    List<StoredArticle> articles = stories.articles(now.articleIds());
    Story story = Story.of(Long.toString(storyId), articles.stream().map(StoredArticle::document).toList());
    StoryReport report = precis.update(story, fresh.stream().map(String::valueOf).toList(), seen, UPDATE_BUDGET);
    Update update = new Update(storyId, since, now.version(), fresh, report);
    synchronized (updates) {
      updates.put(key, update);
    }
    return Optional.of(update);
  }

  @Override
  public List<String> outlets() {
    return stories.outlets();
  }

  @Override
  public Optional<Long> storyOf(long articleId) {
    return stories.storyOf(articleId);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
