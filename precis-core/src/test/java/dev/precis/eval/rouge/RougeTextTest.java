package dev.precis.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTextTest {
  private static List<String> tokens(String... sentences) {
    return RougeText.tokens(List.of(sentences), false, false, RougeResources.none());
  }

  @Test
  void lowerCasesAndKeepsOnlyRunsOfLettersAndDigits() {
    assertEquals(
        List.of("hello", "world", "it", "s", "3", "30pm", "e", "mail", "5", "u", "s", "led"),
        tokens("Hello, World! It's 3:30pm -- e-mail $5 U.S.-led"));
  }

  @Test
  void nonAsciiCharactersSeparateTokens() {
    // ROUGE reads bytes: every byte of a non-ASCII character becomes a space
    assertEquals(List.of("caf", "cr", "me", "br", "l", "e"), tokens("Café crème brûlée"));
    // characters beyond Latin-1, surrogate pairs and lone surrogates included, separate tokens too
    assertEquals(List.of("it", "s", "a", "b", "c", "d", "e"),
        tokens("It\u2019s A\u2014B\uD83D\uDE00C\uD83Dd\uDE00E"));
  }

  @Test
  void sentencesAreLinesAndEmptyLinesAreSkipped() {
    assertEquals(List.of("a", "b", "c"), RougeText.lines(List.of("a\nb", "", "c\n")));
  }

  @Test
  void perlSplitKeepsLeadingButNotTrailingEmptyFields() {
    assertEquals(List.of("", "a", "b"), RougeText.perlSplit(" a \t b  "));
    assertEquals(List.of(), RougeText.perlSplit("   "));
    assertEquals(List.of("a"), RougeText.perlSplit("a"));
  }

  @Test
  void wordLimitTakesWholeLinesThenCutsTheLastOne() {
    assertEquals(List.of("a b c", "d"), RougeText.limitWords(List.of("a b c", "d e f", "g"), 4));
    assertEquals(List.of("a b", "c d"), RougeText.limitWords(List.of("a b", "c d", "e"), 4));
    assertEquals(List.of("a b"), RougeText.limitWords(List.of("a b"), 100));
    // words are white-space separated strings of the raw text, not tokens
    assertEquals(List.of("u.s.-led forces,"), RougeText.limitWords(List.of("u.s.-led forces, here"), 2));
  }

  @Test
  void byteLimitCountsBytesAndReproducesTheLcsReaderQuirk() {
    List<String> lines = List.of("abcd", "efgh", "ijkl");
    assertEquals(List.of("abcd", "efg"), RougeText.limitBytes(lines, 7, false));
    // ROUGE's LCS reader never advances its byte count: every line shorter than the limit passes
    assertEquals(List.of("abcd", "efgh", "ijkl"), RougeText.limitBytes(lines, 7, true));
    assertEquals(6, RougeText.asBytes("crème").length());
  }

  @Test
  void htmlEscapingLikePythonHtmlEscape() {
    assertEquals(
        "&lt;b&gt;Tom &amp; Jerry&#x27;s &quot;show&quot;&lt;/b&gt;",
        RougeText.escapeHtml("<b>Tom & Jerry's \"show\"</b>"));
    assertEquals("plain", RougeText.escapeHtml("plain"));
    assertEquals("\u201cplain\u201d", RougeText.escapeHtml("\u201cplain\u201d"));
    assertEquals("\u201c&quot;\u2014&#x27;\u201d", RougeText.escapeHtml("\u201c\"\u2014'\u201d"));
  }
}
