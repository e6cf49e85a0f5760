package dev.precis.compare.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.model.Document;
import dev.precis.model.Span;
import dev.precis.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Place detection measured on the hand-labeled mentions of {@code report/places-labeled.txt}: exact span
 * matches, mentions outside quotations.
 */
class PlaceEvaluationTest {
  /** One labeled story: its documents and the gold place spans ("doc:start:end"). */
  record Labeled(Story story, Set<String> gold) {}

  static List<Labeled> load(String resource) throws IOException {
    String all;
    try (InputStream in = PlaceEvaluationTest.class.getResourceAsStream(resource)) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Labeled> out = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    Set<String> gold = new HashSet<>();
    StringBuilder text = new StringBuilder();
    String id = null;
    for (String line : (all + "\n=== end\n").split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("===") || line.equals("---")) {
        if (id != null) {
          docs.add(Document.of(id + "-" + docs.size(), text.toString().strip()));
          text.setLength(0);
          if (line.startsWith("===")) {
            out.add(new Labeled(Story.of(id, docs), gold));
            docs = new ArrayList<>();
            gold = new HashSet<>();
          }
        }
        if (line.startsWith("===")) {
          id = line.substring(3).trim();
        }
        continue;
      }
      int i = 0;
      while (i < line.length()) {
        int open = line.indexOf("[[", i);
        if (open < 0) {
          text.append(line, i, line.length());
          break;
        }
        text.append(line, i, open);
        int close = line.indexOf("]]", open);
        int start = text.length();
        text.append(line, open + 2, close);
        gold.add(docs.size() + ":" + start + ":" + text.length());
        i = close + 2;
      }
      text.append('\n');
    }
    return out;
  }

  /** True positives, false positives and false negatives over the stories of a labeled file. */
  static int[] measure(String resource) throws IOException {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Labeled l : load(resource)) {
      AnalyzedStory story = new Precis(null, new StoryAnalyzer()).analyze(l.story());
      QuoteExtractor.Extraction ex = new QuoteExtractor().analyze(story.segmented());
      Places.Result r = Places.find(ex.docs(), ex.entities(), EntityReport.lowerWords(story.story().documents()));
      Set<String> found = new HashSet<>();
      for (Places.PlaceMention m : r.mentions()) {
        found.add(m.document() + ":" + m.span().start() + ":" + m.span().end());
      }
      for (String f : found) {
        if (l.gold().contains(f)) {
          tp++;
        } else {
          fp++;
          System.out.println("false place  " + l.story().id() + " " + show(l.story(), f));
        }
      }
      for (String g : l.gold()) {
        if (!found.contains(g)) {
          fn++;
          System.out.println("missed place " + l.story().id() + " " + show(l.story(), g));
        }
      }
    }
    System.out.printf("places in %s: %d gold, %d found, precision %.3f, recall %.3f%n", resource, tp + fn,
        tp + fp, precision(tp, fp), recall(tp, fn));
    return new int[] {tp, fp, fn};
  }

  static double precision(int tp, int fp) {
    return tp / (double) (tp + fp);
  }

  static double recall(int tp, int fn) {
    return tp / (double) (tp + fn);
  }

  @Test
  void precisionAndRecallOnTheLabeledList() throws IOException {
    int[] r = measure("/report/places-labeled.txt");
    assertThat(r[0] + r[2]).isGreaterThan(60);
    assertThat(precision(r[0], r[1])).isGreaterThanOrEqualTo(0.85);
    assertThat(recall(r[0], r[2])).isGreaterThanOrEqualTo(0.85);
  }

  /** Text the rules were not tuned on. */
  @Test
  void precisionAndRecallOnTheHeldOutList() throws IOException {
    int[] r = measure("/report/places-heldout.txt");
    assertThat(r[0] + r[2]).isGreaterThan(30);
    assertThat(precision(r[0], r[1])).isGreaterThanOrEqualTo(0.8);
    assertThat(recall(r[0], r[2])).isGreaterThanOrEqualTo(0.7);
  }

  private static String show(Story story, String key) {
    String[] p = key.split(":");
    String text = story.documents().get(Integer.parseInt(p[0])).text();
    return new Span(Integer.parseInt(p[1]), Integer.parseInt(p[2])).of(text);
  }
}
