package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.learn.Gbdt;
import dev.precis.learn.Oracle;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnedTrainerTest {
  /** Generated stories whose reference is their first article's first two sentences. */
  static List<Story> slice(int n) {
    List<Story> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Story s = TestStories.generated(3 + i % 4, 100 + i);
      String first = s.documents().get(0).text();
      int second = first.indexOf('.', first.indexOf('.') + 1);
      out.add(new Story("g" + i, "en", s.documents(), List.of(first.substring(0, second + 1))));
    }
    return out;
  }

  private static LearnedTrainer trainer(Set<SentenceFeatures.Group> off) {
    return new LearnedTrainer(new Precis()::analyze, s -> 40, new Gbdt.Params(20, 3, 0.2, 1, 1, 0.8, 32), off,
        Oracle.Label.ORDER, Gbdt.Objective.LAMBDARANK, 2);
  }

  @Test
  void sameSliceAndSeedGiveTheSameModelFile() {
    byte[] a = trainer(Set.of()).train(slice(30).iterator(), 0, 5).model().toBytes();
    byte[] b = trainer(Set.of()).train(slice(30).iterator(), 0, 5).model().toBytes();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void learnsThatTheReferenceIsTheLead() {
    LearnedTrainer.Result result = trainer(Set.of()).train(slice(40).iterator(), 30, 1);
    assertThat(result.stories()).isEqualTo(30);
    assertThat(result.positives()).isPositive().isLessThan(result.rows());
    int[] splits = result.model().splitCounts();
    int position = 0;
    for (int f = 0; f < splits.length; f++) {
      if (SentenceFeatures.groupOf(f) == SentenceFeatures.Group.POSITION) {
        position += splits[f];
      }
    }
    assertThat(position).isPositive();
  }

  @Test
  void featureGroupsLeftOutAreNeverSplitOn() {
    LearnedTrainer.Result result = trainer(Set.of(SentenceFeatures.Group.POSITION)).train(slice(20).iterator(), 0, 1);
    int[] splits = result.model().splitCounts();
    for (int f = 0; f < splits.length; f++) {
      if (SentenceFeatures.groupOf(f) == SentenceFeatures.Group.POSITION) {
        assertThat(splits[f]).as(SentenceFeatures.NAMES.get(f)).isZero();
      }
    }
  }

  @Test
  void storiesWithoutReferencesAreNoTrainingData() {
    List<Story> none = List.of(TestStories.generated(3, 1));
    assertThatThrownBy(() -> trainer(Set.of()).train(none.iterator(), 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
  }

  @Test
  void unknownFeatureGroupsAreNamed() {
    assertThat(SentenceFeatures.groups("position, Surface")).containsExactlyInAnyOrder(
        SentenceFeatures.Group.POSITION, SentenceFeatures.Group.SURFACE);
    assertThatThrownBy(() -> SentenceFeatures.groups("postion")).hasMessageContaining("'postion'");
  }
}
