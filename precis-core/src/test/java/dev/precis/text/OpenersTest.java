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

  @ParameterizedTest
  @ValueSource(strings = {"The Americans in question include a former ambassador.", "He said the road was shut.",
      "These ferries in question were built in 1990.", "There, police found the missing van.",
      "There he met the mayor.", "That night the river rose again.", "This time the council paid.",
      "All were treated at the county hospital.", "Both of them denied the charge.", "Most had fled by noon.",
      "Neither was insured.", "Two were in serious condition.", "\"I thought the road would open,\" she said.",
      "\u201cWe will rebuild it,\u201d they told the council."})
  void sentencesThatDependOnWhatCameBeforePointBack(String sentence) {
    assertThat(Openers.pointsBack(sentence)).isTrue();
    assertThat(Openers.dependsOnWhatCameBefore(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"There was no tsunami warning.", "There are no reports of injuries.",
      "There's no sign of the missing van.", "There will be a public inquiry.", "The question is who pays.",
      "Mayor Lin said the road would reopen.", "This week, the council voted to close the road.",
      "These days the ferry sails twice a day.", "This year's floods were the worst since 1990.",
      "All flights were cancelled.", "Both ferries sailed late.", "Most of the town was flooded.",
      "Some say the dam was too low.", "Allison Park was closed.", "Two ferries were late.",
      "2014 was the wettest year on record.", "\"We will rebuild it,\" Mayor Lin said.",
      "Lin said she would reopen the road."})
  void existentialThereTimesFromNowAndNamedSubjectsDoNotDependOnWhatCameBefore(String sentence) {
    assertThat(Openers.dependsOnWhatCameBefore(sentence)).isFalse();
  }
}
