package dev.precis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNamesTest {
  @Test
  void givenNamesHaveAGenderAndANameInTwoListsIsCommonForBoth() {
    assertThat(GivenNames.gender("Mary")).isEqualTo('F');
    assertThat(GivenNames.gender("JOHN")).isEqualTo('M');
    assertThat(GivenNames.contains("mary")).isTrue();
    assertThat(GivenNames.gender("Blair")).isEqualTo((char) 0);
    assertThat(GivenNames.contains("blair")).isFalse();
  }
}
