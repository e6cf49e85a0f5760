package dev.precis.spark;

import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.StoryClusterers;
import dev.precis.summarize.Budget;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The job's command line: {@code --input PATH... --output DIR [--window DAYS] [--words N] [--format jsonl|parquet]
 * [--master URL] [--algorithm NAME] [--option NAME=VALUE]... [--no-summary]}, the blocking settings and the size
 * of the parts a large file of article rows is read in.
 */
record JobOptions(List<String> inputs, String output, String format, String master, String algorithm,
    Map<String, String> clustering, int words, boolean summaries, int partitions, int terms, int bands,
    int rows, int maxBucket, int maxGroup, double slot, double splitMb) implements Serializable {

  /** The default slot width, in clustering windows. */
  static final int SLOT_WINDOWS = 4;

  static final String USAGE = "usage: PrecisJob --input PATH... --output DIR [--window DAYS] [--words N]"
      + " [--format jsonl|parquet] [--master URL] [--algorithm NAME] [--option NAME=VALUE]... [--no-summary]"
      + " [--slot DAYS] [--partitions N] [--terms N] [--bands N] [--rows N] [--max-bucket N] [--max-group N]"
      + " [--split-mb MB]";

  /** The default size of the parts a large file of article rows is read in, in MB. */
  static final double SPLIT_MB = 128;

  /** A mistake on the command line, printed as one line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** The clustering options in effect (the algorithm's defaults with {@link #clustering} applied). */
  ClusterOptions clusterOptions() {
    return StoryClusterers.defaults(algorithm).with(clustering);
  }

  Budget budget() {
    return Budget.words(words);
  }

  static JobOptions parse(String[] args) throws UsageException {
    List<String> inputs = new ArrayList<>();
    Map<String, String> clustering = new LinkedHashMap<>();
    String output = null;
    String format = "jsonl";
    String master = null;
    String algorithm = StoryClusterers.DEFAULT;
    int words = Budget.DEFAULT_WORDS;
    boolean summaries = true;
    int partitions = 0;
    int terms = 12;
    int bands = 12;
    int rows = 1;
    int maxBucket = 1000;
    int maxGroup = 100_000;
    double slot = 0;
    double splitMb = SPLIT_MB;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
        }
        case "--output" -> output = value(args, ++i, a);
        case "--window" -> clustering.put("window", value(args, ++i, a));
        case "--words" -> words = whole(value(args, ++i, a), a, 1);
        case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
        case "--master" -> master = value(args, ++i, a);
        case "--algorithm" -> algorithm = value(args, ++i, a);
        case "--option" -> {
          String kv = value(args, ++i, a);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new UsageException("--option needs NAME=VALUE, got '" + kv + "'");
          }
          clustering.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        case "--no-summary" -> summaries = false;
        case "--slot" -> slot = days(value(args, ++i, a), a);
        case "--partitions" -> partitions = whole(value(args, ++i, a), a, 1);
        case "--terms" -> terms = whole(value(args, ++i, a), a, 1);
        case "--bands" -> bands = whole(value(args, ++i, a), a, 1);
        case "--rows" -> rows = whole(value(args, ++i, a), a, 1);
        case "--max-bucket" -> maxBucket = whole(value(args, ++i, a), a, 2);
        case "--max-group" -> maxGroup = whole(value(args, ++i, a), a, 1);
        case "--split-mb" -> splitMb = megabytes(value(args, ++i, a), a);
        default -> throw new UsageException("unknown argument '" + a + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("no --input given");
    }
    if (output == null) {
      throw new UsageException("no --output given");
    }
    if (!format.equals("jsonl") && !format.equals("parquet")) {
      throw new UsageException("unknown format '" + format + "'; known: jsonl, parquet");
    }
    JobOptions o = new JobOptions(List.copyOf(inputs), output, format, master, algorithm, Map.copyOf(clustering),
        words, summaries, partitions, terms, bands, rows, maxBucket, maxGroup, slot, splitMb);
    try {
      o.clusterOptions();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (bands * rows > 32) {
      throw new UsageException("--bands times --rows must be at most 32, got " + bands + " x " + rows);
    }
    return o;
  }

  private static String value(String[] args, int i, String name) throws UsageException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(name + " needs a value");
    }
    return args[i];
  }

  /** The slot width in days: {@code --slot}, else SLOT_WINDOWS windows. */
  double slotDays() {
    return slot > 0 ? slot : SLOT_WINDOWS * clusterOptions().window();
  }

  private static double days(String v, String name) throws UsageException {
    try {
      double d = Double.parseDouble(v.strip());
      if (!(d > 0 && d <= 36_500)) {
        throw new UsageException(name + " must be more than 0 and at most 36500 days, got " + v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a number of days, got '" + v + "'");
    }
  }

  /** The bytes of a read part: {@code --split-mb} in MB (2^20 bytes). */
  long splitBytes() {
    return Math.max(1, Math.round(splitMb * 1048576));
  }

  private static double megabytes(String v, String name) throws UsageException {
    try {
      double mb = Double.parseDouble(v.strip());
      if (!(mb >= 0.001 && mb <= 1_048_576)) {
        throw new UsageException(name + " must be at least 0.001 and at most 1048576 MB, got " + v);
      }
      return mb;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a number of MB, got '" + v + "'");
    }
  }

  private static int whole(String v, String name, int min) throws UsageException {
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min) {
        throw new UsageException(name + " must be at least " + min + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a whole number, got '" + v + "'");
    }
  }
}
