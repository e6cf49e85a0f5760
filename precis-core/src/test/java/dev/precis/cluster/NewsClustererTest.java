package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default algorithm: the contract, plus wire copies, new versions and late articles. */
class NewsClustererTest extends StoryClustererContractTest {
  @Override
  protected String algorithm() {
    return "news";
  }

  @Test
  void isTheDefault() {
    assertThat(StoryClusterers.DEFAULT).isEqualTo("news");
  }

  @Test
  void wireCopyWithAnotherHeadlineAndAnAddedLineJoinsTheOriginal() {
    StoryClusterer c = clusterer(Map.of());
    String story = c.assign(article("wire", DAY0, "Ferry aground off Tolley", FERRY)).story();
    c.assign(article("hail", DAY0, "Hail in the valley", ORCHARD));
    StoryClusterer.Assignment copy = c.assign(article("paper", DAY0.plusHours(3), "Passengers rescued",
        FERRY + " Local hotels offered rooms to stranded travellers."));
    assertThat(copy.story()).isEqualTo(story);
    assertThat(copy.score()).isGreaterThanOrEqualTo(c.options().copy());
  }

  @Test
  void repeatedIdIsANewVersionInTheSameStory() {
    StoryClusterer c = clusterer(Map.of());
    String story = c.assign(article("a", DAY0, "Ferry aground", FERRY)).story();
    StoryClusterer.Assignment revised = c.assign(article("a", DAY0.plusHours(1), "Ferry refloated",
        "The ferry Marnie Vale was refloated from the Tolley sandbank on Sunday evening and towed to Portkell."));
    assertThat(revised.story()).isEqualTo(story);
    assertThat(revised.opened()).isFalse();
    assertThat(c.openArticles()).isEqualTo(1);
  }

  @Test
  void lateArticleIsComparedWithOpenStoriesAndDoesNotMoveTheClockBack() {
    StoryClusterer c = clusterer(Map.of("window", "2"));
    String ferry = c.assign(article("a", DAY0.plusDays(1), "Ferry aground", FERRY)).story();
    // Dated a day before the newest article: still joins the open story.
    assertThat(c.assign(article("b", DAY0, "Ferry aground", FERRY)).story()).isEqualTo(ferry);
    // Dated far before the clock: it opens a story, which closes at the next article.
    StoryClusterer.Assignment old = c.assign(article("c", DAY0.minusDays(30), "Hail", ORCHARD));
    assertThat(old.opened()).isTrue();
    c.assign(article("d", DAY0.plusDays(1), "Hail", ORCHARD));
    assertThat(c.openStories()).isEqualTo(2);
  }

  @Test
  void aDatedArticleJoinsAtTheDatedThresholdAndAnUndatedOneAtThreshold() {
    String refloated = "The ferry Marnie Vale was refloated from the Tolley sandbank on Sunday evening by two tugs"
        + " and towed to Portkell, where divers will inspect the hull.";
    StoryClusterer probe = clusterer(Map.of("copy", "0", "threshold", "0.01", "datedThreshold", "0.01"));
    probe.assign(article("a", DAY0, "Ferry aground", FERRY));
    double score = probe.assign(article("b", DAY0, "Ferry refloated", refloated)).score();
    assertThat(score).isBetween(0.05, 0.95);
    String above = Double.toString(score + 0.02);
    String below = Double.toString(score - 0.02);
    for (boolean dated : new boolean[] {true, false}) {
      StoryClusterer datedJoins = clusterer(Map.of("copy", "0", "threshold", above, "datedThreshold", below));
      StoryClusterer undatedJoins = clusterer(Map.of("copy", "0", "threshold", below, "datedThreshold", above));
      for (StoryClusterer c : new StoryClusterer[] {datedJoins, undatedJoins}) {
        c.assign(article("a", dated ? DAY0 : null, "Ferry aground", FERRY));
      }
      assertThat(datedJoins.assign(article("b", dated ? DAY0 : null, "Ferry refloated", refloated)).opened())
          .as("dated %s, dated threshold below the score", dated).isEqualTo(!dated);
      assertThat(undatedJoins.assign(article("b", dated ? DAY0 : null, "Ferry refloated", refloated)).opened())
          .as("dated %s, threshold below the score", dated).isEqualTo(dated);
    }
  }

  @Test
  void decayLowersTheSimilarityToAnOldStory() {
    StoryClusterer none = clusterer(Map.of("copy", "0"));
    StoryClusterer decaying = clusterer(Map.of("copy", "0", "decay", "1"));
    for (StoryClusterer c : new StoryClusterer[] {none, decaying}) {
      c.assign(article("a", DAY0, "Ferry aground", FERRY));
    }
    double fresh = none.assign(article("b", DAY0.plusDays(1), "Ferry aground", FERRY)).score();
    double decayed = decaying.assign(article("b", DAY0.plusDays(1), "Ferry aground", FERRY)).score();
    assertThat(decayed).isCloseTo(fresh * Math.exp(-1), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void linkScoresAnArticleCloseToOneMemberAboveTheGroupAverage() {
    String refloated = "The ferry Marnie Vale was refloated from the Tolley sandbank on Sunday evening by two tugs"
        + " of Greyline Sea and towed to Portkell, where divers will inspect the hull on Monday.";
    double[] scores = new double[2];
    String[] similarity = {"average", "link"};
    for (int k = 0; k < 2; k++) {
      StoryClusterer c = clusterer(Map.of("copy", "0", "threshold", "0.01", "similarity", similarity[k]));
      String story = c.assign(article("a", DAY0, "Ferry aground", FERRY)).story();
      assertThat(c.assign(article("b", DAY0, "Ferry refloated", refloated)).story()).isEqualTo(story);
      StoryClusterer.Assignment again = c.assign(article("c", DAY0, "Ferry aground", FERRY));
      assertThat(again.story()).isEqualTo(story);
      scores[k] = again.score();
    }
    // The third article is the first one again: its nearest member has cosine 1 (up to the idf learned since).
    assertThat(scores[1]).isGreaterThan(scores[0]);
    assertThat(scores[1]).isCloseTo((scores[0] + 1) / 2, org.assertj.core.data.Offset.offset(0.05));
  }
}
