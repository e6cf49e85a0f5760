package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.OptionException;
import dev.precis.model.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new CoverageSummarizer();
  }

  /**
   * A landslide on a mountain railway told by three outlets: all three report the closure of the line in
   * similar words, one adds a detail no one else has, and each repeats the main fact in a later sentence.
   */
  private static AnalyzedStory landslideStory() {
    return new Precis().analyze(Story.of("landslide", List.of(
        Document.of("a", "A landslide closed the Varn valley railway near Ostby station on Friday. "
            + "The railway operator said buses would replace trains for at least a week. "
            + "A local bakery gave coffee to stranded travellers at Ostby station."),
        Document.of("b", "The Varn valley railway was closed on Friday after a landslide buried the track near "
            + "Ostby station. "
            + "Buses would replace trains for at least a week, the railway operator said."),
        Document.of("c", "Heavy rain set off a landslide that closed the Varn valley railway. "
            + "Geologists will survey the slope above Ostby station before repairs begin. "
            + "Buses replace trains while the railway is closed."))));
  }

  private static List<String> chosen(AnalyzedStory story, Summarizer summarizer, Budget budget) {
    return summarizer.select(story, budget).items().stream().map(i -> story.sentence(i.sentence()).text())
        .toList();
  }

  private static List<String> texts(AnalyzedStory story, Selection selection) {
    return selection.items().stream().map(i -> story.sentence(i.sentence()).text()).toList();
  }

  @Test
  void firstPickCoversWhatMostOutletsReport() {
    List<String> one = chosen(landslideStory(), new CoverageSummarizer(), Budget.sentences(1));
    assertThat(one).hasSize(1);
    assertThat(one.get(0)).contains("landslide").contains("Varn valley railway");
  }

  @Test
  void secondPickAddsNewContentInsteadOfRepeatingTheFirst() {
    List<String> two = chosen(landslideStory(), new CoverageSummarizer(), Budget.sentences(2));
    assertThat(two).hasSize(2);
    // The closure is told three times; once it is covered, the replacement buses (reported by all three) win
    // over another telling of the closure and over the detail only one outlet has.
    assertThat(two.stream().filter(s -> s.contains("landslide"))).hasSize(1);
    assertThat(two.stream().filter(s -> s.contains("Buses") || s.contains("buses"))).hasSize(1);
  }

  @Test
  void neverPicksALoneDetailOverSharedFacts() {
    List<String> three = chosen(landslideStory(), new CoverageSummarizer(), Budget.words(45));
    assertThat(three).noneMatch(s -> s.contains("bakery"));
  }

  /**
   * A dam followed over a year: each article's lead tells its own event, in words no other article repeats,
   * while running details (the water board's word on the dam, the cost of repairs) recur in two articles each.
   */
  private static AnalyzedStory damStory() {
    return new Precis().analyze(Story.of("dam", List.of(
        Document.of("a", "Floods cut the northern highway at Kessel in March. "
            + "The Varn water board said the old dam was inspected on Monday."),
        Document.of("b", "A new bridge over the Lune river opened to traffic in May. "
            + "Engineers of the Varn water board said the old dam was sound."),
        Document.of("c", "Farmers near Tolle lost their harvest to a summer drought. "
            + "Repairs to the old dam would cost millions of crowns, the ministry said."),
        Document.of("d", "Parliament voted in November to pay for a second reservoir. "
            + "Repairs to the old dam still cost millions of crowns a year."))));
  }

  @Test
  void leadsOfArticlesTellingDifferentEventsKeepTheConceptsTheCountCutDrops() {
    AnalyzedStory story = damStory();
    Budget budget = Budget.words(45);
    List<String> plain = texts(story, new CoverageSummarizer().select(story, budget, null, 0));
    List<String> leads = texts(story, new CoverageSummarizer().select(story, budget, null, 4));
    List<String> events = List.of("Floods cut", "A new bridge", "Farmers near Tolle", "Parliament voted");
    // Without the leads' concepts the search spends the budget on the details two articles repeat first.
    assertThat(plain).anyMatch(s -> s.contains("Varn water board")).anyMatch(s -> s.contains("Repairs"));
    assertThat(leads).hasSize(4).allMatch(s -> events.stream().anyMatch(s::startsWith));
  }

  @Test
  void rejectsInvalidOptions() {
    assertThatThrownBy(() -> new CoverageSummarizer().with(CoverageSummarizer.UNIGRAM_WEIGHT, -1.0))
        .isInstanceOf(OptionException.class).hasMessage("coverage: option unigramWeight must be at least 0, got -1.0");
    assertThatThrownBy(() -> new CoverageSummarizer().with(CoverageSummarizer.MIN_COUNT, 0))
        .isInstanceOf(OptionException.class);
  }

  @Test
  void setsOptionsByNameLeavingTheOriginalAsItWas() {
    Summarizer plain = new CoverageSummarizer();
    Summarizer byPosition = plain.with(Map.of("fillByPosition", "true", "seeds", "0"));
    assertThat(byPosition.options().get(CoverageSummarizer.FILL_BY_POSITION)).isTrue();
    assertThat(byPosition.options().get(CoverageSummarizer.SEEDS)).isZero();
    assertThat(plain.options().get(CoverageSummarizer.SEEDS)).isEqualTo(10);
  }
}
