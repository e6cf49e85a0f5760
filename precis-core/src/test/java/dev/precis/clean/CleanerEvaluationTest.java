package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link DebrisCleaner} on the hand-labeled sets in {@code src/test/resources/clean/}.
 *
 * <ul>
 *   <li>{@code labeled.tsv}: the development set, written before the rules; the rules were then developed against
 *       it, so its figures are optimistic.
 *   <li>{@code holdout.tsv}: written after the rules were tuned on labeled.tsv. First measurement, before any fix:
 *       precision 0.8750 (49 TP, 7 FP), recall 0.6125 (49 of 80 debris items), on 80 debris and 160 real items.
 *       The rules were then generalized using it.
 *   <li>{@code fresh.tsv}: written after that, measured once before any change: precision 0.9130 (21 TP, 2 FP),
 *       recall 0.6563 (21 of 32), on 32 debris and 72 real items. A few generic bugs it exposed were then fixed.
 * </ul>
 *
 * The first measurements of the two later sets are the honest estimate of how the rules do on unseen styles; the
 * assertions below only guard against regressions.
 */
class CleanerEvaluationTest {

  private static CleanerEvaluator.Report evaluate(String name) throws IOException {
    try (InputStream in = CleanerEvaluationTest.class.getResourceAsStream("/clean/" + name)) {
      assertThat(in).as(name).isNotNull();
      CleanerEvaluator.Report r = new CleanerEvaluator().evaluate(in);
      System.out.println("== DebrisCleaner on " + name);
      System.out.print(r.format());
      return r;
    }
  }

  @Test
  void labeledSetMeetsTargets() throws IOException {
    CleanerEvaluator.Report r = evaluate("labeled.tsv");
    assertThat(r.debrisLines()).isGreaterThanOrEqualTo(150);
    assertThat(r.realItems()).isGreaterThanOrEqualTo(300);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void holdoutSetDoesNotRegress() throws IOException {
    CleanerEvaluator.Report r = evaluate("holdout.tsv");
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void freshSetDoesNotRegress() throws IOException {
    CleanerEvaluator.Report r = evaluate("fresh.tsv");
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void scoringFollowsTheDocumentedRules() throws IOException {
    String tsv = String.join("\n",
        "OUTLET\tTest\tunit",
        "ARTICLE\ta",
        "D\tPROMO\tAdvertisement",
        "K\tThe council met on Monday.",
        "I\tMARKUP\tCask &amp; Rowe cut the target.\tCask & Rowe cut the target.",
        "I\tMARKUP\tNo debris here at all, it says.\tSomething else entirely.",
        "D\tPROMO\tThis line is real but labeled debris.");
    CleanerEvaluator.Report r = new CleanerEvaluator().evaluate(new StringReader(tsv));
    assertThat(r.debrisLines()).isEqualTo(2);
    assertThat(r.realLines()).isEqualTo(1);
    assertThat(r.inlineLines()).isEqualTo(2);
    // TP: Advertisement, the &amp; line. FN: the unchanged I line, the kept D line. FP: none.
    assertThat(r.truePositives()).isEqualTo(2);
    assertThat(r.falseNegatives()).isEqualTo(2);
    assertThat(r.falsePositives()).isZero();
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(0.5);
  }
}
