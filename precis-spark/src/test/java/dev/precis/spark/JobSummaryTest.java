package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSummaryTest {
  @Test
  void storiesThatCouldNotBeSummarizedAreListedThenCounted() throws Exception {
    JobSummary summary = new JobSummary(JobOptions.parse(new String[] {"--input", "in", "--output", "out"}), 1);
    List<BlockClustering.Failure> kept = new ArrayList<>();
    for (int i = 30; i > 0; i--) {
      kept.add(new BlockClustering.Failure("s" + i, "a" + i, "java.lang.IllegalStateException: story " + i));
    }
    summary.stories(500, 45, kept);
    List<String> lines = summary.describe().lines().filter(l -> l.startsWith("not summarized: ")).toList();
    assertThat(lines).hasSize(JobSummary.FAILURES_SHOWN + 1);
    assertThat(lines.get(0)).isEqualTo(
        "not summarized: story s1 (first article a1): java.lang.IllegalStateException: story 1");
    assertThat(lines.get(19)).startsWith("not summarized: story s20 (first article a20)");
    assertThat(lines.get(20)).isEqualTo("not summarized: 25 more stories (20 listed above)");
    assertThat(summary.describe()).contains("stories: 500 (45 could not be summarized)");
  }

  @Test
  void aFewFailuresAreAllListed() throws Exception {
    JobSummary summary = new JobSummary(JobOptions.parse(new String[] {"--input", "in", "--output", "out"}), 1);
    summary.stories(10, 1, List.of(new BlockClustering.Failure("s4", "x", "java.lang.RuntimeException: no")));
    assertThat(summary.describe().lines().filter(l -> l.startsWith("not summarized: ")))
        .containsExactly("not summarized: story s4 (first article x): java.lang.RuntimeException: no");
    summary.stories(10, 0, List.of());
    assertThat(summary.describe()).doesNotContain("not summarized");
  }
}
