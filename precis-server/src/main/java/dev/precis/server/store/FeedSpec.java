package dev.precis.server.store;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A feed as configured.
 *
 * @param url its address (http or https)
 * @param fetchPages whether each item's page is fetched for its full text
 * @param interval how often to poll it when it asks for nothing longer
 */
public record FeedSpec(URI url, boolean fetchPages, Duration interval) {
  public FeedSpec {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
  }
}
