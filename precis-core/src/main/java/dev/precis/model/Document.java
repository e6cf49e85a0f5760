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
 * @param language ISO 639-1 code the article declares (HTML {@code lang}, JSON-LD {@code inLanguage}, a feed's
 *     language), or null when it declares none
 * @param author the byline's names as the page gives them (JSON-LD {@code author}, {@code <meta name=author>}, a
 *     feed item's author), or null
 */
public record Document(String id, String title, String source, String url, LocalDateTime date, String text,
    String language, String author) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** An article without language or author. */
  public Document(String id, String title, String source, String url, LocalDateTime date, String text) {
    this(id, title, source, url, date, text, null, null);
  }

  public static Document of(String id, String text) {
    return new Document(id, null, null, null, null, text);
  }

  /** The outlet: its source on one line, or its id when the source is unknown. */
  public String outlet() {
    return source == null || source.isBlank() ? id : source.strip().replaceAll("\\s+", " ");
  }

  /** A copy with other text, all metadata kept. */
  public Document withText(String newText) {
    return new Document(id, title, source, url, date, newText, language, author);
  }

  /** A copy with another id, all else kept. */
  public Document withId(String newId) {
    return new Document(newId, title, source, url, date, text, language, author);
  }
}
