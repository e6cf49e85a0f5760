package dev.precis.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzing of ingest through standard input, where the format (text, JSONL, HTML, feeds, WARC, newswire SGML,
 * gzip of any of them) is told from the content: any bytes give stories or a user-facing {@link InputException},
 * never another exception. Runs the kept inputs under {@code mvn test}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StoryReaderFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void anyBytesGiveStoriesOrAClearError(byte @NotNull [] input) {
    List<String> warnings = new ArrayList<>();
    StoryReader reader = new StoryReader(warnings::add, new ByteArrayInputStream(input));
    try (StoryStream stories = reader.open(List.of(StoryReader.STDIN))) {
      while (stories.hasNext()) {
        Story story = stories.next();
        for (Document d : story.documents()) {
          if (d.text() == null || d.id() == null) {
            throw new AssertionError("document without text or id");
          }
        }
      }
    } catch (InputException expected) {
      // a clear message for the user: the right outcome for unreadable input
    }
  }
}
