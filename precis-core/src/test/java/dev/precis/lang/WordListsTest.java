package dev.precis.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void readsOneEntryPerLineWithoutCommentsOrBlanks() {
    assertThat(WordLists.lines("zz", "sample")).containsExactly("alpha", "beta", "alpha", "gamma delta");
    assertThat(WordLists.words("zz", "sample")).containsExactlyInAnyOrder("alpha", "beta", "gamma delta");
  }

  @Test
  void theLanguageCodeIsReadIgnoringCase() {
    assertThat(WordLists.lines("ZZ", "sample")).isEqualTo(WordLists.lines("zz", "sample"));
  }

  @Test
  void tellsWhichListsALanguageHas() {
    assertThat(WordLists.has("zz", "sample")).isTrue();
    assertThat(WordLists.has("zz", "speech-verbs")).isFalse();
    assertThat(WordLists.has("en", "speech-verbs")).isTrue();
  }

  @Test
  void aMissingListIsAnErrorNamingIt() {
    assertThatThrownBy(() -> WordLists.lines("zz", "nothing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz/nothing.txt");
  }

  @Test
  void everyEnglishListIsLowerCaseWordsExceptPlaceNames() {
    for (String name : new String[] {"speech-verbs", "titles", "months", "weekdays", "given-names-female"}) {
      assertThat(WordLists.lines("en", name)).as(name).isNotEmpty()
          .allSatisfy(w -> assertThat(w).isEqualTo(w.toLowerCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void oneSpeechVerbListServesEveryStageThroughItsUses() {
    Set<String> uses = Set.of("quote", "dated", "tag", "attribution", "cue");
    assertThat(WordLists.lines("en", "speech-verbs")).allSatisfy(line -> {
      String[] fields = line.split("\\s+");
      assertThat(fields.length).as(line).isGreaterThan(1);
      assertThat(uses).as(line).containsAll(List.of(fields).subList(1, fields.length));
    });
    assertThat(WordLists.tagged("en", "speech-verbs", "attribution")).contains("said", "reported")
        .doesNotContain("claimed", "said attribution");
    assertThat(WordLists.tagged("en", "speech-verbs", "quote")).contains("said", "claimed");
    assertThat(WordLists.tagged("en", "speech-verbs", "none")).isEmpty();
  }
}
