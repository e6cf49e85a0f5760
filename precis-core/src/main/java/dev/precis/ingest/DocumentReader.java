package dev.precis.ingest;

import dev.precis.model.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads one input (a file, a stream or bytes, gzip-compressed or not) into documents, whatever its format
 * ({@link Format}: text, HTML page, RSS/Atom feed, WARC, newswire SGML, JSONL), told from the content unless a
 * format is given. Which documents make a story is not decided here: {@link StoryReader} is the command line's
 * policy (a directory is a story), and a live feed or a batch job groups documents its own way.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(System.err::println);
 * try (Documents docs = reader.read(Path.of("page.html"))) {
 *   docs.forEachRemaining(d -> System.out.println(d.id() + " " + d.language() + " " + d.author()));
 * }
 * }</pre>
 *
 * <p>Every document carries what its input declares: title, outlet, address, date, language and author (see
 * {@link Document}); text is decoded ({@link Encodings}) and normalised ({@link TextNormalizer}). JSONL is read
 * one line at a time as the documents are taken; other formats are read whole when the input is opened, at most
 * {@value #MAX_TEXT_MB} MB of text (WARC: per page, and reading stops once its articles hold that much). Problems
 * that leave something readable (an unreadable date, a malformed WARC record or JSONL line) go to the warnings;
 * an input with nothing readable is an {@link InputException} naming it. Nothing is fetched over the network.
 *
 * <p>Thread-safe when the warnings consumer is.
 */
public final class DocumentReader {
  /** Largest text input read, in MB (2^20 bytes). */
  public static final int MAX_TEXT_MB = 50;

  private final Consumer<String> warnings;
  private final long maxTextBytes;
  private final Skips skips;

  /** A reader that reports warnings (what it skipped or could not read) to {@code warnings}. */
  public DocumentReader(Consumer<String> warnings) {
    this(warnings, new Skips());
  }

  /** A reader that also counts what it skips, by kind, in {@code skips}. */
  public DocumentReader(Consumer<String> warnings, Skips skips) {
    this(warnings, (long) MAX_TEXT_MB << 20, skips);
  }

  DocumentReader(Consumer<String> warnings, long maxTextBytes) {
    this(warnings, maxTextBytes, new Skips());
  }

  private DocumentReader(Consumer<String> warnings, long maxTextBytes, Skips skips) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.maxTextBytes = maxTextBytes;
    this.skips = Objects.requireNonNull(skips, "skips");
  }

  /** The documents of a file, its format told from its content. */
  public Documents read(Path file) throws InputException {
    return read(file, null, null);
  }

  /**
   * The documents of a file.
   *
   * @param format the format when the caller knows it, or null to tell it from the content
   * @param url the address the input was fetched from, or null; it is the address of an HTML page's document
   *     (and the base of its links) and of text articles that name none; other formats carry their own
   */
  public Documents read(Path file, Format format, String url) throws InputException {
    String name = file.toString();
    RawInput raw;
    try {
      raw = RawInput.open(file, name, warnings);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file: " + name, e);
    } catch (IOException | UncheckedIOException e) {
      throw problem(name, e);
    }
    return read(raw, format, url);
  }

  /**
   * The documents of a stream, which the returned {@link Documents} closes.
   *
   * @param name how the input is named in messages; its last path segment is taken as a file name (it breaks
   *     format ties, and gives documents their default id: {@code page.html} gives {@code page})
   * @param format the format when the caller knows it, or null to tell it from the content
   * @param url as in {@link #read(Path, Format, String)}
   */
  public Documents read(InputStream in, String name, Format format, String url) throws InputException {
    RawInput raw;
    try {
      raw = RawInput.stream(in, name, warnings, skips);
    } catch (IOException | UncheckedIOException e) {
      closeQuietly(in);
      skips.add(Skips.Kind.UNREADABLE, 1);
      throw problem(name, e);
    }
    return read(raw, format, url);
  }

  /** The documents of some bytes, as {@link #read(InputStream, String, Format, String)}. */
  public Documents read(byte[] bytes, String name, Format format, String url) throws InputException {
    return read(new ByteArrayInputStream(bytes), name, format, url);
  }

  private Documents read(RawInput raw, Format format, String url) throws InputException {
    boolean owned = false;
    try {
      Documents docs = read(raw, format == null ? raw.sniff() : new Formats.Sniffed(format, null, true), url);
      owned = true;
      return docs;
    } finally {
      if (!owned) {
        raw.close();
      }
    }
  }

  /**
   * The documents of an opened input whose format is sniffed; they own {@code raw} from now on (a JSONL input is
   * read as they are taken, any other is read and closed here).
   */
  Documents read(RawInput raw, Formats.Sniffed s, String url) throws InputException {
    String name = raw.name;
    if (s.format() == null) {
      raw.close();
      skips.add(s.binary() ? Skips.Kind.BINARY : Skips.Kind.UNREADABLE, 1);
      if (raw.plainSize > maxTextBytes) {
        throw tooBig(name, raw.plainSize, maxTextBytes);
      }
      throw new InputException(name + ": " + s.refusal());
    }
    if (s.format() == Format.JSONL) {
      return Documents.stories(s.format(), raw.baseId, openJsonl(raw));
    }
    try (raw) {
      return Documents.of(s.format(), raw.baseId, parse(raw, s.format(), url));
    } catch (UncheckedIOException e) {
      throw problem(name, e);
    }
  }

  private List<Document> parse(RawInput raw, Format format, String url) throws InputException {
    String name = raw.name;
    switch (format) {
      case WARC -> {
        return WarcArticles.read(raw.data, raw.baseId, name, maxTextBytes, warnings, skips);
      }
      case FEED -> {
        return FeedArticles.read(raw.readAll(maxTextBytes), raw.baseId, name, warnings);
      }
      case HTML -> {
        byte[] bytes = raw.readAll(maxTextBytes);
        return List.of(HtmlArticles.read(bytes, bytes.length, null, raw.baseId, url, null, name, warnings));
      }
      case SGML -> {
        byte[] bytes = raw.readAll(maxTextBytes);
        String text = Encodings.decode(bytes, bytes.length, Encodings.declaredInXml(bytes, bytes.length), true,
            name, warnings);
        return SgmlArticles.parse(text, raw.baseId, name, warnings);
      }
      default -> {
        byte[] bytes = raw.readAll(maxTextBytes);
        List<Document> docs = Articles.parse(TextDecoder.decode(bytes, name, warnings), raw.baseId, name, warnings);
        return url == null ? docs : docs.stream().map(d -> d.url() != null ? d
            : new Document(d.id(), d.title(), d.source(), url, d.date(), d.text(), d.language(), d.author()))
            .toList();
      }
    }
  }

  private JsonlStories openJsonl(RawInput raw) throws InputException {
    try {
      if (raw.head.length == 0) {
        throw new InputException(raw.name + ": empty file");
      }
      TextDecoder.checkText(raw.head, raw.name);
    } catch (InputException e) {
      raw.close();
      throw e;
    }
    return new JsonlStories(raw.data, raw.name, warnings, skips);
  }

  /**
   * The stream decompressed when it starts with gzip's magic bytes, else as it is: gzip data that ends early or is
   * corrupt ends the stream there, with one warning, counted in {@code skips} (what came before is kept).
   */
  public static InputStream decompressed(InputStream in, String name, Consumer<String> warnings, Skips skips)
      throws IOException, InputException {
    return RawInput.stream(in, name, warnings, skips).data;
  }

  /** The message of a read error: permission denied, or what the system says. */
  static InputException problem(String name, Exception e) {
    if (e instanceof AccessDeniedException) {
      return new InputException(name + ": permission denied", e);
    }
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String m = t.getMessage();
    return new InputException(name + ": cannot read (" + (m == null || m.isBlank() ? t.getClass().getSimpleName()
        : m) + ")", e);
  }

  static InputException tooBig(String name, long size, long max) {
    String mb = String.format(Locale.ROOT, "%.1f", max / 1048576.0);
    String has = size < 0 ? "more than " + mb : String.format(Locale.ROOT, "%.1f", size / 1048576.0);
    return new InputException(
        name + ": file too big (" + has + " MB; the limit for a text file is " + mb + " MB)");
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was read
    }
  }
}
