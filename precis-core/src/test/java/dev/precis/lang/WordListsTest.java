package dev.precis.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

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

  @Test
  void aBackslashMakesAHashPartOfTheEntry() {
    assertThat(WordLists.lines("zz", "escaped")).containsExactly("###", "# # #", "a#b");
    assertThat(WordLists.words("en", "wire-end-marks")).contains("###", "# # #", "- 30 -", "MORE TO COME", "nn");
  }

  @Test
  void readsEntriesWithValuesInFileOrder() {
    assertThat(WordLists.values("zz", "values")).containsExactly(entry("dozen", "12"), entry("kph", "km/h"));
    assertThatThrownBy(() -> WordLists.values("zz", "sample")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no value for 'alpha'").hasMessageContaining("zz/sample.txt");
    assertThatThrownBy(() -> WordLists.values("zz", "values-twice")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'kph' twice").hasMessageContaining("zz/values-twice.txt");
  }

  @Test
  void theEnglishNumberListsHoldTheValuesTheirNamesSay() {
    List<String> small = List.copyOf(WordLists.values("en", "number-word-values").values());
    for (int i = 0; i < 20; i++) {
      assertThat(small.get(i)).isEqualTo(Integer.toString(i));
    }
    assertThat(WordLists.values("en", "number-word-values")).containsEntry("seventeen", "17").hasSize(20);
    assertThat(WordLists.values("en", "tens-word-values")).containsEntry("twenty", "20").containsEntry("ninety", "90")
        .hasSize(8).allSatisfy((w, v) -> assertThat(Integer.parseInt(v) % 10).isZero());
    assertThat(WordLists.values("en", "multiplier-word-values")).containsEntry("dozen", "12");
    assertThat(WordLists.values("en", "scale-values")).containsEntry("bn", "1000000000")
        .allSatisfy((w, v) -> assertThat(Double.parseDouble(v)).isGreaterThanOrEqualTo(1000));
    assertThat(WordLists.values("en", "units")).containsEntry("kph", "km/h").containsEntry("metres", "m")
        .allSatisfy((w, v) -> assertThat(v).doesNotContainAnyWhitespaces());
  }

  @Test
  void theWeekdaysComeFromMondayToSunday() {
    List<String> days = WordLists.lines("en", "weekdays");
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      assertThat(days.get(d.ordinal())).isEqualTo(d.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(WordLists.capitalized("monday")).isEqualTo("Monday");
  }

  @Test
  void theCueListsGiveEachClassItsCues() {
    assertThat(WordLists.values("en", "event-cues")).containsKeys("dead", "injured", "up", "down")
        .allSatisfy((event, cues) -> assertThat(cues.split("\\s+")).isNotEmpty());
    assertThat(WordLists.values("en", "event-cues").get("dead").split("\\s+")).startsWith("kill", "die");
    assertThat(WordLists.values("en", "money-cues")).containsKeys("deal", "cost", "fine");
    assertThat(WordLists.lines("en", "dropped-connectives")).startsWith("but", "and", "however,")
        .contains("in fact,");
  }
}
