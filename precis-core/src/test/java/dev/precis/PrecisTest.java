package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.clean.StoryCleaner;
import dev.precis.compare.StoryReport;
import dev.precis.json.PrecisJson;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.text.Compressor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisTest {
  /** Sentences the compressor shortens: a leading connective and a trailing attribution. */
  private static Story compressible() {
    return Story.of("levee", List.of(
        Document.of("a", "The river levee near Oster Mill gave way overnight, officials said.\n\n"
            + "However, nobody was hurt when the water reached the lower fields.\n\n"
            + "Crews will start repairs on Monday."),
        Document.of("b", "The river levee near Oster Mill gave way overnight.\n\n"
            + "Crews will start repairs on Monday, the council said.")));
  }

  /** Takes the candidates of a fixed list, in its order, that keep the budget. */
  private record Fixed(List<Integer> preferred) implements Summarizer {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public String description() {
      return "the candidates of a fixed list";
    }

    @Override
    public Selection select(AnalyzedStory story, Budget budget) {
      Selection selection = new Selection(story, budget);
      preferred.forEach(s -> selection.add(s, 1));
      return selection;
    }
  }

  /** Sentence 0 names the harbour master, 1 points back to him ("He said"), 2 and 3 stand alone. */
  private static Story pointingBack() {
    return Story.of("wall", List.of(Document.of("a",
        "Harbour master Tom Reyes inspected the sea wall at dawn. He said the wall had cracked in two places. "
            + "Ferries will not sail until Friday. The council has asked engineers for a report.")));
  }

  @Test
  void aSentenceThatPointsBackIsPrintedAfterWhatItPointsToOrNotAtAll() {
    Precis precis = new Precis();
    AnalyzedStory story = precis.analyze(pointingBack());
    // Room for the sentence that introduces "He": it is printed, before him.
    assertThat(precis.summarize(story, new Fixed(List.of(1, 2)), Budget.words(30)).sentences())
        .extracting(SummarySentence::sentence).containsExactly(0, 1, 2);
    // No room: the summarizer's next choice takes the place of "He said ...".
    assertThat(precis.summarize(story, new Fixed(List.of(1, 2, 3)), Budget.words(16)).sentences())
        .extracting(SummarySentence::sentence).containsExactly(2, 3);
    // Nothing else to print: the sentence stays rather than leave the summary empty.
    assertThat(precis.summarize(story, new Fixed(List.of(1)), Budget.words(9)).sentences())
        .extracting(SummarySentence::sentence).containsExactly(1);
  }

  @Test
  void whatStillPointsBackAfterTheLastReselectionIsLeftOut() {
    // Sentences 1-4 each point back to the one before; the introduction, sentence 0, never fits the budget. Every
    // round drops the first of them and takes the next; after the last round "It alarmed him." still points back.
    Precis precis = new Precis();
    AnalyzedStory story = precis.analyze(Story.of("pier", List.of(Document.of("a",
        "Harbour master Tom Reyes inspected the old sea wall at the north pier at dawn on Sunday. "
            + "He found two deep cracks along the base of the wall. They had widened since the storm of last winter. "
            + "Both were new to the engineers who came with him. It alarmed him enough to call the council at once. "
            + "Ferries will not sail from the harbour until Friday."))));
    assertThat(precis.summarize(story, new Fixed(List.of(1, 2, 3, 4, 5)), Budget.words(20)).sentences())
        .extracting(SummarySentence::sentence).containsExactly(5);
  }

  @Test
  void anUpdateMayNameByTheSurnameAlonePeopleTheReaderHasAlreadyMet() {
    // Sentences 0 and 1 were read before; 2 (new) names the harbour master by his surname alone, 3 names nobody.
    Story grown = Story.of("port", List.of(
        Document.of("old", "Harbour master Tom Reyes closed the port at dawn. Ferries will not sail until Friday."),
        Document.of("new", "Reyes said the sea wall had cracked in two places overnight. "
            + "The council has asked engineers from Lisle for a report by Monday.")));
    Precis precis = Precis.builder().summarizer(new Fixed(List.of(2, 3))).build();
    List<String> met = List.of("Harbour master Tom Reyes closed the port at dawn.");
    assertThat(precis.update(grown, List.of("new"), met, Budget.words(60)).summary().sentences())
        .extracting(SummarySentence::sentence).containsExactly(2, 3);
    // A reader who has not met him: the sentence is left out, as in any summary.
    List<String> notMet = List.of("Ferries will not sail until Friday.");
    assertThat(precis.update(grown, List.of("new"), notMet, Budget.words(60)).summary().sentences())
        .extracting(SummarySentence::sentence).containsExactly(3);
  }

  @Test
  void theDefaultsAreThoseOfThePlainConstructor() {
    Story story = TestStories.ferry();
    Precis built = Precis.builder().build();
    assertThat(built.summarize(story)).isEqualTo(new Precis().summarize(story));
    assertThat(built.budget()).isEqualTo(Budget.words(Budget.DEFAULT_WORDS));
    assertThat(built.summarizer().name()).isEqualTo(Summarizers.get(Summarizers.DEFAULT).name());
    assertThat(PrecisJson.write(built.report(story)))
        .isEqualTo(PrecisJson.write(new Precis().report(story, built.summarizer(), built.budget())));
  }

  @Test
  void summarizerAndBudgetAreTheOnesSet() {
    Story story = TestStories.generated(8, 4);
    Precis lead = Precis.builder().summarizer("lead").budget(Budget.sentences(2)).build();
    Summary summary = lead.summarize(story);
    assertThat(summary.algorithm()).isEqualTo("lead");
    assertThat(summary.sentences()).hasSize(2);
    StoryReport report = lead.report(story);
    assertThat(report.summary()).isEqualTo(summary);
    assertThat(report.budget()).isEqualTo(Budget.sentences(2));
    Precis instance = Precis.builder().summarizer(Summarizers.get("mmr")).build();
    assertThat(instance.summarize(story).algorithm()).isEqualTo("mmr");
    assertThatThrownBy(() -> Precis.builder().summarizer("nonesuch")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonesuch");
  }

  @Test
  void compressionOffPrintsSentencesWhole() {
    Story story = compressible();
    Budget budget = Budget.sentences(3);
    Summary shortened = Precis.builder().budget(budget).build().summarize(story);
    Summary whole = Precis.builder().budget(budget).compression(false).build().summarize(story);
    assertThat(whole).isEqualTo(new Precis(new StoryCleaner(), new StoryAnalyzer(Compressor.VERBATIM))
        .summarize(story, Summarizers.DEFAULT, budget));
    for (SummarySentence s : whole.sentences()) {
      Document d = story.documents().get(s.citations().get(0).documentIndex());
      assertThat(s.text()).isEqualTo(d.text().substring(s.citations().get(0).start(), s.citations().get(0).end()));
    }
    assertThat(shortened.sentences()).extracting(SummarySentence::text)
        .isNotEqualTo(whole.sentences().stream().map(SummarySentence::text).toList());
  }

  @Test
  void aLanguageSetReplacesTheStorysAndEnglishRulesStop() {
    Story story = compressible();
    Precis german = Precis.builder().language("de").compression(true).build();
    assertThat(german.clean(story).story().language()).isEqualTo("de");
    Summary summary = german.summarize(story);
    assertThat(summary.story().language()).isEqualTo("de");
    // The compressor's rules are English: a story taken as German is printed whole.
    assertThat(summary).isEqualTo(Precis.builder().language("de").compression(false).build().summarize(story));
    assertThat(Precis.builder().language(" ").build().clean(story).story().language()).isEqualTo("en");
  }

  @Test
  void cleaningOffKeepsTheTextsAsGiven() {
    Story story = Story.of("s", List.of(Document.of("a",
        "The pier reopened on Friday.\n\nPhoto: Jane Doe/Harbour Pictures\n\nBoats returned at noon.")));
    assertThat(Precis.builder().cleaning(false).build().clean(story).story()).isEqualTo(story);
    assertThat(new Precis().clean(story).story().documents().get(0).text()).doesNotContain("Photo:");
  }
}
