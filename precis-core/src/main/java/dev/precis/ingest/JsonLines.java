package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * The items of a JSON-lines file, read lazily one line ahead: blank lines are skipped, every other line becomes
 * an item or, after a warning naming the file and line, nothing. A read error or invalid UTF-8 (when the reader
 * reports it) ends the file with a warning; the reader is closed at the end or by {@link #close()}. What is
 * skipped is also counted by kind in {@link #skips}.
 *
 * @param <T> the item of one line
 */
public abstract class JsonLines<T> implements Iterator<T>, Closeable {
  /** One mapper for every reader: it is thread-safe once configured. */
  protected static final ObjectMapper JSON = new ObjectMapper();

  /** How the file is named in warnings. */
  protected final String name;
  /** Where warnings go. */
  protected final Consumer<String> warnings;
  /** Where skipped input is counted by kind. */
  protected final Skips skips;
  private final BufferedReader reader;
  private int line;
  private boolean done;
  private T next;

  protected JsonLines(BufferedReader reader, String name, Consumer<String> warnings, Skips skips) {
    this.reader = reader;
    this.name = name;
    this.warnings = warnings;
    this.skips = skips;
  }

  /** The item of the non-blank line {@code text} (line number {@link #line()}), or null to skip it. */
  protected abstract T parse(String text);

  /** The number of the line read last (1 for the first). */
  protected final int line() {
    return line;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      String text;
      try {
        text = reader.readLine();
      } catch (CharacterCodingException e) {
        skips.add(Skips.Kind.UNREADABLE, 1);
        warnings.accept(name + ":" + (line + 1) + ": not UTF-8; the rest of the file is skipped");
        close();
        break;
      } catch (IOException e) {
        skips.add(e instanceof EOFException || e instanceof ZipException ? Skips.Kind.TRUNCATED_GZIP
            : Skips.Kind.UNREADABLE, 1);
        warnings.accept(name + ": read error after line " + line + " (" + describe(e)
            + "); the rest of the file is skipped");
        close();
        break;
      }
      if (text == null) {
        close();
        break;
      }
      line++;
      if (!text.isBlank()) {
        next = parse(text);
      }
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = next;
    next = null;
    return item;
  }

  @Override
  public final void close() {
    if (!done) {
      done = true;
      try {
        reader.close();
      } catch (IOException e) {
        // nothing was lost: everything wanted was read
      }
    }
  }

  /** A field as text; null when missing, null, a list or an object, or blank. Numbers are given as text. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
