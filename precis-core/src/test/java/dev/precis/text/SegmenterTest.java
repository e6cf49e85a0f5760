package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  @Test
  void numbersSentencesAcrossDocumentsAndKeepsSpansAndParagraphs() {
    String a = "Storm closes coast road\n\nThe road was shut at noon. Police said it would reopen.\n\nNobody was hurt.";
    String b = "Crews cleared the debris overnight.\nThe road reopened at dawn.";
    SegmentedStory story = new Segmenter().segment(Story.of("s", List.of(Document.of("a", a), Document.of("b", b))));
    List<Sentence> s = story.sentences();
    assertThat(s).extracting(Sentence::text).containsExactly("Storm closes coast road", "The road was shut at noon.",
        "Police said it would reopen.", "Nobody was hurt.", "Crews cleared the debris overnight.",
        "The road reopened at dawn.");
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(s).extracting(Sentence::document).containsExactly(0, 0, 0, 0, 1, 1);
    assertThat(s).extracting(Sentence::position).containsExactly(0, 1, 2, 3, 0, 1);
    // Blank lines separate paragraphs in a; b has none, so each of its lines is a paragraph.
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2, 0, 1);
    for (Sentence x : s) {
      String text = x.document() == 0 ? a : b;
      assertThat(x.span().of(text)).isEqualTo(x.text());
    }
    assertThat(story.firstSentenceOf(1)).isEqualTo(4);
    assertThat(story.sentencesIn(0)).isEqualTo(4);
  }

  @Test
  void emptyDocumentsHaveNoSentences() {
    SegmentedStory story = new Segmenter().segment(Story.of("s", List.of(Document.of("a", ""),
        Document.of("b", "One line."))));
    assertThat(story.sentencesIn(0)).isZero();
    assertThat(story.sentences()).extracting(Sentence::document).containsExactly(1);
  }

  @Test
  void aShortQuotationOfSeveralSentencesIsOneSentence() {
    String text = "Mayor Dana Lin said: \"We are safe. The road is open.\" Crews left at noon.\n\n"
        + "\u201cIt was cold. It was dark. We kept going,\u201d one diver said.\n\n"
        + "\"The first part ends here.\nThe second line closes it.\" Nothing joins across lines.";
    SegmentedStory story = new Segmenter().segment(Story.of("s", List.of(Document.of("a", text))));
    assertThat(story.sentences()).extracting(Sentence::text).containsExactly(
        "Mayor Dana Lin said: \"We are safe. The road is open.\"", "Crews left at noon.",
        "\u201cIt was cold. It was dark. We kept going,\u201d one diver said.",
        "\"The first part ends here.", "The second line closes it.\"", "Nothing joins across lines.");
  }
}
