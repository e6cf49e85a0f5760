package dev.precis.server.store;

import java.time.Instant;
import java.time.LocalDateTime;

/** An article as stored; see {@link NewArticle} for the fields. {@code contentHash} is the SHA-256 of the text. */
public record StoredArticle(long id, String url, String contentHash, String title, String source, String author,
    String language, LocalDateTime published, String text, String rawType, Long feedId, Instant received) {}
