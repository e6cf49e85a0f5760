package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.OptionException;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class MmrSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new MmrSummarizer();
  }

  /**
   * A vote on a harbour tunnel: two reports of the vote in similar words (not similar enough to be one
   * redundancy group), and other angles on the same plan that share less with the rest.
   */
  private static AnalyzedStory tunnelStory() {
    return new Precis().analyze(Story.of("tunnel", List.of(
        Document.of("a", "Councillors in Brindle approved the harbour tunnel plan by nine votes to four on Monday. "
            + "The harbour tunnel will cost about 900 million dollars, paid over twelve years. "
            + "Opponents said the tunnel plan ignored the fishing fleet."),
        Document.of("b", "Brindle councillors approved the harbour tunnel plan on Monday after a long and bitter "
            + "debate. "
            + "Fishing crews staged a quiet protest outside the council chamber. "
            + "Construction of the tunnel could begin next spring."),
        Document.of("c", "The tunnel will link the harbour with the eastern suburbs by 2031. "
            + "Engineers expect the harbour tunnel to carry forty thousand cars a day."))));
  }

  private static List<String> chosen(AnalyzedStory story, Summarizer summarizer, Budget budget) {
    return summarizer.select(story, budget).items().stream().map(i -> story.sentence(i.sentence()).text())
        .toList();
  }

  @Test
  void firstPickIsTheSentenceMostRelevantToTheCentroid() {
    AnalyzedStory story = tunnelStory();
    List<String> relevanceOnly = chosen(story, new MmrSummarizer().with(MmrSummarizer.LAMBDA, 1.0), Budget.sentences(1));
    List<String> balanced = chosen(story, new MmrSummarizer(), Budget.sentences(1));
    assertThat(balanced).isEqualTo(relevanceOnly);
    assertThat(balanced.get(0)).contains("approved the harbour tunnel plan");
  }

  @Test
  void novelSentenceBeatsANearRepeatOfTheFirstPick() {
    AnalyzedStory story = tunnelStory();
    List<String> relevanceOnly = chosen(story, new MmrSummarizer().with(MmrSummarizer.LAMBDA, 1.0), Budget.sentences(2));
    List<String> balanced = chosen(story, new MmrSummarizer(), Budget.sentences(2));
    // By relevance alone the two reports of the vote come first; MMR replaces the second by new content.
    assertThat(relevanceOnly).allSatisfy(s -> assertThat(s).containsIgnoringCase("approve"));
    assertThat(balanced.get(1)).doesNotContainIgnoringCase("approve");
  }

  @Test
  void rejectsLambdaOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new MmrSummarizer().with(MmrSummarizer.LAMBDA, 1.5)).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new MmrSummarizer().with(MmrSummarizer.LAMBDA, -0.1)).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new MmrSummarizer().with(MmrSummarizer.LAMBDA, Double.NaN)).isInstanceOf(OptionException.class);
  }
}
