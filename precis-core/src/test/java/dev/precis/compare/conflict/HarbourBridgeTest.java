package dev.precis.compare.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample corpus examples/harbour-bridge (see examples/README.md for what it plants). */
class HarbourBridgeTest {
  private static AnalyzedStory story;
  private static Quotations quotations;
  private static List<Conflict> conflicts;

  @BeforeAll
  static void analyze() throws InputException {
    // Tests run in precis-core; the sample corpus is committed at <repo>/examples/harbour-bridge.
    Path dir = Path.of("../examples/harbour-bridge");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("examples/harbour-bridge");
    }
    assertThat(dir).as("examples/harbour-bridge in the repository").isDirectory();
    Story raw = new StoryReader(w -> {}).readAll(List.of(dir.toString())).get(0);
    story = new Precis().analyze(raw); // the full pipeline, debris cleaning included
    quotations = new QuoteExtractor().extract(story);
    conflicts = new ContradictionFinder().find(story);
    conflicts.forEach(c -> System.out.println(c.kind() + " " + c.values()));
  }

  private static int doc(String prefix) {
    for (int d = 0; d < story.documentCount(); d++) {
      if (story.story().documents().get(d).id().startsWith(prefix)) {
        return d;
      }
    }
    throw new AssertionError(prefix);
  }

  private static String speakerOf(String prefix, String words) {
    int d = doc(prefix);
    return quotations.quotes().stream().filter(q -> q.document() == d && q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError(words)).speaker();
  }

  @Test
  void theMisattributedQuotationIsFound() {
    List<Conflict> quotes = conflicts.stream().filter(c -> c.kind() == Conflict.Kind.QUOTE_SPEAKER).toList();
    assertThat(quotes).singleElement().satisfies(c -> {
      assertThat(c.values()).containsExactly("Marek Dunmore", "Ilse Varga");
      assertThat(c.claims()).anySatisfy(claim -> {
        assertThat(claim.document()).isEqualTo(doc("06"));
        assertThat(claim.value()).isEqualTo("Ilse Varga");
        assertThat(claim.text()).contains("Mayor Ilse Varga said");
      });
      assertThat(c.claims()).extracting(Claim::document).contains(doc("01"), doc("03"), doc("06"));
    });
  }

  @Test
  void theInjuryCountConflictIsFound() {
    assertThat(conflicts).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(Conflict.Kind.NUMBER);
      assertThat(c.values()).contains("14", "17");
      assertThat(c.claims()).anySatisfy(claim -> assertThat(claim.text()).contains("Seventeen people were hurt"));
    });
  }

  @Test
  void equalNumbersWrittenDifferentlyAreNotReported() {
    for (Conflict c : conflicts) {
      assertThat(c.values()).doesNotContain("12", "$1500000");
    }
    assertThat(conflicts).hasSize(2);
  }

  @Test
  void quoteFormsOfTheSample() {
    assertThat(speakerOf("01", "dark morning")).isEqualTo("Ilse Varga"); // Mayor Ilse Varga said: "..."
    assertThat(speakerOf("01", "guess at causes")).isEqualTo("Ilse Varga"); // "...," Varga said.
    assertThat(speakerOf("02", "find out exactly")).isEqualTo("Ilse Varga"); // split by "she said,"
    assertThat(speakerOf("02", "that bridge will not carry")).isEqualTo("Ilse Varga");
    assertThat(speakerOf("02", "Every inspection report")).isEqualTo("Ilse Varga"); // She added: "..."
    assertThat(speakerOf("03", "water was cold")).isEqualTo("Marek Dunmore"); // said Chief Fire Officer ...
    assertThat(speakerOf("03", "middle of the bridge just folded")).isEqualTo("Rosa Tenning"); // said Ms Tenning
    assertThat(speakerOf("04", "Twenty seconds")).isEqualTo("Anneli Hask"); // two parts, "she said"
    assertThat(speakerOf("04", "intend to find out")).isEqualTo("Anneli Hask");
    assertThat(speakerOf("04", "open for a boat")).isNull(); // an unnamed driver
    assertThat(speakerOf("05", "Nobody in that chamber")).isEqualTo("Ilse Varga"); // told reporters: "..."
    assertThat(speakerOf("06", "water was cold")).isEqualTo("Ilse Varga"); // the planted misattribution
    assertThat(speakerOf("06", "bridge shook")).isNull(); // said one Saltmarket resident
  }

  @Test
  void repeatedQuotationsAreGroupedAcrossOutlets() {
    assertThat(quotations.groups()).anySatisfy(g -> {
      assertThat(g.text()).startsWith("We are not going to guess at causes");
      assertThat(g.documents()).containsExactly(doc("01"), doc("04"));
      assertThat(g.speakers()).containsExactly("Ilse Varga");
    });
  }
}
