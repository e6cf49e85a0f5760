package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {
  @Test
  void relativeScoresAreSharesRanksAndZScores() {
    SentenceFeatures.Relative r = new SentenceFeatures.Relative(new double[] {2, 4, 4, 0, 10});
    assertThat(r.share(4)).isEqualTo(1f);
    assertThat(r.share(0)).isEqualTo(0.2f);
    assertThat(r.rank(4)).isZero();
    assertThat(r.rank(1)).isEqualTo(r.rank(2)).isEqualTo(0.25f);
    assertThat(r.rank(3)).isEqualTo(1f);
    assertThat(r.z(1)).isZero();
    assertThat(r.z(4)).isGreaterThan(1.5f);
    assertThat(r.count(4)).isZero();
    assertThat(r.count(1)).isEqualTo(r.count(2)).isEqualTo(1f);
    assertThat(r.count(3)).isEqualTo(4f);
  }

  @Test
  void shapeColumnsGiveTheStorysSizeAndAbsolutePlacesAndTurnOffAsAGroup() {
    String first = "The harbour ferry ran aground near the north pier on Monday morning. "
        + "All forty passengers were brought ashore by lifeboat crews without injury.";
    String second = "Divers inspected the ferry's hull on Tuesday. The operator said sailings would resume on Friday. "
        + "A harbour official said the pier lights had been out for a week.";
    AnalyzedStory story = new Precis().analyze(Story.of("a", List.of(Document.of("d0", first),
        Document.of("d1", second))));
    int[] c = SentenceFeatures.candidates(story);
    float[] rows = SentenceFeatures.rows(story, c, Set.of());
    int position = SentenceFeatures.NAMES.indexOf("position");
    int inDocument = SentenceFeatures.NAMES.indexOf("sentencesInDocument");
    int document = SentenceFeatures.NAMES.indexOf("document");
    int documents = SentenceFeatures.NAMES.indexOf("documents");
    for (int i = 0; i < c.length; i++) {
      var sentence = story.sentence(c[i]);
      int o = i * SentenceFeatures.COUNT;
      assertThat(rows[o + position]).isEqualTo(sentence.position());
      assertThat(rows[o + inDocument]).isEqualTo(sentence.document() == 0 ? 2 : 3);
      assertThat(rows[o + document]).isEqualTo(sentence.document());
      assertThat(rows[o + documents]).isEqualTo(2);
    }
    float[] off = SentenceFeatures.rows(story, c, Set.of(SentenceFeatures.Group.SHAPE));
    for (int f = 0; f < SentenceFeatures.COUNT; f++) {
      boolean shape = SentenceFeatures.groupOf(f) == SentenceFeatures.Group.SHAPE;
      assertThat(off[f]).as(SentenceFeatures.NAMES.get(f)).isEqualTo(shape ? 0 : rows[f]);
    }
  }

  @Test
  void onlySentencesWithAQuotationAreMarkedAndTheMostCentralRanksFirst() {
    String text = "The harbour ferry ran aground near the north pier on Monday morning. "
        + "\"We heard a bang,\" one passenger said of the moment the hull struck the rocks. "
        + "All forty passengers were brought ashore by lifeboat crews without injury.";
    AnalyzedStory once = new Precis().analyze(Story.of("a", List.of(Document.of("d0", text))));
    int[] c = SentenceFeatures.candidates(once);
    float[] rows = SentenceFeatures.rows(once, c, Set.of());
    int quote = SentenceFeatures.NAMES.indexOf("quote");
    int rank = SentenceFeatures.NAMES.indexOf("centroidCosineRank");
    assertThat(rows[quote]).as("no quotation in the first sentence").isZero();
    assertThat(rows[SentenceFeatures.COUNT + quote]).isEqualTo(1);
    float best = 1;
    for (int i = 0; i < c.length; i++) {
      best = Math.min(best, rows[i * SentenceFeatures.COUNT + rank]);
    }
    assertThat(best).isZero();
  }
}
