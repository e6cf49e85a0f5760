package dev.precis.spark;

import dev.precis.model.Document;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An article as the job moves it between machines: a {@link Document} with its place in the arrival order
 * ({@link #index}, the order {@code precis cluster} would read it in). Serializable, as Spark needs.
 */
final class Article implements Serializable {
  private static final long serialVersionUID = 1L;

  final long index;
  private final String id;
  private final String title;
  private final String source;
  private final String url;
  private final LocalDateTime date;
  private final String text;
  private final String language;
  private final String author;

  Article(long index, Document d) {
    this.index = index;
    this.id = d.id();
    this.title = d.title();
    this.source = d.source();
    this.url = d.url();
    this.date = d.date();
    this.text = d.text();
    this.language = d.language();
    this.author = d.author();
  }

  Article at(long newIndex) {
    return new Article(newIndex, document());
  }

  Document document() {
    return new Document(id, title, source, url, date, text, language, author);
  }

  String id() {
    return id;
  }

  LocalDateTime date() {
    return date;
  }
}
