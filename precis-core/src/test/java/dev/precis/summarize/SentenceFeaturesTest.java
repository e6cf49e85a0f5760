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
