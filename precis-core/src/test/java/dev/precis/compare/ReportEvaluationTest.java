package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The measured figures on the labeled stories: src/test/resources/report/stories (written before the rules were
 * tuned, then used to tune them) and src/test/resources/report/heldout (written after tuning; see the README).
 */
class ReportEvaluationTest {
  private static ReportEvaluator.Result result;
  private static ReportEvaluator.Result heldOut;

  @BeforeAll
  static void evaluate() throws URISyntaxException {
    result = run("/report/stories");
    heldOut = run("/report/heldout");
  }

  private static ReportEvaluator.Result run(String resource) throws URISyntaxException {
    Path dir = Path.of(ReportEvaluationTest.class.getResource(resource).toURI());
    ReportEvaluator.Result r = new ReportEvaluator().evaluate(LabeledStory.readDirectory(dir));
    System.out.println("== " + resource);
    r.errors().forEach(e -> System.out.println("  " + e));
    System.out.print(r.summary());
    return r;
  }

  @Test
  void labeledDataIsLargeEnough() {
    assertThat(result.goldQuotes()).isGreaterThanOrEqualTo(100);
    assertThat(result.goldConflicts()).isGreaterThanOrEqualTo(30);
    assertThat(result.goldSame()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void speakerAttributionAccuracyIsAtLeast90Percent() {
    assertThat(result.speakerAccuracy()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void contradictionPrecisionIsAtLeast90Percent() {
    assertThat(result.contradictionPrecision()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void contradictionRecallIsAtLeast80Percent() {
    assertThat(result.contradictionRecall()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void nonContradictionsAreRarelyFlagged() {
    assertThat(result.sameFlagged()).isLessThanOrEqualTo(result.goldSame() / 10);
  }

  @Test
  void heldOutStoriesMeetTheSameBars() {
    assertThat(heldOut.speakerAccuracy()).isGreaterThanOrEqualTo(0.90);
    assertThat(heldOut.contradictionPrecision()).isGreaterThanOrEqualTo(0.90);
    assertThat(heldOut.contradictionRecall()).isGreaterThanOrEqualTo(0.80);
  }
}
