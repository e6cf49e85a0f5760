package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void countsRunsOfNonWhiteSpace() {
    assertThat(Words.count("")).isZero();
    assertThat(Words.count("  one\ttwo\n\nthree  ")).isEqualTo(3);
    assertThat(Words.count("one two three", 3, 13)).isEqualTo(2);
  }

  @Test
  void everyCharacterSeparatesWordsExactlyWhenJavaCallsItWhiteSpace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int expected = Character.isWhitespace(c) ? 2 : 1;
      assertThat(Words.count("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }
}
