package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void normalizesLineEndsSpacesAndEnds() {
    String raw = "\uFEFF\n  \nFirst line  \r\nsecond\u00A0line\t\rthird\u202Fline\n\n\n  \n";
    assertThat(TextNormalizer.normalize(raw)).isEqualTo("First line\nsecond line\nthird line");
  }

  @Test
  void keepsBlankLinesBetweenParagraphsAndLeavesWordsAlone() {
    String raw = "One “quoted” word—dash.   \n   \nTwo\u2029Three\u2028Four";
    assertThat(TextNormalizer.normalize(raw)).isEqualTo("One “quoted” word—dash.\n\nTwo\n\nThree\nFour");
  }

  @Test
  void blankTextBecomesEmpty() {
    assertThat(TextNormalizer.normalize(" \r\n\t\u00A0\n")).isEmpty();
    assertThat(TextNormalizer.normalize("")).isEmpty();
  }

  @Test
  void paragraphSeparatorsMayMakeTheTextLonger() {
    assertThat(TextNormalizer.normalize("a\u2029\u2029\u2029b\u2029\u2029c"))
        .isEqualTo("a\n\n\n\n\n\nb\n\n\n\nc");
  }

  @Test
  void aTextAlreadyNormalizedComesBackAsItIs() {
    String text = "One \u201cquoted\u201d line\n\nTwo";
    assertThat(TextNormalizer.normalize(text)).isSameAs(text);
    assertThat(TextNormalizer.normalize(new StringBuilder(text))).isEqualTo(text);
  }
}
