package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteMarksTest {
  @ParameterizedTest
  @ValueSource(strings = {"\"The ferry will sail again on Friday.\"", "\u201cThe ferry will sail again on Friday.\u201d",
      "  \"The ferry will sail again on Friday\".  ", "`` The ferry will sail again on Friday . ''"})
  void aSentenceThatIsOneQuotationIsBare(String sentence) {
    assertThat(QuoteMarks.isBareQuote(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"The ferry will sail again on Friday,\" the harbour master said.",
      "The harbour master said: \"The ferry will sail again on Friday.\"",
      "The ferry will sail again on Friday.", "\"", "\"Yes.\" And then the ferry sailed \"again\""})
  void aQuotationWithItsSpeakerIsNot(String sentence) {
    assertThat(QuoteMarks.isBareQuote(sentence)).isFalse();
  }
}
