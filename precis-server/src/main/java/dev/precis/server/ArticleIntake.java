package dev.precis.server;

import dev.precis.ingest.DocumentReader;
import dev.precis.ingest.Documents;
import dev.precis.ingest.Format;
import dev.precis.ingest.InputException;
import dev.precis.model.Document;
import dev.precis.server.store.NewArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes received (a posted page or text, a fetched feed or page) read into articles by the library's
 * {@link DocumentReader}, as the command line reads a file: the format is told from the content unless the caller
 * knows it, gzip is undone, the text decoded and normalised; each document carries what its input declares (title,
 * outlet, address, date, language, author).
 */
public final class ArticleIntake {
  /** What one input held: its articles and the reader's warnings. */
  public record Read(List<Document> documents, List<String> warnings) {}

  private ArticleIntake() {}

  /**
   * Reads {@code bytes}.
   *
   * @param name how the input is named in messages (e.g. "the request body", a feed's address)
   * @param format the format when the caller knows it, or null to tell it from the content
   * @param url the address the bytes were received from, or null: the address of an HTML page's document and of
   *     a text that names none (see {@link DocumentReader#read(byte[], String, Format, String)})
   * @throws InputException when nothing readable is in it; the message names the input
   */
  public static Read read(byte[] bytes, String name, Format format, String url) throws InputException {
    List<String> warnings = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    try (Documents read = new DocumentReader(warnings::add).read(bytes, name, format, url)) {
      read.forEachRemaining(docs::add);
    }
    return new Read(List.copyOf(docs), List.copyOf(warnings));
  }

  /**
   * The article to store for a document.
   *
   * @param raw the bytes it was read from, or null
   */
  public static NewArticle article(Document d, byte[] raw, String rawType, Long feedId) {
    return new NewArticle(d.url(), d.title(), d.source(), d.author(), d.language(), d.date(), d.text(), raw,
        rawType, feedId);
  }
}
