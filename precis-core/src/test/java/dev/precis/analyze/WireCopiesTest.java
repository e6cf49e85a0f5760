package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCopiesTest {
  private static final String WIRE = "Fishing crews in the port of Adrel stayed ashore for a third day on Wednesday "
      + "after the harbour authority closed the outer channel, where a grain barge sank on Sunday night.\n\n"
      + "Divers have located the barge in nine metres of water and expect to begin lifting its cargo on Friday, "
      + "the authority said in a statement. No one was hurt when the barge went down.\n\n"
      + "Fish merchants said the closure was costing the town's market about 40,000 crowns a day, and the "
      + "fishermen's cooperative asked the regional government for emergency support.\n\n"
      + "\"Every day the boats sit here is a day our members cannot pay their bills,\" said Tova Brenn, who chairs "
      + "the cooperative.\n\n"
      + "The harbour authority said it hoped to reopen the channel to small vessels by the weekend.";

  private static final String OTHER = "The regional government in Adrel approved a new budget for coastal "
      + "defences on Wednesday, setting aside money for sea walls at four towns that flooded last winter. "
      + "Council members argued for hours over how to divide the money between the towns, and the vote passed "
      + "by a narrow margin after the opposition walked out. Officials said building work would start in the "
      + "spring and last about three years, and that residents would be consulted on the design of each wall.";

  private static Document doc(String id, String source, String text) {
    return new Document(id, null, source, null, null, text);
  }

  @Test
  void republishedWireCopyWithEditsIsOneSource() {
    String trimmed = WIRE.substring(0, WIRE.lastIndexOf("\n\n"));
    String localised = "ADREL - " + WIRE.replace("said in a statement", "told the Adrel Courier")
        + "\n\nThe Courier's own reporter saw six trawlers tied up at the north quay on Wednesday morning.";
    List<Document> docs = List.of(doc("a", "Wire", WIRE), doc("b", "Coast Times", OTHER),
        doc("c", "Courier", localised), doc("d", "Evening Post", trimmed));
    int[] copyOf = new WireCopies().find(docs);
    assertThat(copyOf).containsExactly(0, 1, 0, 0);
  }

  @Test
  void differentStoriesAndShortTextsStayApart() {
    List<Document> docs = List.of(doc("a", "x", WIRE), doc("b", "y", OTHER),
        doc("c", "z", "Short note about the barge."), doc("d", "w", "Short note about the barge."));
    assertThat(new WireCopies().find(docs)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void copiesCountOnceInDocumentFrequency() {
    Story story = Story.of("s", List.of(doc("a", "Wire", WIRE), doc("b", "Post", WIRE), doc("c", "Times", OTHER)));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(analyzed.copyOf(1)).isZero();
    int barge = analyzed.vocabulary().contentId("barg");
    assertThat(barge).isNotNegative();
    assertThat(analyzed.documentFrequency(barge)).isEqualTo(1);
    int wednesday = analyzed.vocabulary().contentId("wednesdai");
    assertThat(analyzed.documentFrequency(wednesday)).isEqualTo(2);
  }

  @Test
  void aThousandArticlesAreComparedQuickly() {
    List<Document> docs = new ArrayList<>(TestStories.generated(1000, 5).documents());
    long t0 = System.nanoTime();
    new WireCopies().find(docs);
    assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(10);
  }
}
