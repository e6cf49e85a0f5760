package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenersTest {
  @ParameterizedTest
  @ValueSource(strings = {"She added: \"We will reopen the road.\"", "But the council refused to pay.",
      "It was the third closure this year.", "This means the ferry will not sail.", "And then the rain came."})
  void pronounsAndConnectivesDangle(String sentence) {
    assertThat(Openers.refersBack(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mayor Lin said the road would reopen.", "Itinerary changes were announced.",
      "Thelma Ross, 61, was rescued.", "\"We will reopen the road,\" Lin said."})
  void namedSubjectsStandAlone(String sentence) {
    assertThat(Openers.refersBack(sentence)).isFalse();
  }
}
