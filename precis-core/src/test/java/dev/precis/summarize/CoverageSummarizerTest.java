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
