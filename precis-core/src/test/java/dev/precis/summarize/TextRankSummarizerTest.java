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

class TextRankSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new TextRankSummarizer();
  }

  /** A mine rescue: one sentence overlaps every other account of it; one sentence is about something else. */
  private static AnalyzedStory mineStory() {
    return new Precis().analyze(Story.of("mine", List.of(
        Document.of("a", "Rescuers reached the trapped miners at the Halden pit on Friday evening. "
            + "A local choir rehearsed carols in the church hall. "
            + "Doctors said all six miners were in good health."),
        Document.of("b", "The Halden pit flooded after a pump failed deep underground. "
            + "Families waited outside the pit gates through the night. "
            + "Six miners trapped when a failed pump flooded the Halden pit were reached by rescuers "
            + "while families waited at the gates."))));
  }

  private static List<String> ranked(AnalyzedStory story) {
    return new TextRankSummarizer().with(Map.of("maxSimilarity", "1")).select(story, Budget.sentences(10)).items().stream()
        .map(i -> story.sentence(i.sentence()).text()).toList();
  }

  @Test
  void theSentenceThatOverlapsMostComesFirst() {
    assertThat(ranked(mineStory()).get(0)).startsWith("Six miners trapped");
  }

  @Test
  void aSentenceSharingNoWordRanksLast() {
    List<String> ranked = ranked(mineStory());
    assertThat(ranked).hasSize(6);
    assertThat(ranked.get(5)).contains("choir");
  }

  @Test
  void redundancyCheckSkipsACloseParaphrase() {
    // The two strike sentences are alike (TF-IDF cosine near 0.5) without being one redundancy group.
    AnalyzedStory story = new Precis().analyze(Story.of("strike", List.of(
        Document.of("a", "Dock workers in Port Selby voted to strike over the new shift rota on Tuesday. "
            + "The union said talks with the port authority had broken down."),
        Document.of("b", "Port Selby dock workers will strike over the shift rota next month. "
            + "The port authority said it would keep the terminal open during the strike."))));
    List<String> lenient = new TextRankSummarizer().with(Map.of("maxSimilarity", "1")).select(story, Budget.sentences(2)).items()
        .stream().map(i -> story.sentence(i.sentence()).text()).toList();
    assertThat(lenient).allSatisfy(s -> assertThat(s).containsIgnoringCase("dock workers"));

    List<Selection.Item> strict = new TextRankSummarizer().with(Map.of("maxSimilarity", "0.3")).select(story, Budget.sentences(2))
        .items();
    assertThat(strict).hasSize(2);
    assertThat(story.vector(strict.get(0).sentence()).dot(story.vector(strict.get(1).sentence())))
        .isLessThanOrEqualTo(0.3);
  }

  @Test
  void rejectsOptionsOutOfRange() {
    assertThatThrownBy(() -> new TextRankSummarizer().with(Map.of("damping", "0"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new TextRankSummarizer().with(Map.of("maxSimilarity", "1.5"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new TextRankSummarizer().with(Map.of("poolSize", "-1"))).isInstanceOf(OptionException.class);
  }
}
