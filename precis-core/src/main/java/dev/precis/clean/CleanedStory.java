package dev.precis.clean;

import dev.precis.model.Story;
import java.util.List;

/**
 * A story after the clean stage: documents carry the cleaned text (what every offset refers to from here on),
 * and {@code results} say, per document in story order, what was removed and which byline or dateline was found.
 */
public record CleanedStory(Story story, List<CleanResult> results) {
  public CleanedStory {
    results = List.copyOf(results);
  }
}
