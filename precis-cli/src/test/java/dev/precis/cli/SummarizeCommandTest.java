package dev.precis.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis summarize} run in-process on the sample corpus and on made-up inputs. */
class SummarizeCommandTest {
  static final String EXAMPLE = "../examples/harbour-bridge";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @BeforeAll
  static void sampleCorpusIsThere() {
    assumeTrue(Files.isDirectory(Path.of(EXAMPLE)), "sample corpus present");
  }

  private static void assertClean(Run run) {
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).as(run.toString()).isEmpty();
  }

  @Test
  void textSummaryOfTheSampleCorpus() {
    Run run = Run.of("summarize", EXAMPLE, "--algorithm", "lead");
    assertClean(run);
    assertThat(run.out()).startsWith("harbour-bridge (6 articles; lead, ").contains("] ")
        .contains("\nSources:\n[1] Swing bridge span collapses into river in Kestrelmouth, 14 injured"
            + " — Meridian Wire Service, 2026-03-10 10:15 (01-meridian-wire)");
    assertThat(run.out()).matches("(?s).*Tuesday[^\\n]*\\[1(,\\d)*\\].*");
  }

  @Test
  void jsonSummaryParsesAndItsSpansPointIntoTheDocuments() throws IOException {
    Run run = Run.of("summarize", EXAMPLE, "-a", "lead", "--format", "json", "--words", "60");
    assertClean(run);
    JsonNode root = JSON.readTree(run.out());
    JsonNode story = root.get("stories").get(0);
    assertThat(root.get("stories").size()).isEqualTo(1);
    assertThat(story.get("id").asText()).isEqualTo("harbour-bridge");
    assertThat(story.get("algorithm").asText()).isEqualTo("lead");
    assertThat(story.get("budget").get("unit").asText()).isEqualTo("words");
    assertThat(story.get("budget").get("limit").asInt()).isEqualTo(60);
    assertThat(story.get("documents").size()).isEqualTo(6);
    assertThat(story.get("documents").get(0).get("date").asText()).isEqualTo("2026-03-10T10:15:00");
    assertThat(story.get("documents").get(3).get("date").isNull()).isTrue();
    assertThat(story.get("summary").get("words").asInt()).isBetween(1, 60);
    assertSpansMatch(story);
  }

  static void assertSpansMatch(JsonNode story) {
    Map<String, String> texts = new HashMap<>();
    story.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    assertThat(story.get("summary").get("sentences").size()).isPositive();
    for (JsonNode s : story.get("summary").get("sentences")) {
      for (JsonNode c : s.get("citations")) {
        String text = texts.get(c.get("document").asText());
        assertThat(text).isNotNull();
        assertThat(c.get("end").asInt()).isBetween(c.get("start").asInt(), text.length());
      }
      JsonNode own = s.get("citations").get(0);
      String text = texts.get(own.get("document").asText());
      StringBuilder printed = new StringBuilder();
      for (JsonNode piece : s.get("printed")) {
        assertThat(piece.get("start").asInt()).isBetween(own.get("start").asInt(), own.get("end").asInt());
        assertThat(piece.get("end").asInt()).isBetween(piece.get("start").asInt(), own.get("end").asInt());
        printed.append(text, piece.get("start").asInt(), piece.get("end").asInt());
      }
      String shown = s.get("text").asText();
      assertThat(shown).as("printed pieces, first letter capitalized, maybe a full stop added")
          .isIn(printed.toString(), capitalized(printed.toString()), capitalized(printed + "."));
    }
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Test
  void verbatimPrintsSourceSentencesWhole() throws IOException {
    Path f = tmp.resolve("pier.txt");
    Files.writeString(f, "The harbour pier will stay closed until the inspection ends, police said on Monday.\n\n"
        + "But the ferry will keep its timetable through the whole of the winter season.\n", UTF_8);
    Run compressed = Run.of("summarize", "-a", "lead", f.toString());
    assertClean(compressed);
    assertThat(compressed.out()).contains("The harbour pier will stay closed until the inspection ends. [1]")
        .contains("The ferry will keep its timetable");
    Run verbatim = Run.of("summarize", "-a", "lead", "--verbatim", f.toString());
    assertClean(verbatim);
    assertThat(verbatim.out()).contains("until the inspection ends, police said on Monday. [1]")
        .contains("But the ferry will keep its timetable");
  }

  @Test
  void markdownWithASentenceBudget() {
    Run run = Run.of("summarize", "--sentences", "2", "--format", "markdown", "-a", "lead", EXAMPLE);
    assertClean(run);
    assertThat(run.out()).startsWith("# harbour-bridge\n\n").contains("\n## Sources\n\n1. [**Swing bridge")
        .contains("(budget 2 sentences)");
    String paragraph = run.out().split("\n\n")[1];
    assertThat(paragraph.split("\\] (?=[^\\[])")).hasSizeBetween(1, 2);
  }

  @Test
  void characterBudget() throws IOException {
    Run run = Run.of("summarize", "--chars", "300", "--format", "json", "-a", "lead", EXAMPLE);
    assertClean(run);
    JsonNode sentences = JSON.readTree(run.out()).get("stories").get(0).get("summary").get("sentences");
    int chars = -1;
    for (JsonNode s : sentences) {
      chars += s.get("text").asText().length() + 1;
    }
    assertThat(chars).isLessThanOrEqualTo(300);
  }

  @Test
  void algorithmOptionsChangeTheSummaryAndDefaultsLeaveItAsItIs() {
    Run plain = Run.of("summarize", EXAMPLE, "--words", "60");
    Run defaults = Run.of("summarize", EXAMPLE, "--words", "60", "--option", "seeds=10", "--option", "fill=true");
    Run changed = Run.of("summarize", EXAMPLE, "--words", "60", "--option", "costExponent=2", "--option", "seeds=0");
    assertClean(plain);
    assertClean(defaults);
    assertClean(changed);
    assertThat(defaults.out()).isEqualTo(plain.out());
    assertThat(changed.out()).isNotEqualTo(plain.out());
  }

  @Test
  void algorithmsListsEveryAlgorithmWithItsOptions() {
    Run run = Run.of("algorithms");
    assertClean(run);
    assertThat(run.out()).contains("learned (the default): ").contains("lead: ").contains("  no options")
        .contains("  seeds = 10  (integer, at least 0)")
        .contains("  damping = 0.85  (decimal, above 0 and below 1)");
    for (String name : dev.precis.summarize.Summarizers.all().keySet()) {
      assertThat(run.out().lines()).as(name).anyMatch(line -> line.startsWith(name + ": ") || line.startsWith(name + " ("));
    }
  }

  @Test
  void defaultAlgorithmIsUsedWithoutTheOption() {
    Run run = Run.of("summarize", EXAMPLE);
    if (Summarizers.all().containsKey(Summarizers.DEFAULT_ALGORITHM)) {
      assertClean(run);
      assertThat(run.out()).startsWith("harbour-bridge (6 articles; " + Summarizers.DEFAULT_ALGORITHM + ", ");
    } else {
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("the default algorithm (" + Summarizers.DEFAULT_ALGORITHM + ")");
    }
  }

  @Test
  void everyStoryOfAJsonlFileIsSummarizedAndBadLinesAreWarnings() throws IOException {
    Path f = tmp.resolve("two.jsonl");
    Files.writeString(f, """
        {"id": "first", "documents": [{"id": "a", "text": "The dam held. Water rose all night."}]}
        {"id": "broken", "documents": [
        {"id": "second", "documents": [{"id": "b", "text": "The mayor resigned on Friday."}], "references": ["x"]}
        """, UTF_8);
    Run run = Run.of("summarize", "-a", "lead", f.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("first (1 article; lead, ").contains("\n\nsecond (1 article; lead, ")
        .contains("The mayor resigned on Friday. [1]");
    assertThat(run.err()).isEqualTo("precis: warning: " + f + ":2: malformed JSON"
        + run.err().substring(("precis: warning: " + f + ":2: malformed JSON").length()));
    assertThat(run.err().lines()).singleElement().asString().endsWith("; line skipped");
  }

  @Test
  void severalStoriesInJsonAreOneObject() throws IOException {
    Path f = tmp.resolve("one.jsonl");
    Files.writeString(f, "{\"id\": \"j\", \"documents\": [{\"id\": \"a\", \"text\": \"One sentence here.\"}]}\n");
    Run run = Run.of("summarize", "-a", "lead", "-f", "json", EXAMPLE, f.toString());
    assertClean(run);
    JsonNode stories = JSON.readTree(run.out()).get("stories");
    assertThat(stories.size()).isEqualTo(2);
    assertThat(stories.get(0).get("id").asText()).isEqualTo("harbour-bridge");
    assertThat(stories.get(1).get("id").asText()).isEqualTo("j");
    stories.forEach(SummarizeCommandTest::assertSpansMatch);
  }

  @Test
  void standardInput() {
    Run run = Run.withInput("Title: Piped\n\nA story from a pipe. It has two sentences.\n", "summarize", "-a",
        "lead", "-");
    assertClean(run);
    assertThat(run.out()).startsWith("stdin (1 article; lead, ").contains("A story from a pipe. [1]")
        .contains("[1] Piped (stdin)");
  }

  @Test
  void skippedFilesAreWarningsAndTheRestIsSummarized() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("mixed"));
    Files.writeString(dir.resolve("a.txt"), "Good text here.", UTF_8);
    Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3});
    Run run = Run.of("summarize", "-a", "lead", dir.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("mixed (1 article; lead, ");
    assertThat(run.err()).isEqualTo("precis: warning: " + dir.resolve("b.txt") + ": binary file, not text; skipped\n");
  }

  @Test
  void windows1252TextIsAWarning() throws IOException {
    Path f = tmp.resolve("legacy.txt");
    Files.write(f, "Caf\u00e9 owners reopened on Monday.".getBytes("windows-1252"));
    Run run = Run.of("summarize", "-a", "lead", f.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Café owners reopened on Monday.");
    assertThat(run.err()).isEqualTo("precis: warning: " + f + ": not UTF-8; read as windows-1252\n");
  }

  @Test
  void explainListsWhatTheCleanerRemovedAndTheSummaryHasNoDebris() {
    Run run = Run.of("summarize", EXAMPLE, "--explain", "--words", "400");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).contains("precis: explain: harbour-bridge/03-kestrelmouth-gazette: PHOTO_CREDIT: \"Photo: Jana Koll / Harbour Gazette\"")
        .contains("WIRE_NOTE: \"(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)\"")
        .contains("SOCIAL_EMBED");
    assertThat(run.out()).doesNotContain("pic.twitter.com", "Sign up", "\"/>", "STORY CAN END", "Photo:");
  }
}
