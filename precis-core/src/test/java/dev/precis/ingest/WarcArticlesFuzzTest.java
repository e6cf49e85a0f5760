package dev.precis.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.precis.model.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzing of WARC files ({@link WarcArticles#read}, jwarc with resynchronisation after malformed records): any
 * bytes give articles or a user-facing {@link InputException}, never another exception, and the articles are sane:
 * ids {@code crawl-N} in order, non-blank normalized text, no more text than the data holds (when nothing in it
 * is compressed; with gzip or an HTTP encoding, within the size limit per page and in all). The size limit is
 * small here ({@value #MAX_RECORD_BYTES} bytes) so that the too-big and stop-when-full paths are reachable. Seeds
 * in {@code WarcArticlesFuzzTestInputs/}; runs them under {@code mvn test}, fuzzes with {@code JAZZER_FUZZ=1}.
 */
class WarcArticlesFuzzTest {
  private static final String NAME = "crawl.warc";
  private static final int MAX_RECORD_BYTES = 2048;

  @FuzzTest(maxDuration = "30s")
  void warcGivesArticlesOrAClearError(byte @NotNull @WithLength(max = 16384) [] warc) {
    List<String> warnings = new ArrayList<>();
    try {
      List<Document> docs = WarcArticles.read(new ByteArrayInputStream(warc), "crawl", NAME, MAX_RECORD_BYTES,
          warnings::add);
      check(!docs.isEmpty(), "a WARC without articles and without an error");
      boolean compressed = compressed(warc);
      long total = 0;
      for (int i = 0; i < docs.size(); i++) {
        Document d = docs.get(i);
        check(d.id().equals("crawl-" + i), "id " + d.id() + " at " + i);
        HtmlArticlesFuzzTest.checkText(d.text(), compressed ? MAX_RECORD_BYTES : warc.length);
        HtmlArticlesFuzzTest.checkOneLine(d.title(), "title");
        HtmlArticlesFuzzTest.checkOneLine(d.source(), "source");
        HtmlArticlesFuzzTest.checkOneLine(d.author(), "author");
        check(d.language() == null || d.language().matches("[a-z]{2,3}"), "language " + d.language());
        total += d.text().length();
      }
      // Reading stops once the articles hold the limit, so at most one page's text beyond it.
      check(total <= (compressed ? 2L * MAX_RECORD_BYTES : warc.length), "articles of " + total + " chars");
    } catch (InputException e) {
      String m = e.getMessage();
      check(m != null && m.startsWith(NAME + ":") && m.indexOf('\n') < 0, "bad InputException message: " + m);
    }
    for (String w : warnings) {
      check(w != null && w.startsWith(NAME), "warning not naming the input: " + w);
    }
  }

  /** True when some of the data may be compressed: gzip magic anywhere, or a Content- or Transfer-Encoding. */
  private static boolean compressed(byte[] warc) {
    for (int i = 0; i + 1 < warc.length; i++) {
      if (warc[i] == (byte) 0x1F && warc[i + 1] == (byte) 0x8B) {
        return true;
      }
    }
    String text = new String(warc, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return text.contains("content-encoding") || text.contains("transfer-encoding");
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
