package dev.precis.ingest;

import dev.precis.model.Story;
import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The stories of an input, in input order, made by {@link StoryReader#open}. Stories from text files are
 * already read; stories from JSONL files are read one line at a time as the stream is consumed, so a large
 * benchmark file never sits in memory whole. Close it to release open files (it closes itself at the end).
 */
public final class StoryStream implements Iterator<Story>, Closeable {
  private final Deque<Object> items;
  private final List<JsonlStories> jsonl;
  private Story next;

  /** @param items {@link Story} or {@link JsonlStories} values, in order */
  StoryStream(List<Object> items, List<JsonlStories> jsonl) {
    this.items = new ArrayDeque<>(items);
    this.jsonl = List.copyOf(jsonl);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !items.isEmpty()) {
      Object head = items.peekFirst();
      if (head instanceof Story story) {
        next = story;
        items.removeFirst();
      } else {
        JsonlStories file = (JsonlStories) head;
        if (file.hasNext()) {
          next = file.next();
        } else {
          file.close();
          items.removeFirst();
        }
      }
    }
    return next != null;
  }

  @Override
  public Story next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Story s = next;
    next = null;
    return s;
  }

  /** Lines of JSONL input skipped so far because they were not JSON stories (each was warned about). */
  public int malformedLines() {
    int n = 0;
    for (JsonlStories j : jsonl) {
      n += j.malformedLines();
    }
    return n;
  }

  @Override
  public void close() {
    for (JsonlStories j : jsonl) {
      j.close();
    }
    items.clear();
    next = null;
  }
}
