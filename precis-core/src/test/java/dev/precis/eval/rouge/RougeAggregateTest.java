package dev.precis.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class RougeAggregateTest {
  @Test
  void drand48MatchesPerl() {
    // perl -e 'srand(0); printf("%.17g %.17g", rand(), rand())'; srand(5); int(rand(90)) == 47
    RougeAggregate.Drand48 r = new RougeAggregate.Drand48(0);
    assertEquals(0.17082803610628972, r.next(), 0.0);
    assertEquals(0.74990198048496381, r.next(), 0.0);
    assertEquals(47, (int) (90 * new RougeAggregate.Drand48(5).next()));
  }

  @Test
  void identicalCasesGiveThatValueWithAZeroWidthInterval() {
    Score s = new Score(0.4, 0.3, 0.34286);
    List<Map<String, Score>> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cases.add(Map.of("ROUGE-1", s));
    }
    RougeAggregate.Estimate e = RougeAggregate.bootstrap(cases, 1000, 95).get("ROUGE-1");
    assertEquals(s, e.mean());
    assertEquals(s, e.lower());
    assertEquals(s, e.upper());
  }

  @Test
  void bootstrapMeanIsCloseToThePlainMeanAndInsideTheInterval() {
    List<Map<String, Score>> cases = new ArrayList<>();
    TreeMap<String, Map<String, Score>> keyed = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      double x = Score.round5((i * 37 % 101) / 100.0);
      Map<String, Score> c = Map.of("ROUGE-2", new Score(x, x / 2, x / 3));
      cases.add(c);
      keyed.put(i + ".X", c);
    }
    double plain = RougeAggregate.mean(cases).get("ROUGE-2").recall();
    RougeAggregate.Estimate e = RougeAggregate.bootstrap(cases, 1000, 95).get("ROUGE-2");
    assertEquals(plain, e.mean().recall(), 0.005);
    assertTrue(e.lower().recall() < e.mean().recall() && e.mean().recall() < e.upper().recall());
    // keyed cases are resampled in key order ("0.X", "1.X", "10.X", "100.X", ...)
    assertEquals(
        RougeAggregate.bootstrap(new ArrayList<>(keyed.values()), 1000, 95),
        RougeAggregate.bootstrap(keyed, 1000, 95));
  }

  @Test
  void resamplesSharedAmongTasksGiveTheSameEstimates() {
    List<Map<String, Score>> cases = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double x = Score.round5((i * 53 % 97) / 100.0);
      cases.add(Map.of("ROUGE-1", new Score(x, x / 3, x / 2), "ROUGE-L", new Score(x / 4, x, x / 5)));
    }
    RougeOptions options = RougeOptions.parse("-n 2 -c 95 -r 1000 -f A -a");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Map<String, RougeAggregate.Estimate> serial = RougeAggregate.bootstrap(cases, 1000, 95);
      for (int tasks : new int[] {2, 3, 7}) {
        assertEquals(serial, RougeAggregate.bootstrap(cases, options, pool, tasks));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void casesMustShareTheirMetrics() {
    List<Map<String, Score>> cases =
        List.of(Map.of("ROUGE-1", Score.ZERO), Map.of("ROUGE-2", Score.ZERO));
    assertThrows(IllegalArgumentException.class, () -> RougeAggregate.bootstrap(cases, 10, 95));
  }
}
