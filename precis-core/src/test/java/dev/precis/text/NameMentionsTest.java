package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.NameMentions.Mention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameMentionsTest {
  private static List<String> full(String sentence) {
    return NameMentions.in(sentence).stream().filter(Mention::full).map(Mention::key).toList();
  }

  private static List<String> bare(String sentence) {
    return NameMentions.in(sentence).stream().filter(m -> !m.full()).map(Mention::key).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Prime Minister Tony Blair flew to Belfast.", "Dr. Jane Blair said the ward was full.",
      "The ferry was late, said harbour master Tom Blair.", "J. Blair voted against.",
      "President Blair's speech was short.", "Mayor Blair opened the bridge."})
  void aGivenNameAnInitialOrATitleBeforeTheSurnameIntroducesThePerson(String sentence) {
    assertThat(full(sentence)).containsExactly("blair");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Blair said the talks would go on.", "The talks, Blair said, would go on.",
      "Mr. Blair said the talks would go on.", "Ms Blair said the talks would go on."})
  void theSurnameAloneOrAfterACourtesyTitleIntroducesNobody(String sentence) {
    assertThat(full(sentence)).isEmpty();
    assertThat(bare(sentence)).contains("blair");
  }

  @Test
  void aRunOfTwoNamesEndsInANameTheListsMayNotKnowButNotAfterACourtesyTitle() {
    assertThat(NameMentions.in("Bulent Ecevit formed a government."))
        .containsExactly(new Mention("bulent", false, false), new Mention("ecevit", false, true));
    assertThat(NameMentions.in("Mr. Ecevit formed a government."))
        .containsExactly(new Mention("mr", false, false), new Mention("ecevit", false, false));
  }

  @Test
  void organisationsPlacesAndPunctuationEndOrSpoilAName() {
    // The run's last word marks an organisation: nobody is introduced, every word is bare.
    assertThat(full("Planes left Will Rogers Airport at noon.")).isEmpty();
    // A given name that is a well-known place introduces nobody.
    assertThat(full("The Georgia Republican spoke first.")).isEmpty();
    // A comma ends the run: "Tony" alone is no full name of "Blair".
    assertThat(full("He met Tony, Blair and the mayor.")).isEmpty();
    // A possessive ends the run; weekdays and words in capitals are no name words.
    assertThat(NameMentions.in("Tony Blair's NATO ally met Anna Lind Monday."))
        .containsExactly(new Mention("blair", true, false), new Mention("lind", true, false));
  }

  @Test
  void lowerCaseWordsAreCollected() {
    Set<String> words = new HashSet<>();
    NameMentions.lowerCaseWords("Young people met Mr. Young's brother.", words);
    assertThat(words).containsExactlyInAnyOrder("people", "met", "brother");
  }
}
