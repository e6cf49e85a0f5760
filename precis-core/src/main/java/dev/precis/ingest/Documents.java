package dev.precis.ingest;

import dev.precis.model.Document;
import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The documents of one input, in input order, made by {@link DocumentReader}. Those of a JSONL input are read one
 * line at a time as they are taken (every line's documents in turn); the others are read already. Close it to
 * release the input (it closes itself at the end).
 */
public final class Documents implements Iterator<Document>, Closeable {
  private final Format format;
  private final String id;
  private final JsonlStories stories;
  private Iterator<Document> current;

  private Documents(Format format, String id, Iterator<Document> documents, JsonlStories stories) {
    this.format = format;
    this.id = id;
    this.current = documents;
    this.stories = stories;
  }

  static Documents of(Format format, String id, List<Document> documents) {
    return new Documents(format, id, documents.iterator(), null);
  }

  static Documents stories(Format format, String id, JsonlStories stories) {
    return new Documents(format, id, Collections.emptyIterator(), stories);
  }

  /** The input's format. */
  public Format format() {
    return format;
  }

  /** The input's default id: its file name without {@code .gz} and extension ({@code stdin} for standard input). */
  public String id() {
    return id;
  }

  /**
   * Whether the input is a collection published as one (a feed, a WARC crawl) rather than articles in files, which
   * the command line takes as a story of its own.
   */
  public boolean collection() {
    return format == Format.FEED || format == Format.WARC;
  }

  /** The stories of a JSONL input as its lines declare them, to be read instead of the documents; else null. */
  JsonlStories stories() {
    return stories;
  }

  /** JSONL lines skipped so far because they were not JSON stories (each was warned about); 0 for other formats. */
  public int malformedLines() {
    return stories == null ? 0 : stories.malformedLines();
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && stories != null && stories.hasNext()) {
      current = stories.next().documents().iterator();
    }
    return current.hasNext();
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  @Override
  public void close() {
    if (stories != null) {
      stories.close();
    }
    current = Collections.emptyIterator();
  }
}
