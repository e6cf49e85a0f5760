package dev.precis.server.store;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A configured feed and its polling state, as stored (and so resumed after a restart).
 *
 * @param id the feed's row id
 * @param url its address
 * @param fetchPages whether each item's page is fetched for its full text
 * @param interval the configured polling interval
 * @param nextCheck when it is next due
 * @param lastFetch when it was last fetched (whatever the outcome), or null
 * @param lastStatus HTTP status of the last fetch, or null (none yet, or no answer)
 * @param lastError what went wrong last time, or null when the last fetch succeeded
 * @param errorCount failed fetches in a row
 * @param itemsSeen articles stored from this feed so far
 * @param etag the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, or null
 * @param currentInterval the interval in force (configured, or what the feed asked for, or the backoff), or null
 */
public record FeedState(long id, URI url, boolean fetchPages, Duration interval, Instant nextCheck,
    Instant lastFetch, Integer lastStatus, String lastError, int errorCount, long itemsSeen, String etag,
    String lastModified, Duration currentInterval) {}
