package dev.precis.clean;

import java.util.List;
import java.util.Objects;

/**
 * The output of {@link DebrisCleaner} for one article.
 *
 * @param text the cleaned text: paragraphs separated by one blank line, lines inside a paragraph by one line
 *     break, no white space at either end; lines the cleaner did not touch are kept character for character
 * @param removals what was removed, in document order; a whole line removed is reported once, with its original
 *     text, and fragments cut from kept lines (entities, tags, the dateline) one by one
 * @param metadata byline and dateline found, never null (fields may be null)
 */
public record CleanResult(String text, List<Removal> removals, Metadata metadata) {
  public CleanResult {
    Objects.requireNonNull(text, "text");
    removals = List.copyOf(removals);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** The removals, one per line, as {@code REASON: "text"}; empty string when nothing was removed. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    for (Removal r : removals) {
      sb.append(r).append('\n');
    }
    return sb.toString();
  }
}
