package dev.precis.server;

import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.server.store.NewArticle;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes received (a posted page or text, a fetched feed or page) read into articles by the library's own reader,
 * {@link StoryReader}, exactly as the command line reads a file: the format is told from the content (HTML, a
 * feed, plain text with an optional header block, gzip undone), the text decoded and cleaned.
 */
public final class ArticleIntake {
  private static final String STDIN_NAME = "standard input";

  /** What one input held: its articles, the language they declare ("en" when none) and the reader's warnings. */
  public record Read(List<Document> documents, String language, List<String> warnings) {}

  private ArticleIntake() {}

  /**
   * Reads {@code bytes}.
   *
   * @param name how the input is named in messages (e.g. "the request body", a feed's address)
   * @throws InputException when nothing readable is in it; the message names the input
   */
  public static Read read(byte[] bytes, String name) throws InputException {
    List<String> warnings = new ArrayList<>();
    StoryReader reader = new StoryReader(w -> warnings.add(rename(w, name)), new ByteArrayInputStream(bytes));
    List<Document> docs = new ArrayList<>();
    String language = null;
    try (StoryStream stories = reader.open(List.of(StoryReader.STDIN))) {
      while (stories.hasNext()) {
        Story s = stories.next();
        docs.addAll(s.documents());
        language = s.language();
      }
    } catch (InputException e) {
      throw new InputException(rename(e.getMessage(), name), e);
    }
    return new Read(List.copyOf(docs), language, List.copyOf(warnings));
  }

  /**
   * The article to store for a document read from some input.
   *
   * @param url the address it was received from, which wins over one the document names; may be null
   * @param raw the bytes it was read from, or null
   */
  public static NewArticle article(Document d, String language, String url, byte[] raw, String rawType,
      Long feedId) {
    String address = url != null ? url : d.url();
    return new NewArticle(address, d.title(), d.source(), null, language, d.date(), d.text(), raw, rawType, feedId);
  }

  private static String rename(String message, String name) {
    return message == null ? name : message.replace(STDIN_NAME, name);
  }
}
