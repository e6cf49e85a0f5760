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

  @Test
  void countsLongTextsReadInPiecesWithWordsAcrossThePieces() {
    StringBuilder text = new StringBuilder();
    int words = 0;
    for (int w = 0; text.length() < 2000; w++) {
      // Words of 1 to 13 characters (a curly quote among letters), so that their ends fall on every offset.
      text.append("\u201cword".repeat(3), 0, 1 + w % 13).append(w % 5 == 0 ? "\n\t " : " ");
      words++;
    }
    String s = text.toString();
    assertThat(Words.count(s)).isEqualTo(words);
    assertThat(Words.count(new StringBuilder(s))).isEqualTo(words);
    assertThat(Words.capped(s, 300)).isEqualTo(Math.min(300, words));
    assertThat(Words.count(s, 255, 1030)).isEqualTo(s.substring(255, 1030).strip().split("\\s+").length);
  }
}
