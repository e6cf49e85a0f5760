package dev.precis.server.web;

import dev.precis.server.store.FeedSpec;
import dev.precis.server.store.FeedState;
import java.util.List;

/** What the admin page shows and changes: the feeds the server polls. */
public interface FeedDesk {
  /** The polled feeds and their state, in the order they were added. */
  List<FeedState> feeds();

  /**
   * Stores a feed and starts polling it (and only it: its host becomes a contacted one); a feed already stored
   * with that address is returned unchanged.
   */
  FeedState add(FeedSpec spec);
}
