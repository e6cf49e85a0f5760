package dev.precis.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
