package dev.precis.ingest;

/** The input formats Precis reads; {@link Formats} tells them from the content. */
public enum Format {
  /** Plain text: one article, or several separated by {@code |||||}, each with an optional header block. */
  TEXT,
  /** One story per line in the benchmark row format (the story object of {@code docs/json-schema.md}). */
  JSONL,
  /** One HTML page: its main text and metadata. */
  HTML,
  /** An RSS or Atom feed: one article per item. */
  FEED,
  /** A WARC file: one article per HTML response. */
  WARC,
  /** TREC/DUC newswire SGML: one article per {@code <DOC>}. */
  SGML
}
