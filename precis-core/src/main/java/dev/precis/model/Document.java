package dev.precis.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One article. {@code text} is the cleaned text: every offset Precis reports refers to it.
 *
 * @param id stable identifier, unique within a story
 * @param title headline, or null
 * @param source outlet name, or null
 * @param url canonical address, or null
 * @param date publication date and time, or null when unknown
 * @param text cleaned article text, paragraphs separated by blank lines
 */
public record Document(String id, String title, String source, String url, LocalDateTime date, String text) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public static Document of(String id, String text) {
    return new Document(id, null, null, null, null, text);
  }

  /** A copy with other text, all metadata kept. */
  public Document withText(String newText) {
    return new Document(id, title, source, url, date, newText);
  }
}
