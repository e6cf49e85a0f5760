package dev.precis.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.compare.StoryReport;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.render.Renderers;
import dev.precis.render.report.ReportRenderers;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisJsonTest {
  private static Story sample;
  private static StoryReport sampleReport;

  @BeforeAll
  static void readTheSample() throws Exception {
    sample = TestStories.harbourBridge();
    sampleReport = new Precis().report(sample);
  }

  /** Documents with every kind of metadata, absent or odd: nulls, dates with nanoseconds, text JSON must escape. */
  static List<Document> generatedDocuments(long seed, int n) {
    Random random = new Random(seed);
    String[] pieces = {"The pier", " reopened", " on Friday.", "\n\n", "\"We are glad,\" she said.", "\t", "\u0000",
        "\u2028", "é", "\ud83d\ude80", "\\", "</script>", " ", "ß"};
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      LocalDateTime date = random.nextBoolean() ? null
          : LocalDateTime.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28),
              random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(3) == 0
                  ? random.nextInt(1_000_000_000) : 0);
      docs.add(new Document("d" + i + pieces[random.nextInt(pieces.length)],
          random.nextBoolean() ? null : "Title " + pieces[random.nextInt(pieces.length)],
          random.nextBoolean() ? null : "Outlet " + i, random.nextBoolean() ? null : "https://x.example/" + i,
          date, text.toString(), random.nextBoolean() ? null : List.of("en", "de", "fr").get(random.nextInt(3)),
          random.nextBoolean() ? null : "Author " + pieces[random.nextInt(pieces.length)]));
    }
    return docs;
  }

  @Test
  void documentsComeBackEqual() throws IOException {
    for (Document d : generatedDocuments(7, 300)) {
      String json = PrecisJson.write(d);
      assertThat(json).startsWith("{\"schema\":1,").doesNotContain("\n");
      assertThat(PrecisJson.readDocument(json)).isEqualTo(d);
    }
    for (Document d : sample.documents()) {
      assertThat(PrecisJson.readDocument(PrecisJson.write(d))).isEqualTo(d);
    }
  }

  @Test
  void storiesComeBackEqual() throws IOException {
    assertThat(PrecisJson.readStory(PrecisJson.write(sample))).isEqualTo(sample);
    for (long seed = 1; seed <= 20; seed++) {
      Story generated = TestStories.generated(1 + (int) seed % 7, seed);
      Story story = new Story("s" + seed, seed % 2 == 0 ? "de" : "en",
          seed % 3 == 0 ? generatedDocuments(seed, 5) : generated.documents(),
          seed % 4 == 0 ? List.of() : List.of("Reference " + seed + ".", "Second\nreference."));
      assertThat(PrecisJson.readStory(PrecisJson.write(story))).isEqualTo(story);
    }
  }

  @Test
  void summariesComeBackEqualForEveryAlgorithm() throws IOException {
    List<Story> stories = List.of(sample, TestStories.ferry(), TestStories.generated(12, 3));
    List<Budget> budgets = List.of(Budget.words(60), Budget.sentences(2), Budget.characters(300));
    for (Summarizer summarizer : Summarizers.all().values()) {
      for (int s = 0; s < stories.size(); s++) {
        Budget budget = budgets.get(s);
        Summary summary = Precis.builder().summarizer(summarizer).budget(budget).build().summarize(stories.get(s));
        PrecisJson.Summarized back = PrecisJson.readSummary(PrecisJson.write(summary, budget));
        assertThat(back.summary()).as(summarizer.name()).isEqualTo(summary);
        assertThat(back.budget()).isEqualTo(budget);
      }
    }
  }

  @Test
  void scoresThatAreNotNumbersAndUnknownBudgetsComeBack() throws IOException {
    Story story = TestStories.ferry();
    Document d = story.documents().get(0);
    SummarySentence s = new SummarySentence("The ferry ran aground.", 0, Double.NaN,
        List.of(new Citation(d.id(), 0, 0, 83)), List.of(new Span(0, 9), new Span(17, 28)));
    Summary summary = new Summary(story, "hand", List.of(s));
    PrecisJson.Summarized back = PrecisJson.readSummary(PrecisJson.write(summary, null));
    assertThat(back.summary()).isEqualTo(summary);
    assertThat(back.budget()).isNull();
  }

  @Test
  void aReportReadBackRendersTheSameInEveryFormat() throws IOException {
    String json = PrecisJson.write(sampleReport);
    StoryReport back = PrecisJson.readReport(json);
    assertThat(back.summary()).isEqualTo(sampleReport.summary());
    assertThat(back.budget()).isEqualTo(sampleReport.budget());
    assertThat(back.report().corroboration()).isNotEmpty();
    assertThat(back.report().quotations().groups()).isNotEmpty();
    assertThat(back.report().conflicts()).isNotEmpty();
    assertThat(back.report().timeline()).isNotEmpty();
    assertThat(PrecisJson.write(back)).isEqualTo(json);
    for (String format : ReportRenderers.names()) {
      assertThat(ReportRenderers.get(format).render(back)).as(format)
          .isEqualTo(ReportRenderers.get(format).render(sampleReport));
    }
    // The parts a report publishes come back as they were.
    assertThat(back.report().conflicts()).isEqualTo(sampleReport.report().conflicts());
    assertThat(back.report().entities()).isEqualTo(sampleReport.report().entities());
    assertThat(back.report().sharing().shared()).isDeepEqualTo(sampleReport.report().sharing().shared());
    assertThat(back.report().unique().keySet()).isEqualTo(sampleReport.report().unique().keySet());
    assertThat(back.report().timeline()).isEqualTo(sampleReport.report().timeline());
    assertThat(back.report().quotations().groups()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
        "quotes.speakerSpan").isEqualTo(sampleReport.report().quotations().groups());
    assertThat(back.report().corroboration()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sentence")
        .isEqualTo(sampleReport.report().corroboration());
  }

  @Test
  void whatTheCommandLinePrintsReadsBack() throws IOException {
    Budget budget = Budget.words(80);
    Precis precis = Precis.builder().budget(budget).build();
    Summary summary = precis.summarize(sample);
    String printed = Renderers.get("json").render(summary, budget);
    List<PrecisJson.Summarized> back = new ArrayList<>();
    PrecisJson.readSummaries(new StringReader(printed), back::add);
    assertThat(back).hasSize(1);
    assertThat(back.get(0).summary().sentences()).extracting(SummarySentence::citations)
        .isEqualTo(summary.sentences().stream().map(SummarySentence::citations).toList());
    assertThat(back.get(0).summary().sentences().get(0).sentence()).isEqualTo(-1); // not printed
    assertThat(Renderers.get("json").render(back.get(0).summary(), back.get(0).budget())).isEqualTo(printed);

    String report = ReportRenderers.get("json").render(sampleReport);
    List<StoryReport> reports = new ArrayList<>();
    PrecisJson.readReports(new StringReader(report), reports::add);
    assertThat(reports).hasSize(1);
    assertThat(ReportRenderers.get("json").render(reports.get(0))).isEqualTo(report);
  }

  @Test
  void anOutputOfManyEntriesStreamsBack() throws IOException {
    StringWriter out = new StringWriter();
    List<Summary> written = new ArrayList<>();
    try (PrecisJson.Output json = PrecisJson.open(out, false, PrecisJson.Form.FULL)) {
      for (long seed = 1; seed <= 5; seed++) {
        Summary summary = new Precis().summarize(TestStories.generated(4, seed));
        written.add(summary);
        json.write(summary, Budget.words(150));
      }
    }
    assertThat(out.toString()).startsWith("{\"schema\":1,\"stories\":[").endsWith("]}\n");
    List<Summary> read = new ArrayList<>();
    PrecisJson.readSummaries(new StringReader(out.toString()), s -> read.add(s.summary()));
    assertThat(read).isEqualTo(written);
  }

  @Test
  void aStoryIsARowOfTheBenchmarkFormat(@TempDir Path tmp) throws Exception {
    Story story = new Story("s1", "de", generatedDocuments(11, 4).stream()
        .map(d -> d.withText("Der Steg wurde am Freitag wieder geöffnet.")).toList(), List.of("Ein Steg."));
    Path file = tmp.resolve("stories.jsonl");
    Files.writeString(file, PrecisJson.write(sample) + "\n" + PrecisJson.write(story) + "\n", StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();
    List<Story> read = new StoryReader(warnings::add).readAll(List.of(file.toString()));
    assertThat(read).containsExactly(sample, story);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aBatchOfDocumentsReadsAsOneAListOrLines() throws IOException {
    List<Document> docs = generatedDocuments(11, 3);
    List<String> lines = docs.stream().map(PrecisJson::write).toList();
    assertThat(PrecisJson.readDocuments(lines.get(0))).containsExactly(docs.get(0));
    assertThat(PrecisJson.readDocuments("[" + String.join(",\n", lines) + "]")).isEqualTo(docs);
    assertThat(PrecisJson.readDocuments(String.join("\n", lines) + "\n\n")).isEqualTo(docs);
    assertThat(PrecisJson.readDocuments(" [ ] ")).isEmpty();

    String bad = String.join("\n", lines.get(0), "{\"id\": \"no-text\", \"title\": \"A title\"}", lines.get(2));
    assertThatThrownBy(() -> PrecisJson.readDocuments(bad)).isInstanceOf(SchemaException.class)
        .hasMessage("[1].text: missing");
    assertThatThrownBy(() -> PrecisJson.readDocuments("[" + lines.get(0) + ", 7]"))
        .isInstanceOf(SchemaException.class).hasMessage("[1]: not an object");
    assertThatThrownBy(() -> PrecisJson.readDocuments("[" + lines.get(0) + ", " + lines.get(1).replace(
        "\"schema\":1", "\"schema\":3") + "]")).isInstanceOf(SchemaException.class)
        .hasMessage("[1].schema: version 3 is newer than this reader's (1)");
    assertThatThrownBy(() -> PrecisJson.readDocuments(lines.get(0).replace("\"title\":", "\"title\":[1],\"x\":")))
        .isInstanceOf(SchemaException.class).hasMessage("title: not a string");
    assertThatThrownBy(() -> PrecisJson.readDocuments("[" + lines.get(0) + "] {}"))
        .isInstanceOf(SchemaException.class).hasMessage("more after the list of documents");
    assertThatThrownBy(() -> PrecisJson.readDocuments("[" + lines.get(0)))
        .isInstanceOf(IOException.class).isNotInstanceOf(SchemaException.class);
  }

  @Test
  void whatIsNotTheSchemaIsRefusedWithTheFieldNamed() {
    String doc = PrecisJson.write(Document.of("a", "Short text."));
    assertThatThrownBy(() -> PrecisJson.readDocument(doc.replace("\"schema\":1", "\"schema\":2")))
        .isInstanceOf(SchemaException.class).hasMessage("schema: version 2 is newer than this reader's (1)");
    assertThatThrownBy(() -> PrecisJson.readDocument(doc.replace("\"text\":\"Short text.\",", "")))
        .isInstanceOf(SchemaException.class).hasMessage("text: missing");
    assertThatThrownBy(() -> PrecisJson.readDocument(doc.replace("\"title\":null", "\"title\":3")))
        .isInstanceOf(SchemaException.class).hasMessage("title: not a string");
    assertThatThrownBy(() -> PrecisJson.readDocument("[1]"))
        .isInstanceOf(SchemaException.class).hasMessage("not a JSON object");

    Budget budget = Budget.sentences(1);
    String summary = PrecisJson.write(new Precis().summarize(TestStories.ferry(), "lead", budget), budget);
    assertThatThrownBy(() -> PrecisJson.readSummary(summary.replaceFirst("\"end\":\\d+", "\"end\":100000")))
        .isInstanceOf(SchemaException.class)
        .hasMessageStartingWith("summary.sentences[0].citations[0].start, end: [0, 100000) is not in the");
    assertThatThrownBy(() -> PrecisJson.readSummary(summary.replaceFirst("\"document\":\"wire-1\"",
        "\"document\":\"nowhere\""))).isInstanceOf(SchemaException.class)
        .hasMessage("summary.sentences[0].citations[0].document: names no document of the story: nowhere");
    assertThatThrownBy(() -> PrecisJson.readSummaries(new StringReader("{\"stories\": [{\"id\": \"x\"}]}"), s -> { }))
        .isInstanceOf(SchemaException.class).hasMessage("stories[0].documents: missing");
  }
}
