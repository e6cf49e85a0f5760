package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundancyGrouperTest {
  private static AnalyzedStory analyze(String... texts) {
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Document.of("d" + i, texts[i]));
    }
    return new Precis().analyze(Story.of("s", docs));
  }

  @Test
  void identicalSentencesInDifferentArticlesShareAGroup() {
    AnalyzedStory story = analyze(
        "The ferry ran aground on a sandbank off Kelmor Point early on Sunday. Nobody was hurt.",
        "Passengers waited on deck for hours. The ferry ran aground on a sandbank off Kelmor Point early on Sunday.");
    assertThat(story.group(3)).isEqualTo(story.group(0)).isEqualTo(0);
    assertThat(story.groupMembers(3)).containsExactly(0, 3);
    assertThat(story.group(2)).isNotEqualTo(story.group(0));
  }

  @Test
  void lightlyEditedWireCopyIsGrouped() {
    AnalyzedStory story = analyze(
        "Emergency crews pulled 14 people from the water and the wreckage, and all were taken to hospital.",
        "Emergency crews pulled 14 people from the water and wreckage and all of them were taken to hospital, "
            + "officials said.");
    assertThat(story.group(1)).isEqualTo(story.group(0));
  }

  @Test
  void aShortSentenceContainedInALongerOneIsGrouped() {
    AnalyzedStory story = analyze(
        "City officials said 12 vehicles were on the span when it failed.",
        "City officials said 12 vehicles were on the span when it failed, including a delivery van and a bus.");
    assertThat(story.group(1)).isEqualTo(story.group(0));
  }

  @Test
  void sentencesOnTheSameTopicWithDifferentContentStayApart() {
    AnalyzedStory story = analyze(
        "The council voted to delay the repair of the bridge until next year.",
        "The bridge collapsed on Tuesday morning while traffic crossed into the city.",
        "Engineers said the bridge had been inspected in October and passed.");
    assertThat(story.group(0)).isEqualTo(0);
    assertThat(story.group(1)).isEqualTo(1);
    assertThat(story.group(2)).isEqualTo(2);
  }

  @Test
  void sharingAFewRareWordsIsNotEnough() {
    AnalyzedStory story = analyze(
        "Mayor Ilse Varga visited St. Aldric's Hospital on Tuesday afternoon.",
        "Nurses at St. Aldric's Hospital treated seventeen people for cuts and hypothermia after the collapse.");
    assertThat(story.group(1)).isNotEqualTo(story.group(0));
  }

  @Test
  void manyVerbatimRepeatsCollapseIntoOneGroupQuickly() {
    String[] texts = new String[2000];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = "The storm closed the harbour road for the whole weekend. Article number " + i + " adds its own line.";
    }
    long t0 = System.nanoTime();
    AnalyzedStory story = analyze(texts);
    assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(10);
    assertThat(story.groupMembers(0)).hasSize(2000);
  }

  @Test
  void sentencesOverAFewWordsAreComparedWithABoundedNumberOfOthers() {
    // 50,000 sentences of 8 terms out of 40: every sentence shares terms with every other, the all-pairs case.
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    int n = 50_000;
    int[][] terms = new int[n][];
    int[] frequency = new int[40];
    for (int s = 0; s < n; s++) {
      terms[s] = random.ints(8, 0, 40).toArray();
      for (int t : java.util.Arrays.stream(terms[s]).distinct().toArray()) {
        frequency[t]++;
      }
    }
    terms[n - 1] = terms[3].clone();
    long t0 = System.nanoTime();
    int[] group = new RedundancyGrouper().group(terms, frequency);
    assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(30);
    assertThat(group[n - 1]).isEqualTo(group[3]);
  }

  @Test
  void groupsAreTheClosureOfAllSimilarPairsWhenNoSentenceReachesTheBound() {
    // 60 sentences over 70 term ids (sets sharing bits of a long and not), many of them edited copies of others:
    // few enough that every similar pair is compared, so the groups must be those of all pairs.
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int n = 60;
    int[][] terms = new int[n][];
    for (int s = 0; s < n; s++) {
      if (s > 0 && random.nextInt(3) > 0) {
        int[] copy = terms[random.nextInt(s)].clone();
        copy[random.nextInt(copy.length)] = random.nextInt(70);
        terms[s] = copy;
      } else {
        terms[s] = random.ints(4 + random.nextInt(12), 0, 70).toArray();
      }
    }
    int[] frequency = new int[70];
    for (int[] t : terms) {
      for (int id : SortedSets.of(t)) {
        frequency[id]++;
      }
    }
    RedundancyGrouper grouper = new RedundancyGrouper();
    UnionFind all = new UnionFind(n);
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < a; b++) {
        if (grouper.similar(SortedSets.of(terms[a]), SortedSets.of(terms[b]))) {
          all.union(a, b);
        }
      }
    }
    int[] expected = all.roots();
    assertThat(java.util.Arrays.stream(expected).distinct().count()).as("groups").isBetween(5L, 55L);
    assertThat(grouper.group(terms, frequency)).containsExactly(expected);
  }
}
