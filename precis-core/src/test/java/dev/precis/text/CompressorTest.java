package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressorTest {
  private final Compressor compressor = Compressor.DEFAULT;

  private String compress(String sentence) {
    return compressor.compress(sentence).text();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The pier will stay closed until the inspection ends, police said.          | The pier will stay closed until the inspection ends.
      The pier will stay closed until the inspection ends, police said Tuesday.  | The pier will stay closed until the inspection ends.
      Four boats were damaged in the storm, the harbour authority said on Monday. | Four boats were damaged in the storm.
      Four boats were damaged in the storm, according to the harbour authority.  | Four boats were damaged in the storm.
      Four boats were damaged in the storm, said Mara Quist, a harbour official.  | Four boats were damaged in the storm.
      The ferry will resume its route on Friday, Quist told reporters.           | The ferry will resume its route on Friday.
      But the ferry will resume its route on Friday after repairs.               | The ferry will resume its route on Friday after repairs.
      However, the ferry will resume its route on Friday after repairs.          | The ferry will resume its route on Friday after repairs.
      The mayor, who took office in May, visited the damaged pier on Sunday.     | The mayor visited the damaged pier on Sunday.
      The levy, which voters approved last year, pays for the sea wall.          | The levy pays for the sea wall.
      """)
  void cutsConnectivesRelativeClausesAndTrailingAttributions(String source, String printed) {
    assertThat(compress(source)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      "We will rebuild the pier before summer," the mayor said.
      We will rebuild the pier before summer, the mayor said.
      The pier is closed, police said.
      The repairs will cost more than expected, officials said that the budget would cover them.
      The pier was closed, and a harbour official said several boats sank.
      The pier was closed, the official said the council would meet on Friday.
      The pier stayed closed for three weeks, which is the longest closure since 1990.
      The mayor, who was born in Kelmor, Norway, in 1961, visited the pier.
      Residents like Ann Lee, who lost her boat, and who asked for help, met the mayor on the pier.
      the ferry's logbooks, which record its calls at arlen, moss, kelmor and tay, were handed to the inquiry.
      The survey found 40 wrecks (12 ferries), which held 300 cars (some older, most newer) and much fuel.
      Dana Lin, the mayor of Kelmor, who took office in May, visited the damaged pier on Sunday.
      Ann Lee, 54, who lost her boat in the storm, asked the council for help on Monday.
      The trial of Tom Reed, founder of the ferry line, which lasted a week, ended on Friday with a fine.
      The pier was rebuilt by Kelmor Marine, which built the sea wall, the harbour and the new ferry ramp.
      Where will the ferry dock while the pier is closed?
      And so it was.
      """)
  void leavesAloneWhatCannotBeCutSafely(String source) {
    assertThat(compress(source)).isEqualTo(source);
  }

  @Test
  void keptPiecesSpellThePrintedSentence() {
    String source = "But the levy, which voters approved last year, pays for the sea wall, the council said.";
    Compressor.Compressed c = compressor.compress(source);
    assertThat(c.text()).isEqualTo("The levy pays for the sea wall.");
    StringBuilder joined = new StringBuilder();
    for (Span piece : c.kept()) {
      joined.append(piece.of(source));
    }
    assertThat(joined.toString()).isEqualToIgnoringCase("the levy pays for the sea wall");
  }

  @Test
  void verbatimAndOtherLanguagesPrintWhole() {
    assertThat(Compressor.VERBATIM.compress("But the pier is closed to all boats, police said.").text())
        .isEqualTo("But the pier is closed to all boats, police said.");
    assertThat(Compressor.VERBATIM.appliesTo("en")).isFalse();
    assertThat(compressor.appliesTo("en")).isTrue();
    assertThat(compressor.appliesTo(null)).isTrue();
    assertThat(compressor.appliesTo("de")).isFalse();
  }

  @Test
  void neverFailsAndOnlyKeepsPiecesOfTheSource() {
    Random random = new Random(5);
    String[] parts = {"But ", "the", " pier", ", who", ", which", " said", ", police said", ".", ",", " (", ")",
        "\"", " according to", " the council", " However, ", " we", "  ", "\n", "Tuesday"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(14); k >= 0; k--) {
        s.append(parts[random.nextInt(parts.length)]);
      }
      String source = s.toString();
      Compressor.Compressed c = compressor.compress(source);
      int at = 0;
      for (Span piece : c.kept()) {
        assertThat(piece.start()).isGreaterThanOrEqualTo(at);
        assertThat(piece.end()).isLessThanOrEqualTo(source.length());
        at = piece.end();
      }
      assertThat(c.text().length()).isLessThanOrEqualTo(source.length() + 1);
    }
  }

  @Test
  void summaryPrintsTheCompressionAndCitesTheWholeSentence() {
    String sentence = "The council will rebuild the sea wall at Kelmor before the winter storms, officials said.";
    Story story = Story.of("wall", List.of(
        Document.of("a", sentence + "\n\nThe wall failed in March after three days of heavy rain and high tides."),
        Document.of("b", "Storm damage along the Kelmor coast is estimated at two million crowns.")));
    Precis precis = new Precis();
    AnalyzedStory analyzed = precis.analyze(story);
    Summary summary = precis.summarize(analyzed, Summarizers.get("lead"), Budget.words(60));
    SummarySentence first = summary.sentences().get(0);
    assertThat(first.text()).isEqualTo(
        "The council will rebuild the sea wall at Kelmor before the winter storms.");
    assertThat(first.citations().get(0).end() - first.citations().get(0).start()).isEqualTo(sentence.length());
    assertThat(analyzed.words(first.sentence())).isEqualTo(13);
  }
}
