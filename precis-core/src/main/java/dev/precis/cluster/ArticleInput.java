package dev.precis.cluster;

import dev.precis.ingest.DocumentReader;
import dev.precis.ingest.Documents;
import dev.precis.ingest.InputException;
import dev.precis.ingest.Skips;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Document;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The articles of the user's inputs as one stream, in arrival order: the one place where the clustering front
 * ends read input, so that a document-level reader can replace it.
 *
 * <ul>
 *   <li>A JSONL file (or standard input) whose first line is an article row (it has {@code text} and no
 *       {@code documents}, see {@link ArticleRows}) is streamed line by line in file order; labels are dropped.
 *   <li>Every other input is read by {@link StoryReader} (files, directories, feeds, WARC, SGML, JSONL stories)
 *       and its stories are flattened into articles: by date when all of them are dated, else in input order.
 * </ul>
 *
 * Inputs are taken in the order they are named. Articles with blank text are skipped with a warning and counted
 * ({@link #withoutText()}).
 */
public final class ArticleInput implements Iterator<Document>, Closeable {
  private final Deque<Iterator<Document>> parts = new ArrayDeque<>();
  private final List<ArticleRows> rows = new ArrayList<>();
  /** Compressed bytes held while the first line is looked at (a stream read by {@link #read}). */
  private static final int MARK = 8 << 20;

  private final Consumer<String> warnings;
  private final Skips skips;
  private int withoutText;
  private int undated;
  private int read;
  private Document next;

  private ArticleInput(Consumer<String> warnings, Skips skips) {
    this.warnings = warnings;
    this.skips = skips;
  }

  /** The articles of {@code inputs}: files, directories, or {@code -} for {@code stdin}. */
  public static ArticleInput open(List<String> inputs, Consumer<String> warnings, InputStream stdin)
      throws InputException {
    if (inputs == null || inputs.isEmpty()) {
      throw new InputException("no input given");
    }
    ArticleInput in = new ArticleInput(warnings, new Skips());
    try {
      List<String> others = new ArrayList<>();
      InputStream otherStdin = stdin;
      for (String arg : inputs) {
        boolean isStdin = arg.equals(StoryReader.STDIN);
        Path path = isStdin ? null : Paths.get(arg);
        if (path != null && !Files.isRegularFile(path)) {
          others.add(arg);
          continue;
        }
        InputStream data;
        try {
          data = ArticleRows.decompressed(isStdin ? stdin : Files.newInputStream(path));
          data.mark(1 << 20);
          boolean articleRows = isArticleRows(data);
          data.reset();
          if (articleRows) {
            in.flushStories(others, otherStdin);
            in.addRows(new ArticleRows(data, isStdin ? "standard input" : arg, warnings));
            continue;
          }
          if (isStdin) {
            otherStdin = data;
          } else {
            data.close();
          }
        } catch (IOException e) {
          // StoryReader names the problem below.
        }
        others.add(arg);
      }
      in.flushStories(others, otherStdin);
    } catch (InputException | RuntimeException e) {
      in.close();
      throw e;
    }
    return in;
  }

  /**
   * The articles of one input stream, in arrival order as {@link #open} gives a file's: article rows (gzip or not)
   * in file order, any other format {@link DocumentReader} reads by date when all its articles are dated. What is
   * skipped is warned about and counted in {@code skips}. For callers that read from elsewhere than local files
   * (the Spark job, from Hadoop file systems); the stream is closed with the returned input.
   *
   * @param name how the input is named in messages (its last segment is taken as a file name)
   * @throws InputException when nothing in the input is readable
   */
  public static ArticleInput read(InputStream raw, String name, Consumer<String> warnings, Skips skips)
      throws InputException {
    ArticleInput in = new ArticleInput(warnings, skips);
    BufferedInputStream data = new BufferedInputStream(raw, 1 << 16);
    try {
      boolean articleRows;
      data.mark(MARK);
      try {
        articleRows = isArticleRows(new ByteArrayInputStream(head(ArticleRows.decompressed(data))));
      } catch (IOException e) {
        articleRows = false; // DocumentReader names the problem below
      }
      data.reset();
      if (articleRows) {
        in.addRows(new ArticleRows(DocumentReader.decompressed(data, name, warnings, skips), name, warnings, skips));
      } else {
        List<Document> docs = new ArrayList<>();
        try (Documents read = new DocumentReader(warnings, skips).read(data, name, null, null)) {
          read.forEachRemaining(docs::add);
        }
        in.addDocuments(docs);
      }
    } catch (IOException e) {
      in.close();
      skips.add(Skips.Kind.UNREADABLE, 1);
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    } catch (InputException | RuntimeException e) {
      in.close();
      throw e;
    }
    return in;
  }

  /**
   * The articles of a stream known to hold uncompressed article rows, read without looking at its first line: for
   * a part of a JSONL file cut at line ends (the Spark job reads a large file in parts), which may start with any
   * row or hold none. What is skipped is warned about and counted in {@code skips}; the stream is closed with the
   * returned input.
   *
   * @param name how the part is named in messages
   */
  public static ArticleInput rows(InputStream data, String name, Consumer<String> warnings, Skips skips) {
    ArticleInput in = new ArticleInput(warnings, skips);
    in.addRows(new ArticleRows(data, name, warnings, skips));
    return in;
  }

  /**
   * Whether a stream holds article rows, not compressed (so that any part of it cut at line ends can be read by
   * {@link #rows}); it reads at most the first line that is not blank (at most a MB).
   */
  public static boolean isPlainArticleRows(InputStream data) throws IOException {
    BufferedInputStream in = new BufferedInputStream(data, 1 << 16);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return !gzip && isArticleRows(new ByteArrayInputStream(head(in)));
  }

  /**
   * The first bytes of a stream, up to the end of its first line that is not blank (at most a MB); data cut short
   * (truncated gzip) gives what came before.
   */
  private static byte[] head(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    boolean content = false;
    try {
      int c;
      while (head.size() < (1 << 20) && (c = in.read()) >= 0) {
        head.write(c);
        if (c == '\n' && content) {
          break;
        }
        content |= !Character.isWhitespace(c);
      }
    } catch (IOException e) {
      if (head.size() == 0) {
        throw e;
      }
    }
    return head.toByteArray();
  }

  private void addRows(ArticleRows r) {
    rows.add(r);
    parts.add(new Iterator<>() {
      @Override
      public boolean hasNext() {
        return r.hasNext();
      }

      @Override
      public Document next() {
        return r.next().article();
      }
    });
  }

  /** Queues documents read whole: by date when all of them are dated, else in input order. */
  private void addDocuments(List<Document> docs) {
    if (docs.stream().allMatch(d -> d.date() != null)) {
      docs.sort(Comparator.comparing(Document::date));
    }
    parts.add(docs.iterator());
  }

  private static boolean isArticleRows(InputStream data) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 8192);
    StringBuilder line = new StringBuilder();
    int c;
    int max = (1 << 20) - 16;
    int n = 0;
    while ((c = r.read()) >= 0 && n++ < max) {
      if (c == '\n') {
        if (!line.toString().isBlank()) {
          break;
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    String first = line.toString().strip();
    return first.startsWith("{") && ArticleRows.isArticleRow(first);
  }

  /** Reads the inputs gathered so far with {@link StoryReader} and queues their articles. */
  private void flushStories(List<String> inputs, InputStream stdin) throws InputException {
    if (inputs.isEmpty()) {
      return;
    }
    List<Document> docs = new ArrayList<>();
    try (StoryStream stories = new StoryReader(warnings, stdin).open(List.copyOf(inputs))) {
      stories.forEachRemaining(s -> docs.addAll(s.documents()));
    }
    inputs.clear();
    addDocuments(docs);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !parts.isEmpty()) {
      Iterator<Document> head = parts.peekFirst();
      if (!head.hasNext()) {
        parts.removeFirst();
        continue;
      }
      Document d = head.next();
      if (d.text().isBlank()) {
        withoutText++;
        skips.add(Skips.Kind.EMPTY_PAGE, 1);
        warnings.accept("article " + d.id() + " has no text; skipped");
        continue;
      }
      if (d.date() == null) {
        undated++;
      }
      read++;
      next = d;
    }
    return next != null;
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Document d = next;
    next = null;
    return d;
  }

  /** Articles skipped so far because they had no text (article rows without text included). */
  public int withoutText() {
    return withoutText + rows.stream().mapToInt(ArticleRows::withoutText).sum();
  }

  /** Articles given so far without a date. */
  public int undated() {
    return undated;
  }

  /** Articles given so far. */
  public int articles() {
    return read;
  }

  @Override
  public void close() {
    rows.forEach(ArticleRows::close);
    parts.clear();
  }
}
