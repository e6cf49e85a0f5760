package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cleaner on the project's sample corpus and on DUC 2003 newswire (read from ../shared, never copied). */
class DebrisCleanerCorpusTest {
  private final DebrisCleaner cleaner = new DebrisCleaner();

  private static Path find(String first, String... more) {
    for (Path base : new Path[] {Path.of(".."), Path.of(".")}) {
      Path p = base.resolve(Path.of(first, more));
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  /** The body of a sample file: everything after the header block. */
  private static String body(Path file) throws IOException {
    String t = Files.readString(file, StandardCharsets.UTF_8);
    return t.substring(t.indexOf("\n\n") + 2);
  }

  @Test
  void sampleCorpusDebrisIsRemovedAndNothingElse() throws IOException {
    Path dir = find("examples", "harbour-bridge");
    assumeTrue(dir != null, "examples/harbour-bridge not found");
    Map<String, List<Reason>> expected = Map.of(
        "01-meridian-wire.txt", List.of(Reason.DATELINE, Reason.WIRE_NOTE, Reason.WIRE_NOTE),
        "02-national-ledger.txt", List.of(Reason.CROSS_LINK, Reason.PROMO),
        "03-kestrelmouth-gazette.txt", List.of(Reason.PHOTO_CREDIT),
        "04-tidemark-news.txt", List.of(Reason.MARKUP, Reason.SOCIAL_EMBED),
        "05-harbourline-business.txt", List.of(Reason.CROSS_LINK),
        "06-the-daily-blare.txt", List.of(Reason.CROSS_LINK, Reason.PROMO));
    for (Map.Entry<String, List<Reason>> e : expected.entrySet()) {
      Path file = dir.resolve(e.getKey());
      assumeTrue(Files.exists(file), file + " not found");
      String body = body(file);
      CleanResult r = cleaner.clean(body);
      System.out.print("== " + e.getKey() + " " + r.metadata() + "\n" + r.explain());
      assertThat(r.removals()).as(e.getKey()).extracting(Removal::reason).containsExactlyElementsOf(e.getValue());
      // Every kept paragraph is a paragraph of the input (only whole lines or the dateline were removed).
      for (String para : r.text().split("\n\n")) {
        assertThat(body).as(e.getKey()).contains(para);
      }
    }
    CleanResult wire = cleaner.clean(body(dir.resolve("01-meridian-wire.txt")));
    assertThat(wire.metadata()).isEqualTo(new Metadata("Tavi Lund", "KESTRELMOUTH", "March 10", "Meridian"));
    assertThat(wire.text()).startsWith("The central span of the Tollgate Swing Bridge gave way");
  }

  @Test
  void ducWireNotesAreRemoved() throws IOException {
    Path duc = find("shared", "data", "duc2003.jsonl");
    if (duc == null) {
      duc = find("..", "shared", "data", "duc2003.jsonl");
    }
    assumeTrue(duc != null, "shared/data/duc2003.jsonl not found");
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(duc, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        for (JsonNode d : json.readTree(line).get("documents")) {
          texts.add(d.get("text").asText());
        }
      }
    }
    Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
    int datelines = 0;
    for (String t : texts) {
      CleanResult r = cleaner.clean(t);
      for (Removal x : r.removals()) {
        counts.merge(x.reason(), 1, Integer::sum);
      }
      if (r.metadata().dateline() != null) {
        datelines++;
      }
      assertThat(r.text()).doesNotContain("STORY CAN END HERE").doesNotContain("&UR;").doesNotContain("&QL;");
      for (String line : r.text().split("\n")) {
        assertThat(line.strip()).isNotIn("nn", "___", "(MORE)", "MORE", "END");
      }
    }
    System.out.println("DUC 2003: " + texts.size() + " documents, " + datelines + " datelines, removals " + counts);
    assertThat(datelines).isGreaterThan(texts.size() * 3 / 4);
  }
}
