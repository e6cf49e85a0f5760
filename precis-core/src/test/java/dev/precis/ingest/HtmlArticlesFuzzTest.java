package dev.precis.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzing of one HTML page ({@link HtmlArticles#read(byte[], int, String, String, String, java.time.LocalDateTime,
 * String, java.util.function.Consumer)}, the path of StoryReader for HTML files and of WARC pages): any bytes give
 * one article or a user-facing {@link InputException}, never another exception, and the article is sane:
 * non-blank normalized text no longer than the page (entities, tags and charsets only ever shrink text), one-line
 * title and source, a plausible language. Seeds in {@code HtmlArticlesFuzzTestInputs/}; runs them under
 * {@code mvn test}, fuzzes with {@code JAZZER_FUZZ=1}.
 */
class HtmlArticlesFuzzTest {
  private static final String NAME = "page.html";

  @FuzzTest(maxDuration = "30s")
  void pageGivesAnArticleOrAClearError(byte @NotNull @WithLength(max = 16384) [] page) {
    List<String> warnings = new ArrayList<>();
    try {
      Document d = HtmlArticles.read(page, page.length, null, "page", null, null, NAME, warnings::add);
      check(d.id().equals("page"), "id changed: " + d.id());
      checkText(d.text(), page.length);
      checkOneLine(d.title(), "title");
      checkOneLine(d.source(), "source");
      checkOneLine(d.author(), "author");
      check(d.language() == null || d.language().matches("[a-z]{2,3}"), "language " + d.language());
    } catch (InputException e) {
      checkMessage(e.getMessage());
    }
    for (String w : warnings) {
      check(w != null && w.startsWith(NAME), "warning not naming the input: " + w);
    }
  }

  /** Cleaned text ({@link HtmlText#clean}), not blank, at most {@code inputBytes} chars. */
  static void checkText(String text, int inputBytes) {
    check(text != null && !text.isBlank(), "blank text");
    checkNormalized(text, inputBytes);
    check(!text.contains("\n\n\n"), "more than one blank line");
  }

  /** What {@link TextNormalizer} promises, and at most {@code inputBytes} chars. */
  static void checkNormalized(String text, int inputBytes) {
    check(text != null, "null text");
    check(text.length() <= inputBytes, "text of " + text.length() + " chars from " + inputBytes + " bytes");
    check(text.equals(text.strip()), "white space around the text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      check(c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029' && c != '\u00A0' && c != '\u2007'
          && c != '\u202F', "unnormalized character U+" + Integer.toHexString(c) + " at " + i);
      check(c != '\n' || i == 0 || !Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\n',
          "white space at a line end at " + i);
    }
  }

  static void checkOneLine(String s, String what) {
    check(s == null || (!s.isBlank() && s.indexOf('\n') < 0 && s.equals(s.strip())), what + " not one line: " + s);
  }

  /** An InputException message is one line naming the input (see InputException). */
  private static void checkMessage(String m) {
    check(m != null && m.startsWith(NAME + ":") && m.indexOf('\n') < 0, "bad InputException message: " + m);
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
