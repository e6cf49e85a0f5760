package dev.precis.server.web;

import dev.precis.server.stories.StoryEvents;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The story pages last made, so that a story many readers open is made once per version: at most {@code capacity}
 * pages, the least recently asked for dropped first. A story's pages are dropped when it gets a new version
 * ({@link StoryEvents}), and a page made from an older version than the newest announced is never kept or given.
 */
final class PageCache {
  private record Key(long story, int since) {}

  private record Page(int version, String html) {}

  private final int capacity;
  private final Map<Long, Integer> newest = new HashMap<>();
  private final LinkedHashMap<Key, Page> pages;

  PageCache(int capacity) {
    this.capacity = capacity;
    this.pages = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
        return size() > PageCache.this.capacity;
      }
    };
  }

  /** The page of {@code story} (with what is new since {@code since}, or 0), if kept and current. */
  synchronized String get(long story, int since) {
    Page p = pages.get(new Key(story, since));
    return p == null || p.version() < newest.getOrDefault(story, 0) ? null : p.html();
  }

  /** Keeps a page made from {@code version}, unless a newer version has been announced meanwhile. */
  synchronized void put(long story, int since, int version, String html) {
    if (version >= newest.getOrDefault(story, 0)) {
      pages.put(new Key(story, since), new Page(version, html));
    }
  }

  /** A story got a new version: its pages are out of date. */
  synchronized void changed(StoryEvents.Changed c) {
    newest.merge(c.storyId(), c.version(), Math::max);
    pages.keySet().removeIf(k -> k.story() == c.storyId());
  }
}
