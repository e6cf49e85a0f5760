package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvaluatorTest {
  @Test
  void shinglesAreWordFourGramsCountedWithRepeats() {
    assertThat(ExtractionEvaluator.shingles("One two, three four five!")).containsOnlyKeys("one two three four",
        "two three four five");
    assertThat(ExtractionEvaluator.shingles("a b c d a b c d")).containsEntry("a b c d", 2);
    assertThat(ExtractionEvaluator.shingles("Short text")).containsOnlyKeys("short text");
    assertThat(ExtractionEvaluator.shingles("  ")).isEmpty();
  }

  @Test
  void precisionRecallAndF1() {
    // expected: 6 words, 3 shingles; extracted adds two words of debris: 5 shingles, 3 of them right
    double[] prf = ExtractionEvaluator.shingleScores("the river rose two metres overnight share this",
        "The river rose two metres overnight.");
    assertThat(prf[0]).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(prf[1]).isCloseTo(1.0, within(1e-9));
    assertThat(prf[2]).isCloseTo(2 * 0.6 / 1.6, within(1e-9));
    double[] doubled = ExtractionEvaluator.shingleScores("a b c d e a b c d e", "a b c d e");
    assertThat(doubled[0]).isLessThan(0.5); // a doubled article is half wrong
    assertThat(ExtractionEvaluator.shingleScores("", "a b c d")).containsExactly(0, 0, 0);
  }

  @Test
  void readsTheExpectedFile() {
    ExtractionEvaluator.Expected e = ExtractionEvaluator.parseExpected(
        "Title: Pier reopens\nAuthor: Nadia Kettering\nDate: 2023-07-01T10:00\n\nFirst paragraph.\n\nSecond one.\n");
    assertThat(e.title()).isEqualTo("Pier reopens");
    assertThat(e.author()).isEqualTo("Nadia Kettering");
    assertThat(e.date()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(e.text()).isEqualTo("First paragraph.\n\nSecond one.");
    assertThat(ExtractionEvaluator.parseExpected("Title: T\n\nText only.").author()).isNull();
  }

  @Test
  void scoresAPageAndCountsPagesWithoutText() {
    ExtractionEvaluator eval = new ExtractionEvaluator();
    String page = "<html><head><title>Gull Point rescue | Coastline Today</title>"
        + "<meta property=\"og:site_name\" content=\"Coastline Today\"><meta name=\"author\" content=\"Tamsin Rowe\">"
        + "<meta property=\"article:published_time\" content=\"2024-06-09T13:50:00+01:00\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Gull Point rescue</h1><p>Two kayakers were rescued off Gull"
        + " Point on Sunday morning after strong winds swept them out to sea.</p><p>Both were unhurt but very cold,"
        + " the lifeboat crew said.</p></article><footer>All rights reserved.</footer></body></html>";
    ExtractionEvaluator.Expected expected = new ExtractionEvaluator.Expected("Gull Point rescue", "Tamsin Rowe",
        LocalDate.of(2024, 6, 9), "Two kayakers were rescued off Gull Point on Sunday morning after strong winds"
            + " swept them out to sea.\n\nBoth were unhurt but very cold, the lifeboat crew said.");
    ExtractionEvaluator.PageScore good = eval.score("p.html", page.getBytes(StandardCharsets.UTF_8), expected);
    assertThat(good.f1()).isEqualTo(1.0);
    assertThat(good.title()).isTrue();
    assertThat(good.author()).isTrue();
    assertThat(good.date()).isTrue();
    ExtractionEvaluator.PageScore empty = eval.score("e.html",
        "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8), expected);
    assertThat(empty.error()).contains("no article text");
    assertThat(empty.f1()).isZero();
    ExtractionEvaluator.Summary s = ExtractionEvaluator.summarize(List.of(good, empty));
    assertThat(s.withoutText()).isEqualTo(1);
    assertThat(s.f1()).isEqualTo(0.5);
    assertThat(s.date().right()).isEqualTo(1);
    assertThat(s.date().of()).isEqualTo(2);
  }

  @Test
  void authorsCompareAsSetsOfNames() {
    assertThat(ExtractionEvaluator.sameAuthors("Ilse Marden, Tomas Quill", "Tomas Quill and Ilse Marden")).isTrue();
    assertThat(ExtractionEvaluator.sameAuthors("Ilse Marden", "Tomas Quill and Ilse Marden")).isFalse();
    assertThat(ExtractionEvaluator.sameText("\u201CQuoted\u201D title", "\"quoted\"  Title")).isTrue();
  }
}
