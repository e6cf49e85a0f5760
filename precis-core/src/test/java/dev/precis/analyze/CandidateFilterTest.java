package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFilterTest {
  private final CandidateFilter filter = new CandidateFilter();

  private boolean accepts(String sentence) {
    return filter.accept(sentence, Words.count(sentence), 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The harbour master said the tide had been unusually low that morning.",
      "\"We were lucky with the weather,\" the harbour master said on Sunday.",
      "\u201cWe were lucky with the weather,\u201d the harbour master said on Sunday.",
      "`` We were lucky with the weather , '' the harbour master said on Sunday .",
      "She said she would sign up for the new coastal safety course next spring."})
  void keepsWholeSentences(String sentence) {
    assertThat(accepts(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Those people were pulled out by crews who went in after them,\" the mayor said.",
      "\u201dThose people were pulled out by crews who went in after them, the mayor said.",
      "Those people were pulled out by crews who went in after them , '' the mayor said .",
      "Was the ferry company warned about the sandbank before the winter storms?",
      "Photo: Jana Koll / Harbour Gazette staff photographer at the scene",
      "Sign up for our newsletter to get the morning briefing every day",
      "Far too short, really."})
  void dropsFragmentsQuestionsAndDebris(String sentence) {
    assertThat(accepts(sentence)).isFalse();
  }
}
