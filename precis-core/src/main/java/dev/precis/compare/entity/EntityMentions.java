package dev.precis.compare.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person, organisation or place the story names, with how often each document mentions it.
 *
 * @param name the normalised (fullest) name
 * @param kind what it is
 * @param mentionsByDocument document index to number of mentions, sorted by document, only documents with at
 *     least one mention
 * @param total sum of the counts
 */
public record EntityMentions(String name, EntityKind kind, Map<Integer, Integer> mentionsByDocument, int total) {
  public EntityMentions {
    mentionsByDocument = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(mentionsByDocument)));
  }

  /** How many documents mention it. */
  public int documentCount() {
    return mentionsByDocument.size();
  }
}
