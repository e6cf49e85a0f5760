package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatedPatternTest {
  private static final List<String> NEEDLES = List.of("ab", "abc", "b", "://", "é!", "ünder", "zz");

  @Test
  void needlesAreFoundWhereverTheyStandAsContainsFindsThem() {
    GatedPattern gate = new GatedPattern(Pattern.compile("x"), NEEDLES);
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "abz:/é!üunder x";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(gate.mayMatch(s)).as(s).isEqualTo(NEEDLES.stream().anyMatch(s::contains));
    }
  }

  @Test
  void thePatternDecidesOnceANeedleIsThere() {
    GatedPattern gate = GatedPattern.of("https?://\\S+|\\bsee also\\b", "://", "see also");
    assertThat(gate.find("more at https://example.org today")).isTrue();
    assertThat(gate.find("a plain sentence about a bridge")).isFalse();
    assertThat(gate.find("what ://")).isFalse(); // a needle without a match of the pattern
    assertThat(gate.find("see also the report")).isTrue();
    assertThat(gate.find("")).isFalse();
  }

  @Test
  void anEmptyNeedleLetsEveryTextThrough() {
    GatedPattern gate = new GatedPattern(Pattern.compile("^$"), List.of("q", ""));
    assertThat(gate.mayMatch("")).isTrue();
    assertThat(gate.find("")).isTrue();
    assertThat(gate.find("abc")).isFalse();
  }
}
