package dev.precis.spark;

import dev.precis.cluster.ArticleInput;
import dev.precis.ingest.InputException;
import dev.precis.ingest.Skips;
import dev.precis.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's inputs on any Hadoop file system: listed on the driver, read in the executors by the library
 * ({@link ArticleInput#read}: article rows, WARC, feeds, HTML, SGML, JSONL stories, gzip or not), one task per
 * file, except that a file of uncompressed article rows larger than the split size is read in parts cut at line
 * ends, one task each. Nothing read makes a task fail: what is skipped is counted by kind in accumulators.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * What one read task reads: a whole file ({@code end < 0}), or the rows of an uncompressed article-row file that
   * start at a byte offset in {@code [start, end)} (the row that starts before {@code end} is read to its end).
   */
  record Part(String file, long start, long end) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Part whole(String file) {
      return new Part(file, 0, -1);
    }

    boolean isWhole() {
      return end < 0;
    }

    /** The part as messages name it. */
    String name() {
      return isWhole() ? file : file + " [bytes " + start + "-" + end + "]";
    }
  }

  /**
   * The read tasks of {@code files}, in order: each file whole, but a file of uncompressed article rows longer than
   * {@code splitBytes} in consecutive parts of about that size (a file that cannot be opened here stays whole, so
   * that its task counts it as unreadable).
   */
  static List<Part> parts(List<String> files, Configuration conf, long splitBytes) throws IOException {
    List<Part> parts = new ArrayList<>();
    for (String f : files) {
      Path p = new Path(f);
      FileSystem fs = p.getFileSystem(conf);
      long length = fs.getFileStatus(p).getLen();
      if (length <= splitBytes || !plainRows(fs, p)) {
        parts.add(Part.whole(f));
        continue;
      }
      for (long start = 0; start < length; start += splitBytes) {
        parts.add(new Part(f, start, Math.min(length, start + splitBytes)));
      }
    }
    return parts;
  }

  private static boolean plainRows(FileSystem fs, Path p) {
    try (InputStream in = fs.open(p)) {
      return ArticleInput.isPlainArticleRows(in);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The files of the inputs, in the order named; a directory gives its files (recursively, by path; names starting
   * with {@code .} or {@code _} left out); globs are expanded.
   *
   * @throws JobOptions.UsageException for an input that matches nothing
   */
  static List<String> list(List<String> inputs, Configuration conf) throws JobOptions.UsageException, IOException {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(p);
      if (matched == null || matched.length == 0) {
        throw new JobOptions.UsageException("no such input: " + input);
      }
      for (FileStatus s : matched) {
        if (s.isDirectory()) {
          List<String> inDir = new ArrayList<>();
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
          while (it.hasNext()) {
            Path f = it.next().getPath();
            if (!f.getName().startsWith(".") && !f.getName().startsWith("_")) {
              inDir.add(f.toString());
            }
          }
          Collections.sort(inDir);
          files.addAll(inDir);
        } else {
          files.add(s.getPath().toString());
        }
      }
    }
    if (files.isEmpty()) {
      throw new JobOptions.UsageException("no files in " + String.join(", ", inputs));
    }
    return files;
  }

  /** Accumulators for each kind of skip, registered with the job's Spark context. */
  static Map<Skips.Kind, LongAccumulator> accumulators(org.apache.spark.SparkContext sc) {
    Map<Skips.Kind, LongAccumulator> m = new EnumMap<>(Skips.Kind.class);
    for (Skips.Kind k : Skips.Kind.values()) {
      m.put(k, sc.longAccumulator("skipped " + k.label()));
    }
    return m;
  }

  /**
   * The articles of one part, read lazily; at the end (or on a failure, which ends the part) what was skipped is
   * added to {@code skipped}.
   */
  static Iterator<Document> read(Part part, HadoopConf conf, Map<Skips.Kind, LongAccumulator> skipped) {
    Skips skips = new Skips();
    ArticleInput in;
    try {
      Path p = new Path(part.file());
      FSDataInputStream raw = p.getFileSystem(conf.get()).open(p);
      if (part.isWhole()) {
        in = ArticleInput.read(raw, part.file(), w -> { }, skips);
      } else {
        in = ArticleInput.rows(LineRange.of(raw, part.start(), part.end()), part.name(), w -> { }, skips);
      }
    } catch (IOException | InputException | RuntimeException e) {
      if (total(skips) == 0) {
        skips.add(Skips.Kind.UNREADABLE, 1);
      }
      report(skips, skipped);
      return Collections.emptyIterator();
    }
    Spliterator<Document> articles = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
      @Override
      public boolean tryAdvance(Consumer<? super Document> action) {
        boolean more;
        try {
          more = in.hasNext();
          if (more) {
            action.accept(in.next());
          }
        } catch (RuntimeException e) {
          skips.add(Skips.Kind.UNREADABLE, 1);
          more = false;
        }
        if (!more) {
          in.close();
          report(skips, skipped);
        }
        return more;
      }
    };
    return Spliterators.iterator(articles);
  }

  private static long total(Skips s) {
    long n = 0;
    for (Skips.Kind k : Skips.Kind.values()) {
      n += s.get(k);
    }
    return n;
  }

  private static void report(Skips skips, Map<Skips.Kind, LongAccumulator> to) {
    for (Skips.Kind k : Skips.Kind.values()) {
      long n = skips.get(k);
      if (n > 0) {
        to.get(k).add(n);
      }
    }
  }
}
