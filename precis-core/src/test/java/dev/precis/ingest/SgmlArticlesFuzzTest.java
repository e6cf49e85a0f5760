package dev.precis.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzing of TREC/DUC newswire SGML, on StoryReader's path (decoding by {@link Encodings}, then
 * {@link SgmlArticles#parse}): any bytes give documents or a user-facing {@link InputException}, never another
 * exception, and the documents are sane: non-blank ids without white space, non-blank normalized text, no more
 * text than the file holds (entities and tags only shrink it), one-line titles. Seeds in
 * {@code SgmlArticlesFuzzTestInputs/}; runs them under {@code mvn test}, fuzzes with {@code JAZZER_FUZZ=1}.
 */
class SgmlArticlesFuzzTest {
  private static final String NAME = "newswire.sgml";

  @FuzzTest(maxDuration = "30s")
  void newswireGivesDocumentsOrAClearError(byte @NotNull @WithLength(max = 16384) [] sgml) {
    List<String> warnings = new ArrayList<>();
    try {
      String text = Encodings.decode(sgml, sgml.length, Encodings.declaredInXml(sgml, sgml.length), true, NAME,
          warnings::add);
      List<Document> docs = SgmlArticles.parse(text, "newswire", NAME, warnings::add);
      check(!docs.isEmpty(), "no documents and no error");
      long total = 0;
      for (Document d : docs) {
        check(!d.id().isEmpty() && !d.id().matches("(?s).*\\s.*"), "id '" + d.id() + "'");
        HtmlArticlesFuzzTest.checkText(d.text(), sgml.length);
        HtmlArticlesFuzzTest.checkOneLine(d.title(), "title");
        total += d.text().length();
      }
      check(total <= sgml.length, "documents of " + total + " chars from " + sgml.length + " bytes");
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
