package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  private record Term(String term, boolean stop, int start, int end) {}

  private static List<Term> terms(String language, String text) {
    List<Term> out = new ArrayList<>();
    TermAnalyzer.forLanguage(language).analyze(text, (t, stop, start, end) -> out.add(new Term(t, stop, start, end)));
    return out;
  }

  @Test
  void englishIsStemmedWithStopWordsMarkedAndOffsetsKept() {
    String text = "The inspectors were inspecting the bridges, Varga's office said.";
    List<Term> terms = terms("en", text);
    assertThat(terms).extracting(Term::term)
        .containsExactly("the", "inspector", "were", "inspect", "the", "bridg", "varga", "offic", "said");
    assertThat(terms).filteredOn(Term::stop).extracting(Term::term).containsExactly("the", "were", "the");
    for (Term t : terms) {
      assertThat(text.substring(t.start(), t.end()).toLowerCase()).startsWith(t.term().substring(0, 3));
    }
  }

  @Test
  void punctuationIsNotATerm() {
    assertThat(terms("en", "-- ... !! 42 % $ 3.5")).extracting(Term::term).containsExactly("42", "3.5");
  }

  @Test
  void otherLanguagesUseTheirOwnStemmersAndStopWords() {
    // Elision removed ("l'"), light stemming, French stop words marked.
    assertThat(terms("fr", "l'inspecteur et les ponts")).extracting(Term::term)
        .containsExactly("inspect", "et", "les", "pont");
    assertThat(terms("fr", "l'inspecteur et les ponts")).filteredOn(Term::stop).extracting(Term::term)
        .containsExactly("et", "les");
    assertThat(terms("de", "die Brücken wurden geprüft")).filteredOn(t -> !t.stop()).hasSize(3);
    assertThat(terms("xx", "Unknown Language Words")).extracting(Term::term)
        .containsExactly("unknown", "language", "words");
  }

  @Test
  void analyzersAreSharedPerLanguage() {
    assertThat(TermAnalyzer.forLanguage("EN")).isSameAs(TermAnalyzer.forLanguage("en"));
    assertThat(TermAnalyzer.forLanguage(null).language()).isEqualTo("en");
  }
}
