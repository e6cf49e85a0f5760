package dev.precis.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several articles about one event, the unit every summarizer works on.
 *
 * @param id identifier of the story (a cluster id in benchmark data, a file or directory name otherwise)
 * @param language ISO 639-1 code of the text, "en" when unknown
 * @param documents the articles, in input order
 * @param references human reference summaries, empty outside evaluation
 */
public record Story(String id, String language, List<Document> documents, List<String> references) {
  public Story {
    Objects.requireNonNull(id, "id");
    language = language == null || language.isBlank() ? "en" : language;
    documents = List.copyOf(documents);
    references = references == null ? List.of() : List.copyOf(references);
  }

  public static Story of(String id, List<Document> documents) {
    return new Story(id, "en", documents, List.of());
  }

  /** The distinct outlets ({@link Document#outlet}) of the documents at some indexes, in the order given. */
  public List<String> outlets(Collection<Integer> indexes) {
    Set<String> out = new LinkedHashSet<>();
    for (int d : indexes) {
      if (d >= 0 && d < documents.size()) {
        out.add(documents.get(d).outlet());
      }
    }
    return new ArrayList<>(out);
  }
}
