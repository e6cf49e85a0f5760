package dev.precis.ingest;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The article of one web page with its metadata, as {@link ArticleExtractor} reads it.
 *
 * @param title headline, or null
 * @param outlet the publisher's name, or null
 * @param author the author or authors (comma-separated), or null
 * @param date publication date and time as the outlet wrote it, or null
 * @param language primary language subtag ({@code en}), or null
 * @param url canonical address, or null
 * @param text the main text, paragraphs separated by blank lines; never blank
 */
public record ExtractedArticle(String title, String outlet, String author, LocalDateTime date, String language,
    String url, String text) {
  public ExtractedArticle {
    Objects.requireNonNull(text, "text");
  }
}
