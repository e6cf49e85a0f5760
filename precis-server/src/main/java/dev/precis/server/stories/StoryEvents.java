package dev.precis.server.stories;

import java.util.function.Consumer;

/**
 * Tells listeners (the pages' live refresh over server-sent events) when a story gets a new version. Listeners
 * are called off the request threads and must not block.
 */
public interface StoryEvents {
  /** A story's new version has been stored. */
  record Changed(long storyId, int version) {}

  /** Registers a listener; closing the returned handle unregisters it. */
  AutoCloseable subscribe(Consumer<Changed> listener);
}
