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

class CentroidSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new CentroidSummarizer();
  }

  /**
   * A wildfire covered by three outlets. Each article opens on a side detail; the sentences about the fire
   * itself come later.
   */
  private static AnalyzedStory wildfireStory() {
    return new Precis().analyze(Story.of("wildfire", List.of(
        Document.of("a", "Officials in Marrow County opened two shelters at the fairground on Wednesday. "
            + "A wildfire forced the evacuation of Pinecrest as firefighters battled the flames near the town. "
            + "The county fair will go ahead next month as planned."),
        Document.of("b", "A bakery in Alder Springs donated bread to the fairground shelters. "
            + "The wildfire near Pinecrest has destroyed twelve homes, firefighters said. "
            + "Evacuation orders for Pinecrest remain in place."),
        Document.of("c", "Smoke closed schools across the Marrow valley on Thursday. "
            + "Firefighters from three states joined the battle against the Pinecrest wildfire."))));
  }

  private static List<String> chosen(AnalyzedStory story, Summarizer summarizer, Budget budget) {
    return summarizer.select(story, budget).items().stream().map(i -> story.sentence(i.sentence()).text())
        .toList();
  }

  @Test
  void centroidAloneFavoursTheSentencesAboutTheEvent() {
    AnalyzedStory story = wildfireStory();
    List<String> top = chosen(story, new CentroidSummarizer().with(Map.of("positionWeight", "0", "firstSentenceWeight", "0")), Budget.sentences(2));
    assertThat(top).hasSize(2).allSatisfy(s -> assertThat(s).contains("wildfire").contains("Pinecrest"));
  }

  @Test
  void positionAndFirstSentenceOverlapPullOpeningSentencesUp() {
    AnalyzedStory story = wildfireStory();
    List<String> top = chosen(story, new CentroidSummarizer().with(Map.of("positionWeight", "5", "firstSentenceWeight", "5")), Budget.sentences(3));
    assertThat(top).containsExactlyInAnyOrder(
        "Officials in Marrow County opened two shelters at the fairground on Wednesday.",
        "A bakery in Alder Springs donated bread to the fairground shelters.",
        "Smoke closed schools across the Marrow valley on Thursday.");
  }

  @Test
  void skipsASentenceTooCloseToOneAlreadyTaken() {
    AnalyzedStory story = wildfireStory();
    List<Selection.Item> items = new CentroidSummarizer().with(Map.of("positionWeight", "0", "firstSentenceWeight", "0", "maxSimilarity", "0.2")).select(story, Budget.sentences(8))
        .items();
    assertThat(items).isNotEmpty();
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        assertThat(story.vector(items.get(a).sentence()).dot(story.vector(items.get(b).sentence())))
            .isLessThanOrEqualTo(0.2);
      }
    }
    // Without the check every candidate is taken.
    assertThat(new CentroidSummarizer().with(Map.of("positionWeight", "0", "firstSentenceWeight", "0", "maxSimilarity", "1")).select(story, Budget.sentences(8)).size())
        .isGreaterThan(items.size());
  }

  @Test
  void rejectsOptionsOutOfRange() {
    assertThatThrownBy(() -> new CentroidSummarizer().with(Map.of("centroidTerms", "-1"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new CentroidSummarizer().with(Map.of("centroidWeight", "-1"))).isInstanceOf(OptionException.class);
    assertThatThrownBy(() -> new CentroidSummarizer().with(Map.of("maxSimilarity", "0"))).isInstanceOf(OptionException.class);
  }
}
