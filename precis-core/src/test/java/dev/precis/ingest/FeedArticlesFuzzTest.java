package dev.precis.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuzzing of RSS/Atom feeds ({@link FeedArticles#read}, Rome on {@link SafeXml}): any bytes give articles or a
 * user-facing {@link InputException}, never another exception (Rome's own exceptions included), and the articles
 * are sane: ids {@code feed-N} or {@code feed-N-summary}, unique, numbered in order; non-blank normalized text no
 * longer than the feed; one-line title and source; http(s) links. Seeds in {@code FeedArticlesFuzzTestInputs/};
 * runs them under {@code mvn test}, fuzzes with {@code JAZZER_FUZZ=1}.
 */
class FeedArticlesFuzzTest {
  private static final String NAME = "feed.xml";

  @FuzzTest(maxDuration = "30s")
  void feedGivesArticlesOrAClearError(byte @NotNull @WithLength(max = 16384) [] feed) {
    List<String> warnings = new ArrayList<>();
    try {
      List<Document> docs = FeedArticles.read(feed, "feed", NAME, warnings::add);
      check(!docs.isEmpty(), "a feed without articles and without an error");
      Set<String> ids = new HashSet<>();
      long total = 0;
      for (int i = 0; i < docs.size(); i++) {
        Document d = docs.get(i);
        check(d.id().equals("feed-" + i) || d.id().equals("feed-" + i + FeedArticles.SUMMARY_SUFFIX),
            "id " + d.id() + " at " + i);
        check(ids.add(d.id()), "repeated id " + d.id());
        HtmlArticlesFuzzTest.checkText(d.text(), feed.length);
        total += d.text().length();
        HtmlArticlesFuzzTest.checkOneLine(d.title(), "title");
        HtmlArticlesFuzzTest.checkOneLine(d.source(), "source");
        HtmlArticlesFuzzTest.checkOneLine(d.author(), "author");
        check(d.language() == null || d.language().equals(docs.get(0).language()), "languages differ");
        check(d.url() == null || d.url().regionMatches(true, 0, "http://", 0, 7)
            || d.url().regionMatches(true, 0, "https://", 0, 8), "link " + d.url());
      }
      // Each item's text comes from its own part of the feed, and markup, entities and charsets only shrink it.
      check(total <= feed.length, "articles of " + total + " chars from " + feed.length + " bytes");
      check(docs.get(0).language() == null || docs.get(0).language().matches("[a-z]{2,3}"),
          "language " + docs.get(0).language());
    } catch (InputException e) {
      String m = e.getMessage();
      check(m != null && m.startsWith(NAME + ":") && m.indexOf('\n') < 0, "bad InputException message: " + m);
    }
    for (String w : warnings) {
      check(w != null && w.startsWith(NAME), "warning not naming the input: " + w);
    }
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
