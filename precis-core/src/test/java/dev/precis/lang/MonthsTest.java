package dev.precis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MonthsTest {
  private final Months months = Months.of("en");

  @Test
  void numbersNamesAndAbbreviationsInAnyCase() {
    assertThat(months.number("January")).isEqualTo(1);
    assertThat(months.number("sept")).isEqualTo(9);
    assertThat(months.number("SEP")).isEqualTo(9);
    assertThat(months.number("May")).isEqualTo(5);
    assertThat(months.number("Mayday")).isZero();
    assertThat(months.words()).hasSize(24).contains("dec", "december");
  }

  @Test
  void thePatternMatchesCapitalizedMonthsWithAnOptionalDotAfterAnAbbreviation() {
    Pattern p = Pattern.compile(months.capitalizedPattern());
    assertThat(p.matcher("March").matches()).isTrue();
    assertThat(p.matcher("Sept.").matches()).isTrue();
    assertThat(p.matcher("Oct").matches()).isTrue();
    assertThat(p.matcher("March.").matches()).isFalse();
    assertThat(p.matcher("march").matches()).isFalse();
  }

  @Test
  void theLowerCasePatternCapturesEveryNameAndAbbreviationWhole() {
    Pattern p = Pattern.compile(months.lowerCasePattern() + "\\.? (\\d+)", Pattern.CASE_INSENSITIVE);
    for (String w : months.words()) {
      var m = p.matcher(w + " 5");
      assertThat(m.matches()).as(w).isTrue();
      assertThat(m.group(1)).isEqualTo(w);
    }
    var m = p.matcher("September. 5");
    assertThat(m.matches()).isTrue();
    assertThat(m.group(1)).isEqualTo("September");
    assertThat(p.matcher("septe 5").matches()).isFalse();
  }

  @Test
  void namesAndShortFormsComeInCalendarOrder() {
    assertThat(months.names()).hasSize(12).startsWith("january", "february").endsWith("december");
    assertThat(months.shortForms()).containsExactly("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec");
    for (String w : months.shortForms()) {
      assertThat(months.number(w)).as(w).isBetween(1, 12);
    }
  }
}
