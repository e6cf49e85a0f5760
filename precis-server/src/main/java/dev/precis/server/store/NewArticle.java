package dev.precis.server.store;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An article to store: the fields ingest read, the raw form it was received in, and the feed it came from.
 *
 * @param url address, or null
 * @param title headline, or null
 * @param source outlet, or null
 * @param author byline, or null
 * @param language ISO 639-1 code, or null
 * @param published publication date and time in the outlet's local time, or null
 * @param text the cleaned text (what every offset refers to)
 * @param raw the bytes as received (a page, a feed item's text), or null
 * @param rawType their media type, or null
 * @param feedId the feed it came from, or null
 */
public record NewArticle(String url, String title, String source, String author, String language,
    LocalDateTime published, String text, byte[] raw, String rawType, Long feedId) {
  public NewArticle {
    Objects.requireNonNull(text, "text");
  }
}
