package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.compare.StoryReport;
import dev.precis.ingest.DocumentReader;
import dev.precis.ingest.Documents;
import dev.precis.json.PrecisJson;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's library example, compiled and run here; the test fails when the two differ. */
class ReadmeTest {
  private static final Path ROOT = Files.isDirectory(Path.of("../examples")) ? Path.of("..") : Path.of(".");
  private static final String BEGIN = "// README begin";
  private static final String END = "// README end";

  @Test
  void theLibraryExampleRuns() throws Exception {
    Path dir = ROOT.resolve("examples/harbour-bridge");
    // README begin
    DocumentReader reader = new DocumentReader(warning -> System.err.println(warning));
    List<Document> articles = new ArrayList<>();
    for (String file : List.of("01-meridian-wire.txt", "02-national-ledger.txt", "04-tidemark-news.txt")) {
      try (Documents docs = reader.read(dir.resolve(file))) { // any format above, gzip too; or bytes, or a stream
        docs.forEachRemaining(articles::add);                 // each with its title, source, date, language, author
      }
    }
    Story story = new Story("bridge", "en", articles, List.of()); // which articles make a story is the caller's choice

    Precis precis = Precis.builder().summarizer("coverage").budget(Budget.words(60)).compression(true).build();
    Summary summary = precis.summarize(story);
    for (SummarySentence s : summary.sentences()) {
      System.out.println(s.text() + "  " + s.citations());   // Citation(document, documentIndex, start, end)
    }
    StoryReport report = precis.report(story);                // the summary, corroboration, quotes, conflicts, ...

    String json = PrecisJson.write(summary, precis.budget()); // docs/json-schema.md; PrecisJson.write(report) too
    Summary again = PrecisJson.readSummary(json).summary();    // equal to summary
    // README end

    assertThat(articles).hasSize(3).allSatisfy(d -> assertThat(d.source()).isNotNull());
    assertThat(summary.sentences()).isNotEmpty();
    assertThat(summary.words()).isLessThanOrEqualTo(60);
    assertThat(report.summary()).isEqualTo(summary);
    assertThat(report.report().corroboration()).isNotEmpty();
    assertThat(again).isEqualTo(summary);
  }

  @Test
  void theReadmeShowsTheLinesThatRunHere() throws Exception {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    int section = readme.indexOf("## Library");
    int start = readme.subList(section, readme.size()).indexOf("```java") + section + 1;
    int end = readme.subList(start, readme.size()).indexOf("```") + start;
    List<String> shown = new ArrayList<>(readme.subList(start, end));
    assertThat(shown.remove(0)).isEqualTo("Path dir = Path.of(\"examples/harbour-bridge\");");

    List<String> source = Files.readAllLines(ROOT.resolve(
        "precis-core/src/test/java/dev/precis/ReadmeTest.java"));
    int from = source.indexOf("    " + BEGIN) + 1;
    int to = source.indexOf("    " + END);
    List<String> run = Arrays.asList(source.subList(from, to).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line).toArray(String[]::new));
    assertThat(shown).isEqualTo(run);
  }
}
