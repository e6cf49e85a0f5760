package dev.precis.ingest;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the readers skipped, counted by kind, for callers that tally bad input (the Spark job's accumulators) rather
 * than read the warnings, which say the same in words. A reader given no {@code Skips} counts into one nobody
 * reads. Thread-safe.
 */
public final class Skips {
  /** A kind of bad input that is skipped. */
  public enum Kind {
    /** A WARC record (or its HTTP message) that cannot be parsed. */
    CORRUPT_RECORD,
    /** Gzip data that ends early or is corrupt; what came before it is used. */
    TRUNCATED_GZIP,
    /** A JSONL line that is not a JSON object of the expected shape. */
    MALFORMED_LINE,
    /** A binary file, or a WARC page whose payload is binary. */
    BINARY,
    /** A page or article without text. */
    EMPTY_PAGE,
    /** A page over the size limit. */
    TOO_BIG,
    /** An input that cannot be read for another reason (a read error, an empty or non-text file). */
    UNREADABLE;

    /** The kind in words, as a summary lists it: {@code corrupt record}, {@code truncated gzip}, ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);

  /** Counts {@code n} skips of {@code kind}. */
  public void add(Kind kind, long n) {
    counts.addAndGet(kind.ordinal(), n);
  }

  /** Skips of {@code kind} counted so far. */
  public long get(Kind kind) {
    return counts.get(kind.ordinal());
  }
}
