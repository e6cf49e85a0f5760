package dev.precis.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeOptionsTest {
  @Test
  void parsesTheDucFlags() {
    RougeOptions o = RougeOptions.duc();
    assertEquals(2, o.maxNgram());
    assertFalse(o.lcs());
    assertTrue(o.stem());
    assertFalse(o.removeStopwords());
    assertEquals(100, o.wordLimit());
    assertTrue(o.pooled());
    assertEquals(0.5, o.alpha());
    assertEquals(RougeOptions.SkipMode.NONE, o.skipMode());
    assertEquals(1000, o.resamples());
    assertEquals(95, o.confidence());
    assertEquals(List.of("ROUGE-1", "ROUGE-2"), new Rouge(o.withStem(false), RougeResources.none()).metricNames());
  }

  @Test
  void parsesTheMultiNewsFlags() {
    RougeOptions o = RougeOptions.multinews();
    assertEquals(RougeOptions.SkipMode.BOTH, o.skipMode());
    assertEquals(4, o.skipGap());
    assertEquals(1.2, o.wlcsWeight());
    assertFalse(o.stem());
    assertEquals(
        List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-S4", "ROUGE-SU4"),
        new Rouge(o, RougeResources.none()).metricNames());
  }

  @Test
  void skipModesFollowRouge() {
    assertEquals(RougeOptions.SkipMode.PLAIN, RougeOptions.parse("-2 4").skipMode());
    assertEquals(RougeOptions.SkipMode.WITH_UNIGRAMS, RougeOptions.parse("-2 4 -u").skipMode());
    assertEquals(RougeOptions.SkipMode.WITH_UNIGRAMS, RougeOptions.parse("-2 4 -u -U").skipMode());
    assertEquals(RougeOptions.SkipMode.NONE, RougeOptions.parse("-U").skipMode());
    assertFalse(RougeOptions.parse("-f B").pooled());
    assertTrue(RougeOptions.parse("-f b").pooled()); // ROUGE compares with "B" exactly
  }

  @Test
  void rejectsUnsupportedOrInconsistentFlags() {
    assertThrows(IllegalArgumentException.class, () -> RougeOptions.parse("-l 100 -b 665"));
    assertThrows(IllegalArgumentException.class, () -> RougeOptions.parse("-3 HM"));
    assertThrows(IllegalArgumentException.class, () -> RougeOptions.parse("-t 1"));
    assertThrows(IllegalArgumentException.class, () -> RougeOptions.parse("-q"));
    assertThrows(IllegalArgumentException.class, () -> RougeOptions.parse("-n"));
    assertThrows(IllegalArgumentException.class, () -> RougeOptions.parse("-p 1.5"));
  }
}
