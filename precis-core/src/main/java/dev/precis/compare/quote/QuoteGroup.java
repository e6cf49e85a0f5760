package dev.precis.compare.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One quotation as carried by one or more documents: quotes whose words are the same or nearly the same (one may
 * be a part of the other).
 *
 * @param text the longest wording among the members
 * @param quotes the members, in story order (document, then offset)
 */
public record QuoteGroup(String text, List<Quote> quotes) {
  public QuoteGroup {
    Objects.requireNonNull(text, "text");
    quotes = List.copyOf(quotes);
  }

  /** Indexes of the documents that carry the quotation, ascending. */
  public SortedSet<Integer> documents() {
    SortedSet<Integer> docs = new TreeSet<>();
    for (Quote q : quotes) {
      docs.add(q.document());
    }
    return docs;
  }

  /** The distinct non-null speakers the documents give, in order of first appearance. */
  public List<String> speakers() {
    List<String> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && !out.contains(q.speaker())) {
        out.add(q.speaker());
      }
    }
    return out;
  }
}
