package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.stories.StoryEvents;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  @Test
  void keepsPagesUntilTheirStoryChangesAndNeverAPageOlderThanTheNewestVersion() {
    PageCache cache = new PageCache(2);
    cache.put(1, 0, 1, "story 1 v1");
    cache.put(1, 1, 1, "story 1 v1 since 1");
    assertThat(cache.get(1, 0)).isEqualTo("story 1 v1");
    assertThat(cache.get(1, 1)).isEqualTo("story 1 v1 since 1");
    assertThat(cache.get(2, 0)).isNull();

    cache.changed(new StoryEvents.Changed(1, 2));
    assertThat(cache.get(1, 0)).isNull();
    assertThat(cache.get(1, 1)).isNull();
    cache.put(1, 0, 1, "made from version 1 while version 2 was stored");
    assertThat(cache.get(1, 0)).isNull();
    cache.put(1, 0, 2, "story 1 v2");
    assertThat(cache.get(1, 0)).isEqualTo("story 1 v2");
  }

  @Test
  void dropsTheLeastRecentlyAskedForPageBeyondItsCapacity() {
    PageCache cache = new PageCache(2);
    cache.put(1, 0, 1, "one");
    cache.put(2, 0, 1, "two");
    assertThat(cache.get(1, 0)).isEqualTo("one");
    cache.put(3, 0, 1, "three");
    assertThat(cache.get(2, 0)).isNull();
    assertThat(cache.get(1, 0)).isEqualTo("one");
    assertThat(cache.get(3, 0)).isEqualTo("three");
  }
}
