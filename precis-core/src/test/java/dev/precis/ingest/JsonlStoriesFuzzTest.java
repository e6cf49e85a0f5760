package dev.precis.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Fuzzing of JSONL story lines ({@link JsonlStories}): any bytes give stories, malformed lines being skipped with a
 * warning each, and never an exception (the reader is an iterator; bad lines, bad UTF-8 and read errors are
 * warnings). Stories are sane: ids, documents with ids and normalized text (possibly empty: a document without
 * text is kept), no more text than the file holds (JSON escapes only shrink it), at most one story or skipped
 * line per line. Seeds in {@code JsonlStoriesFuzzTestInputs/}; runs them under {@code mvn test}, fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class JsonlStoriesFuzzTest {
  private static final String NAME = "stories.jsonl";

  @FuzzTest(maxDuration = "30s")
  void linesGiveStoriesOrWarnings(byte @NotNull @WithLength(max = 8192) [] jsonl) {
    List<String> warnings = new ArrayList<>();
    int lines = 1;
    for (byte b : jsonl) {
      lines += b == '\n' || b == '\r' ? 1 : 0;
    }
    long total = 0;
    int stories = 0;
    try (JsonlStories reader = new JsonlStories(new ByteArrayInputStream(jsonl), NAME, warnings::add)) {
      while (reader.hasNext()) {
        Story s = reader.next();
        stories++;
        check(s.id() != null && !s.id().isBlank(), "story id '" + s.id() + "'");
        check(s.documents() != null, "no document list");
        for (Document d : s.documents()) {
          check(d.id() != null && !d.id().isBlank(), "document id '" + d.id() + "'");
          HtmlArticlesFuzzTest.checkNormalized(d.text(), jsonl.length);
          total += d.text().length();
        }
      }
      check(!reader.hasNext(), "hasNext after the end");
      check(reader.storiesRead() == stories, stories + " stories but storiesRead " + reader.storiesRead());
      check(stories + reader.malformedLines() <= lines, "more stories and skipped lines than lines");
      try {
        reader.next();
        check(false, "next() after the end");
      } catch (NoSuchElementException expected) {
        // the iterator contract
      }
    }
    check(total <= jsonl.length, "texts of " + total + " chars from " + jsonl.length + " bytes");
    for (String w : warnings) {
      check(w != null && w.startsWith(NAME + ":"), "warning not naming the file: " + w);
    }
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
