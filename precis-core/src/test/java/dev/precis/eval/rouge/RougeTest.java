package dev.precis.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Hand-computed tiny cases for each metric. */
class RougeTest {
  private static final double EPS = 1e-9;

  private static Map<String, Score> score(String flags, List<String> peer, List<List<String>> refs) {
    return new Rouge(RougeOptions.parse(flags), RougeResources.none()).score(peer, refs);
  }

  private static void assertScore(Score s, double r, double p, double f) {
    assertEquals(r, s.recall(), EPS, "recall");
    assertEquals(p, s.precision(), EPS, "precision");
    assertEquals(f, s.f(), EPS, "F");
  }

  @Test
  void allMetricsOnOneSentence() {
    // peer: the cat sat on the mat / reference: the cat was on the mat
    Map<String, Score> s =
        score(
            "-n 2 -2 4 -U -w 1.2",
            List.of("The cat sat on the mat."),
            List.of(List.of("the cat was on the mat")));
    assertEquals(
        List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-S4", "ROUGE-SU4"),
        List.copyOf(s.keySet()));
    // unigrams: the x2, cat, on, mat = 5 of 6
    assertScore(s.get("ROUGE-1"), 0.83333, 0.83333, 0.83333);
    // bigrams: the-cat, on-the, the-mat = 3 of 5
    assertScore(s.get("ROUGE-2"), 0.6, 0.6, 0.6);
    // LCS: the cat on the mat = 5 of 6
    assertScore(s.get("ROUGE-L"), 0.83333, 0.83333, 0.83333);
    // runs of 2 and 3: hit 2^1.2 + 3^1.2; ROUGE weights the reference length twice: (6^1.2)^1.2
    double hit = Math.pow(2, 1.2) + Math.pow(3, 1.2);
    double r = Score.round5(Math.pow(hit / Math.pow(Math.pow(6, 1.2), 1.2), 1 / 1.2));
    double p = Score.round5(Math.pow(hit / Math.pow(6, 1.2), 1 / 1.2));
    assertEquals(0.5209, r, EPS);
    assertEquals(0.7454, p, EPS);
    assertScore(s.get("ROUGE-W-1.2"), r, p, 0.61325);
    // all 15 pairs are within the gap; the 10 pairs not involving "sat"/"was" match
    assertScore(s.get("ROUGE-S4"), 0.66667, 0.66667, 0.66667);
    // plus unigrams of all tokens but the last: the cat sat on the -> 4 of 5 match; 14 of 20
    assertScore(s.get("ROUGE-SU4"), 0.7, 0.7, 0.7);
  }

  @Test
  void hitsAreClipped() {
    Map<String, Score> s = score("-n 1 -x", List.of("the the the"), List.of(List.of("the cat")));
    assertScore(s.get("ROUGE-1"), 0.5, 0.33333, 0.4);
  }

  @Test
  void multipleReferencesPooledOrBest() {
    List<String> peer = List.of("a b c d");
    List<List<String>> refs = List.of(List.of("a b x y"), List.of("a b c d e f"));
    // -f A: hits 2 + 4 over reference counts 4 + 6 and the peer count once per reference, 4 + 4
    assertScore(score("-n 1 -x -f A", peer, refs).get("ROUGE-1"), 0.6, 0.75, 0.66667);
    // -f B: the second reference has the better recall, 4/6
    assertScore(score("-n 1 -x -f B", peer, refs).get("ROUGE-1"), 0.66667, 1.0, 0.8);
    // ties keep the first reference
    List<List<String>> tie = List.of(List.of("a b"), List.of("a b a b"));
    assertScore(score("-n 1 -x -f B", List.of("a b"), tie).get("ROUGE-1"), 1.0, 1.0, 1.0);
  }

  @Test
  void alphaWeightsRecallAndPrecision() {
    // F = P R / ((1 - alpha) P + alpha R) = 0.5 / (0.8 + 0.1)
    assertScore(
        score("-n 1 -x -p 0.2", List.of("a b"), List.of(List.of("a b c d"))).get("ROUGE-1"),
        0.5, 1.0, 0.55556);
  }

  @Test
  void lcsIsTheUnionOverPeerSentences() {
    // ROUGE-L alone is ROUGE's default
    assertScore(
        score("", List.of("a b", "c d"), List.of(List.of("a b c d e"))).get("ROUGE-L"),
        0.8, 1.0, 0.88889);
    // a x c and b d each cover half of the reference sentence; the union covers all of it
    assertScore(
        score("", List.of("a x c", "b d"), List.of(List.of("a b c d"))).get("ROUGE-L"),
        1.0, 0.8, 0.88889);
  }

  @Test
  void lcsHitsAreClippedByUnigramCounts() {
    // the second reference sentence finds no peer "a" or "b" left
    assertScore(
        score("", List.of("a b"), List.of(List.of("a b", "a b"))).get("ROUGE-L"),
        0.5, 1.0, 0.66667);
  }

  @Test
  void skipGapAndUnigramQuirk() {
    // gap 1: pairs a-b, a-c, b-c in the peer; a-c in the reference
    assertScore(
        score("-x -2 1", List.of("a b c"), List.of(List.of("a c"))).get("ROUGE-S1"),
        1.0, 0.33333, 0.5);
    // gap 0 is plain bigrams: no match
    assertScore(
        score("-x -2 0", List.of("a b c"), List.of(List.of("a c"))).get("ROUGE-S0"), 0, 0, 0);
    // ROUGE-1.5.5 adds no unigram for the last token, so one-word summaries get nothing
    assertScore(score("-x -2 4 -u", List.of("a"), List.of(List.of("a"))).get("ROUGE-SU4"), 0, 0, 0);
    // negative gap: no limit
    assertTrue(score("-x -2 -1", List.of("a b c d e f g h"), List.of(List.of("a h"))).containsKey("ROUGE-S*"));
    assertScore(
        score("-x -2 -1", List.of("a b c d e f g h"), List.of(List.of("a h"))).get("ROUGE-S*"),
        1.0, 0.03571, 0.06896);
  }

  @Test
  void wordLimitAppliesToPeerAndReferences() {
    assertScore(
        score("-n 1 -x -l 3", List.of("The cat sat on the mat"), List.of(List.of("the cat"))).get("ROUGE-1"),
        1.0, 0.66667, 0.8);
    // the limit counts white-space separated words before punctuation is removed
    assertScore(
        score("-n 1 -x -l 2", List.of("U.S.-led forces, here"), List.of(List.of("u s led forces"))).get("ROUGE-1"),
        1.0, 0.5, 0.66667);
  }

  @Test
  void inputIsHtmlEscapedLikeTheReferenceFigures() {
    // AT&amp;T&#x27;s: at amp t x27 s
    RougeOptions options = RougeOptions.parse("-n 1 -x");
    Rouge escaped = new Rouge(options, RougeResources.none());
    assertScore(
        escaped.score(List.of("AT&T's"), List.of(List.of("AT&T"))).get("ROUGE-1"), 1.0, 0.6, 0.75);
    Rouge raw = new Rouge(options.withEscapeHtml(false), RougeResources.none());
    assertScore(
        raw.score(List.of("AT&T's"), List.of(List.of("AT&T"))).get("ROUGE-1"), 1.0, 0.66667, 0.8);
  }

  @Test
  void emptyPeerOrReferencesScoreZero() {
    Map<String, Score> s = score("-n 2 -2 4 -U", List.of(), List.of(List.of("a b c")));
    s.values().forEach(v -> assertEquals(Score.ZERO, v));
    s = score("-n 2", List.of("a b"), List.of());
    s.values().forEach(v -> assertEquals(Score.ZERO, v));
  }

  @Test
  void plainStringConvenienceSplitsOnNewlines() {
    Rouge rouge = new Rouge(RougeOptions.multinews(), RougeResources.none());
    assertEquals(
        rouge.score(List.of("a b c", "d e"), List.of(List.of("a c", "e d b"))),
        rouge.score("a b c\nd e", List.of("a c\ne d b")));
  }

  @Test
  void stemmingAndStopwordsNeedTheDataFiles() {
    assertThrows(IllegalArgumentException.class, () -> new Rouge(RougeOptions.duc(), RougeResources.none()));
  }

  @Test
  void stemmingAndStopwordRemovalWithRougeData() {
    Optional<Path> dir = RougeResources.findDefaultDir();
    Assumptions.assumeTrue(dir.isPresent(), "ROUGE data (../shared/data/rouge) not found; skipping");
    RougeResources data = RougeResources.load(dir.get());
    // exception table first (mice -> mouse, running -> run), Porter otherwise; "ran" has only 3
    // characters and is not stemmed
    assertEquals(
        List.of("mouse", "run", "ran", "cat", "agreem"),
        RougeText.tokens(List.of("Mice running ran cats agreement"), false, true, data));
    assertEquals(
        List.of("mice", "running", "cats"),
        RougeText.tokens(List.of("the mice were running to their cats"), true, false, data));
    Rouge rouge = new Rouge(RougeOptions.parse("-n 1 -x -m -s"), data);
    // both reduce to: mouse run (note that "mouse" itself would stem to "mous")
    assertScore(
        rouge.score(List.of("The mice were running"), List.of(List.of("mice runs"))).get("ROUGE-1"),
        1.0, 1.0, 1.0);
  }

  @Test
  void roundingToFiveDecimalsIsThatOfTheExactValue() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      double x = switch (i % 4) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextInt(100_001) / 100_000.0 + 0.000005; // near a tie
        case 2 -> (double) random.nextInt(1_000) / random.nextInt(1, 1_000);
        default -> (random.nextDouble() - 0.5) * 2e4;
      };
      double exact = new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
      assertEquals(exact, Score.round5(x), () -> "round5(" + x + ")");
    }
  }
}
