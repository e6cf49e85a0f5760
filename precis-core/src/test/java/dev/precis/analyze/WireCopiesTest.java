package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WireCopiesTest {
  private static final String WIRE = "Fishing crews in the port of Adrel stayed ashore for a third day on Wednesday "
      + "after the harbour authority closed the outer channel, where a grain barge sank on Sunday night.\n\n"
      + "Divers have located the barge in nine metres of water and expect to begin lifting its cargo on Friday, "
      + "the authority said in a statement. No one was hurt when the barge went down.\n\n"
      + "Fish merchants said the closure was costing the town's market about 40,000 crowns a day, and the "
      + "fishermen's cooperative asked the regional government for emergency support.\n\n"
      + "\"Every day the boats sit here is a day our members cannot pay their bills,\" said Tova Brenn, who chairs "
      + "the cooperative.\n\n"
      + "The harbour authority said it hoped to reopen the channel to small vessels by the weekend.";

  private static final String OTHER = "The regional government in Adrel approved a new budget for coastal "
      + "defences on Wednesday, setting aside money for sea walls at four towns that flooded last winter. "
      + "Council members argued for hours over how to divide the money between the towns, and the vote passed "
      + "by a narrow margin after the opposition walked out. Officials said building work would start in the "
      + "spring and last about three years, and that residents would be consulted on the design of each wall.";

  private static Document doc(String id, String source, String text) {
    return new Document(id, null, source, null, null, text);
  }

  @Test
  void republishedWireCopyWithEditsIsOneSource() {
    String trimmed = WIRE.substring(0, WIRE.lastIndexOf("\n\n"));
    String localised = "ADREL - " + WIRE.replace("said in a statement", "told the Adrel Courier")
        + "\n\nThe Courier's own reporter saw six trawlers tied up at the north quay on Wednesday morning.";
    List<Document> docs = List.of(doc("a", "Wire", WIRE), doc("b", "Coast Times", OTHER),
        doc("c", "Courier", localised), doc("d", "Evening Post", trimmed));
    int[] copyOf = new WireCopies().find(docs);
    assertThat(copyOf).containsExactly(0, 1, 0, 0);
  }

  @Test
  void differentStoriesAndShortTextsStayApart() {
    List<Document> docs = List.of(doc("a", "x", WIRE), doc("b", "y", OTHER),
        doc("c", "z", "Short note about the barge."), doc("d", "w", "Short note about the barge."));
    assertThat(new WireCopies().find(docs)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void copiesCountOnceInDocumentFrequency() {
    Story story = Story.of("s", List.of(doc("a", "Wire", WIRE), doc("b", "Post", WIRE), doc("c", "Times", OTHER)));
    AnalyzedStory analyzed = new Precis().analyze(story);
    assertThat(analyzed.copyOf(1)).isZero();
    int barge = analyzed.vocabulary().contentId("barg");
    assertThat(barge).isNotNegative();
    assertThat(analyzed.documentFrequency(barge)).isEqualTo(1);
    int wednesday = analyzed.vocabulary().contentId("wednesdai");
    assertThat(analyzed.documentFrequency(wednesday)).isEqualTo(2);
  }

  @Test
  void aThousandArticlesAreComparedQuickly() {
    List<Document> docs = new ArrayList<>(TestStories.generated(1000, 5).documents());
    long t0 = System.nanoTime();
    new WireCopies().find(docs);
    assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(10);
  }

  @Test
  void smallStoriesGetTheGroupsOfTheBandedSearch() {
    WireCopies copies = new WireCopies();
    SplittableRandom random = new SplittableRandom(23);
    int joined = 0;
    int copiesLeftApart = 0;
    for (int t = 0; t < 400; t++) {
      int n = 2 + random.nextInt(WireCopies.MAX_COMPARED);
      long[][] shingles = new long[n][];
      List<List<String>> texts = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        List<String> words;
        if (d > 0 && random.nextInt(3) > 0) {
          // an edited copy of an earlier article: near the thresholds, where the bands can miss a copy
          words = new ArrayList<>(texts.get(random.nextInt(d)));
          for (int e = random.nextInt(12); e > 0; e--) {
            words.set(random.nextInt(words.size()), "w" + random.nextInt(400));
          }
        } else {
          words = new ArrayList<>();
          for (int w = 30 + random.nextInt(60); w > 0; w--) {
            words.add("w" + random.nextInt(400));
          }
        }
        texts.add(words);
        shingles[d] = WireCopies.shingles(String.join(" ", words));
      }
      int[] banded = copies.banded(shingles, new UnionFind(n));
      assertThat(copies.copiesFirst(shingles, new UnionFind(n))).as("story %d", t).containsExactly(banded);
      for (int d = 0; d < n; d++) {
        joined += banded[d] != d ? 1 : 0;
        for (int other = 0; other < d; other++) {
          boolean copy = shingles[d].length > 0 && shingles[other].length > 0
              && copies.copies(shingles[other], shingles[d]);
          copiesLeftApart += copy && banded[d] != banded[other] ? 1 : 0;
        }
      }
    }
    // Both kinds occur, so the comparison above tests the band check as well as the copy test.
    assertThat(joined).isPositive();
    assertThat(copiesLeftApart).isPositive();
  }

  @Test
  void shingleHashesAreThoseOfTheWordsSplitByPattern() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "abcXYZ 09,.;'-\u00e9\u00c9\u0130\u00df\u0663\u2167\u00b2\u02b0\u4e2d \n\t\ud835\udc00\ud800";
    List<String> texts = new ArrayList<>(List.of(WIRE, OTHER, WIRE.toUpperCase(Locale.ROOT), WIRE + " " + OTHER));
    for (int t = 0; t < 200; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = random.nextInt(600); i < n; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (String text : texts) {
      assertThat(WireCopies.shingles(text)).as(text).containsExactly(byPattern(text));
    }
  }

  /** Word 5-shingle hashes computed the plain way: split on a pattern, hash each shingle's characters. */
  private static long[] byPattern(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.size() < 40) {
      return new long[0];
    }
    long[] out = new long[words.size() - 4];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < 5; k++) {
        for (char c : words.get(i + k).toCharArray()) {
          h = 31 * h + c;
        }
        h = 31 * h + ' ';
      }
      long z = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      out[i] = z ^ (z >>> 31);
    }
    return Arrays.stream(out).distinct().sorted().toArray();
  }
}
