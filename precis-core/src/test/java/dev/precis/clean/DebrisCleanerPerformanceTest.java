package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Safety: the cleaner is linear. 30 MB of article text, and 30 MB single lines built to provoke backtracking or
 * quadratic scans, each clean within a few seconds (the limits leave room for a slow CI machine).
 */
class DebrisCleanerPerformanceTest {
  private static final int SIZE = 30 * 1024 * 1024;
  // A guard against runaway (backtracking, quadratic) behaviour, not a benchmark: about 3 s on an idle 2-core
  // machine for the worst case here; the bound leaves room for a machine busy with other jobs.
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private final DebrisCleaner cleaner = new DebrisCleaner();

  private static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }

  private void time(String name, String text) {
    long start = System.nanoTime();
    CleanResult r = assertTimeoutPreemptively(LIMIT, () -> cleaner.clean(text), name);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%s: %d MB cleaned in %d ms (%d removals)%n", name, text.length() >> 20, ms,
        r.removals().size());
    assertThat(r.text().length()).isLessThanOrEqualTo(text.length());
  }

  @Test
  void thirtyMegabytesOfArticles() {
    String block = String.join("\n\n",
        "KESTRELMOUTH, March 10 (Meridian) - The central span of the bridge gave way shortly before 7:45 a.m.",
        "By Jane Doe, Staff Writer",
        "Emergency crews pulled 14 people from the water, officials said. Cask &amp; Rowe said <b>nothing</b>.",
        "Photo: Jana Koll / Harbour Gazette",
        ":: Read more: Council votes on budget",
        "Sign up for our newsletter to get the day's top stories every morning.",
        "\"We are not going to guess at causes,\" Varga said.\"/>",
        "Water pouring through the town pic.twitter.com/Qw3rTy12\n\u2014 Club (@Club) March 14, 2026",
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)",
        "nn",
        "The fog lifted. nn Boats returned. &UR; (kv/ls)",
        "Tue 10 Mar 2026 18.40 GMT",
        "The mayor is due to give a further briefing at 4 p.m. Click here to watch it live on our app.",
        "(Reporting by Tavi Lund; Editing by Maren Oduya)") + "\n\n";
    time("articles", repeat(block, SIZE));
  }

  @Test
  void thirtyMegabytesOfOneLine() {
    time("one long sentence line", repeat("The council met again and said nothing new about the bridge. ", SIZE));
  }

  @Test
  void pathologicalLines() {
    List<String> units = List.of(
        "<a", "<div ", "&amp", "&#", "<!--", "\"/>", "[caption ", "((((", "By ", "nn ", " nn ", "(Reporting by ",
        "&UR; ", "<script>", "Photo: ", "/ ", "(@", "_ ", "A ", "\u2014 ");
    for (String unit : units) {
      time("one line of '" + unit.strip() + "'", repeat(unit, SIZE / 4));
    }
  }

  @Test
  void manyShortAdversarialLines() {
    String block = String.join("\n",
        "By A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
        "(a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/a/b/c/d/e/f/g",
        "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ, Aaaa Bbbb Cccc (Xx) _",
        "Photo: " + repeat("Name / ", 400),
        repeat("x. ", 200) + "Photograph: Ben/Getty Images",
        repeat("Aa Bb ", 100) + "(Staff Photographer)",
        repeat("- ", 300) + "(@a) March 1, 2026",
        repeat("&QL; ", 100),
        repeat("1 ", 150));
    time("adversarial short lines", repeat(block + "\n\n", SIZE));
  }
}
