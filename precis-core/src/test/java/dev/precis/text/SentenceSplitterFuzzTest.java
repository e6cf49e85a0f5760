package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.precis.model.Span;
import java.util.List;

/**
 * Fuzzing of the sentence splitter: on any text it returns ordered, non-overlapping, trimmed, non-empty spans
 * inside the text, and never throws. Runs the kept inputs under {@code mvn test}; {@code JAZZER_FUZZ=1} fuzzes
 * (see .ci/run).
 */
class SentenceSplitterFuzzTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @FuzzTest(maxDuration = "30s")
  void spansAreWellFormed(@NotNull String text) {
    List<Span> spans = splitter.split(text);
    int previousEnd = 0;
    for (Span span : spans) {
      assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
      assertThat(Character.isWhitespace(text.charAt(span.start()))).isFalse();
      assertThat(Character.isWhitespace(text.charAt(span.end() - 1))).isFalse();
      previousEnd = span.end();
    }
  }
}
