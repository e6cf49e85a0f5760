package dev.precis;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizers;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzing of the whole pipeline: a story of up to four arbitrary articles is cleaned, analyzed and summarized by
 * a summarizer the input picks, within budget, with every citation inside its document's cleaned text.
 */
class PrecisFuzzTest {
  private static final List<String> ALGORITHMS = new ArrayList<>(Summarizers.all().keySet());
  private final Precis precis = new Precis();

  @FuzzTest(maxDuration = "30s")
  void summarizesAnyStory(FuzzedDataProvider data) {
    String algorithm = data.pickValue(ALGORITHMS);
    int words = data.consumeInt(1, 300);
    int articles = data.consumeInt(0, 4);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      docs.add(Document.of("d" + i, data.consumeString(2000)));
    }
    Summary summary = precis.summarize(Story.of("fuzz", docs), algorithm, Budget.words(words));
    if (summary.words() > words) {
      throw new AssertionError("over budget: " + summary.words() + " > " + words);
    }
    for (SummarySentence s : summary.sentences()) {
      for (Citation c : s.citations()) {
        String text = summary.story().documents().get(c.documentIndex()).text();
        if (c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) {
          throw new AssertionError("citation outside its document: " + c);
        }
      }
    }
  }
}
