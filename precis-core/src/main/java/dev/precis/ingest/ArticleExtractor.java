package dev.precis.ingest;

import dev.precis.model.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Extracts the article of one web page, as {@code precis extract} does: the main text (boilerplate, hidden copies,
 * teasers and captions removed) and its metadata ({@link HtmlArticles}, {@link PageMetadata}). Gzip-compressed
 * pages are read too; a page is at most {@value DocumentReader#MAX_TEXT_MB} MB. Thread-safe.
 *
 * <pre>{@code
 * ExtractedArticle a = new ArticleExtractor(System.err::println).extract(Path.of("page.html"));
 * System.out.println(a.title() + " (" + a.date() + ")\n\n" + a.text());
 * }</pre>
 */
public final class ArticleExtractor {
  private final Consumer<String> warnings;

  /** An extractor that reports warnings (an encoding guessed, a date it cannot read) to {@code warnings}. */
  public ArticleExtractor(Consumer<String> warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * The article of the page in {@code file}.
   *
   * @throws InputException when the file cannot be read, is not an HTML page, or the page holds no article text
   */
  public ExtractedArticle extract(Path file) throws InputException {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new InputException("no such file: " + name);
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name + ": a directory, not a page");
    }
    try (RawInput raw = RawInput.open(file, name, warnings)) {
      return extract(raw);
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + JsonlStories.describe(e) + ")", e);
    } catch (UncheckedIOException e) {
      throw new InputException(name + ": cannot read (" + JsonlStories.describe(e.getCause()) + ")", e);
    }
  }

  /**
   * The article of a page given as bytes.
   *
   * @param name how the page is named in messages
   * @throws InputException when the bytes are not an HTML page or the page holds no article text
   */
  public ExtractedArticle extract(byte[] page, String name) throws InputException {
    try (RawInput raw = RawInput.stream(new ByteArrayInputStream(page), name, warnings)) {
      return extract(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on bytes in memory
    }
  }

  private ExtractedArticle extract(RawInput raw) throws InputException {
    Formats.Sniffed sniffed = raw.sniff();
    if (sniffed.format() == null) {
      throw new InputException(raw.name + ": " + sniffed.refusal());
    }
    if (sniffed.format() != Format.HTML) {
      throw new InputException(raw.name + ": not an HTML page but " + switch (sniffed.format()) {
        case FEED -> "an RSS/Atom feed";
        case WARC -> "a WARC file";
        case SGML -> "newswire SGML";
        case JSONL -> "JSONL";
        default -> "text";
      });
    }
    byte[] bytes = raw.readAll((long) DocumentReader.MAX_TEXT_MB << 20);
    Document d = HtmlArticles.read(bytes, bytes.length, null, raw.baseId, null, null, raw.name, warnings);
    return new ExtractedArticle(d.title(), d.source(), d.author(), d.date(), d.language(), d.url(), d.text());
  }
}
