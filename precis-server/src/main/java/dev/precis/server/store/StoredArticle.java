package dev.precis.server.store;

import dev.precis.model.Document;
import java.time.Instant;
import java.time.LocalDateTime;

/** An article as stored; see {@link NewArticle} for the fields. {@code contentHash} is the SHA-256 of the text. */
public record StoredArticle(long id, String url, String contentHash, String title, String source, String author,
    String language, LocalDateTime published, String text, String rawType, Long feedId, Instant received) {

  /** The article as a document of the library, its id the store's (as a string). */
  public Document document() {
    return new Document(Long.toString(id), title, source, url, published, text, language, author);
  }
}
