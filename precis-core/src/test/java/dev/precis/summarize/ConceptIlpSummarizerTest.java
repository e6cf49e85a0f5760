package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptIlpSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new ConceptIlpSummarizer();
  }

  // ---- The solver against brute force ------------------------------------------------------------------------

  @Test
  void branchAndBoundEqualsBruteForceOnSmallRandomInstances() {
    Random random = new Random(20090601L);
    int proven = 0;
    for (int instance = 0; instance < 400; instance++) {
      int n = 1 + random.nextInt(14);
      int m = 1 + random.nextInt(24);
      int[][] concepts = new int[n][];
      for (int j = 0; j < n; j++) {
        concepts[j] = random.ints(1 + random.nextInt(6), 0, m).distinct().toArray();
      }
      double[] weight = new double[m];
      for (int c = 0; c < m; c++) {
        // Integer weights (many ties, as with document counts) in half the instances, fractional in the rest.
        weight[c] = instance % 2 == 0 ? 1 + random.nextInt(5) : 0.1 + 4 * random.nextDouble();
      }
      int[] cost = random.ints(n, 1, 11).toArray();
      int[] group = new int[n];
      for (int j = 0; j < n; j++) {
        group[j] = random.nextInt(3) == 0 ? random.nextInt(Math.max(1, n / 3)) : 100 + j;
      }
      int capacity = 3 + random.nextInt(28);

      ConceptIlpSummarizer.Solver.Result result =
          new ConceptIlpSummarizer.Solver(concepts, weight, cost, group, capacity, 1_000_000).solve();
      double expected = bruteForce(concepts, weight, cost, group, capacity);

      assertThat(result.optimal()).as("instance %d proven", instance).isTrue();
      assertFeasible(result.items(), cost, group, capacity);
      assertThat(covered(result.items(), concepts, weight)).as("instance %d value", instance)
          .isCloseTo(result.value(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(result.value()).as("instance %d optimum", instance)
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
      proven++;
    }
    assertThat(proven).isEqualTo(400);
  }

  @Test
  void findsTheOptimumWhereGreedyPackingFails() {
    // Item 0 has the best value per cost but leaves no room; items 1 and 2 together cover more.
    int[][] concepts = {{0, 1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11}, {12, 13, 14, 15, 16}};
    double[] weight = new double[17];
    java.util.Arrays.fill(weight, 1);
    ConceptIlpSummarizer.Solver.Result result =
        new ConceptIlpSummarizer.Solver(concepts, weight, new int[] {6, 5, 5}, new int[] {0, 1, 2}, 10, 1000)
            .solve();
    assertThat(result.items()).containsExactly(1, 2);
    assertThat(result.value()).isEqualTo(10);
    assertThat(result.optimal()).isTrue();
  }

  @Test
  void neverChoosesTwoItemsOfOneGroupEvenWhenThatWouldPay() {
    // Items 0 and 1 share a group; together they would be best, so the optimum must settle for less.
    int[][] concepts = {{0, 1, 2}, {3, 4, 5}, {6, 7}};
    double[] weight = {3, 3, 3, 3, 3, 3, 1, 1};
    ConceptIlpSummarizer.Solver.Result result =
        new ConceptIlpSummarizer.Solver(concepts, weight, new int[] {3, 3, 3}, new int[] {7, 7, 9}, 6, 1000)
            .solve();
    assertThat(result.items()).hasSize(2).contains(2);
    assertThat(result.value()).isEqualTo(11);
  }

  @Test
  void nodeLimitStillGivesAFeasibleSummary() {
    Random random = new Random(7);
    int n = 60;
    int m = 80;
    int[][] concepts = new int[n][];
    for (int j = 0; j < n; j++) {
      concepts[j] = random.ints(6, 0, m).distinct().toArray();
    }
    double[] weight = random.ints(m, 1, 10).asDoubleStream().toArray();
    int[] cost = random.ints(n, 5, 30).toArray();
    int[] group = java.util.stream.IntStream.range(0, n).toArray();
    ConceptIlpSummarizer.Solver.Result cut = new ConceptIlpSummarizer.Solver(concepts, weight, cost, group, 100, 1)
        .solve();
    ConceptIlpSummarizer.Solver.Result full =
        new ConceptIlpSummarizer.Solver(concepts, weight, cost, group, 100, 10_000_000).solve();
    assertFeasible(cut.items(), cost, group, 100);
    assertThat(cut.value()).isPositive().isLessThanOrEqualTo(full.value() + 1e-9);
    assertThat(full.optimal()).isTrue();
  }

  @Test
  void solverIsDeterministicUnderTies() {
    // Four interchangeable items: the first ones by index win.
    int[][] concepts = {{0}, {1}, {2}, {3}};
    double[] weight = {1, 1, 1, 1};
    for (int run = 0; run < 3; run++) {
      ConceptIlpSummarizer.Solver.Result result =
          new ConceptIlpSummarizer.Solver(concepts, weight, new int[] {1, 1, 1, 1}, new int[] {0, 1, 2, 3}, 2, 100)
              .solve();
      assertThat(result.items()).containsExactly(0, 1);
    }
  }

  // ---- The summarizer ------------------------------------------------------------------------------------------

  @Test
  void prefersTheFactMostDocumentsReport() {
    String shared = "Heavy rain burst the Orvald dam on Friday night";
    Story story = Story.of("dam", List.of(
        Document.of("a", shared + ", flooding the valley below. A local baker sold extra bread to neighbours."),
        Document.of("b", "Officials said " + shared.toLowerCase() + " after days of storms. "
            + "The regional choir postponed its spring concert."),
        Document.of("c", "Engineers confirmed that " + shared.toLowerCase() + ". "
            + "A football match in the capital ended without goals."),
        Document.of("d", "Residents watched as " + shared.toLowerCase() + " and water rose. "
            + "The library extended its opening hours for students.")));
    Summary summary = new Precis().summarize(story, "ilp", Budget.words(16));
    assertThat(summary.sentences()).hasSize(1);
    assertThat(summary.sentences().get(0).text()).containsIgnoringCase("Orvald dam");
  }

  @Test
  void fillingUsesBudgetTheOptimumLeavesOver() {
    Precis precis = new Precis();
    AnalyzedStory story = precis.analyze(TestStories.ferry());
    Summary plain = precis.summarize(story, new ConceptIlpSummarizer().with(Map.of("nodeLimit", "200000", "fill", "false")),
        Budget.words(150));
    Summary filled = precis.summarize(story, new ConceptIlpSummarizer(), Budget.words(150));
    assertThat(filled.words()).isGreaterThanOrEqualTo(plain.words()).isLessThanOrEqualTo(150);
    Set<String> filledTexts = new HashSet<>();
    filled.sentences().forEach(s -> filledTexts.add(s.text()));
    assertThat(filledTexts).containsAll(plain.sentences().stream().map(SummarySentence::text).toList());
  }

  @Test
  void tenArticleStoryIsSolvedWithinTheDefaultNodeLimit() {
    // A work bound instead of a stopwatch: cut at 7,500 nodes (the default limit is 10,000), the search picks what
    // an all but unbounded one picks. This generated story of shuffled phrases needs between 5,000 and 7,500.
    AnalyzedStory story = new Precis().analyze(TestStories.generated(10, 5));
    Selection bounded = new ConceptIlpSummarizer().with(Map.of("nodeLimit", "7500")).select(story, Budget.words(100));
    Selection unbounded =
        new ConceptIlpSummarizer().with(Map.of("nodeLimit", "100000000")).select(story, Budget.words(100));
    assertThat(bounded.items()).isNotEmpty().isEqualTo(unbounded.items());
  }

  @Test
  void rejectsInvalidOptions() {
    assertThatThrownBy(() -> new ConceptIlpSummarizer().with(Map.of("minCount", "0")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConceptIlpSummarizer().with(Map.of("minShare", "1.5")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConceptIlpSummarizer().with(Map.of("nodeLimit", "0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- Helpers -----------------------------------------------------------------------------------------------

  private static double bruteForce(int[][] concepts, double[] weight, int[] cost, int[] group, int capacity) {
    int n = concepts.length;
    double best = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      int used = 0;
      Set<Integer> groups = new HashSet<>();
      boolean ok = true;
      for (int j = 0; j < n && ok; j++) {
        if ((mask >> j & 1) != 0) {
          used += cost[j];
          ok = used <= capacity && groups.add(group[j]);
        }
      }
      if (!ok) {
        continue;
      }
      boolean[] seen = new boolean[weight.length];
      double v = 0;
      for (int j = 0; j < n; j++) {
        if ((mask >> j & 1) != 0) {
          for (int c : concepts[j]) {
            if (!seen[c]) {
              seen[c] = true;
              v += weight[c];
            }
          }
        }
      }
      best = Math.max(best, v);
    }
    return best;
  }

  private static double covered(int[] items, int[][] concepts, double[] weight) {
    boolean[] seen = new boolean[weight.length];
    double v = 0;
    for (int j : items) {
      for (int c : concepts[j]) {
        if (!seen[c]) {
          seen[c] = true;
          v += weight[c];
        }
      }
    }
    return v;
  }

  private static void assertFeasible(int[] items, int[] cost, int[] group, int capacity) {
    int used = 0;
    Set<Integer> groups = new HashSet<>();
    for (int j : items) {
      used += cost[j];
      assertThat(groups.add(group[j])).as("one item per group").isTrue();
    }
    assertThat(used).isLessThanOrEqualTo(capacity);
  }
}
