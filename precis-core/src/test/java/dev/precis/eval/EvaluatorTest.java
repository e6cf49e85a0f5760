package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeResources;
import dev.precis.model.Story;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static List<Story> stories(int n) {
    Story ferry = TestStories.ferry();
    return IntStream.range(0, n)
        .mapToObj(i -> new Story("s" + i, "en", ferry.documents().subList(0, 1 + i % 3),
            List.of("The ferry Northern Lark ran aground off Kelmor Point and passengers were rescued by lifeboats. "
                + "It was refloated on Monday.")))
        .toList();
  }

  @Test
  void scoresEveryStoryInInputOrderWithTheScorersOwnFigures() {
    Evaluator evaluator = new Evaluator(new Precis(), Preset.MULTINEWS, 40, RougeResources.none(), 2);
    List<Evaluator.StoryResult> results = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    List<Evaluator.Report> reports = evaluator.evaluate("test", stories(37).iterator(),
        List.of(new LeadSummarizer()), 0, results::add, progress::add);

    assertThat(results).extracting(Evaluator.StoryResult::story)
        .containsExactlyElementsOf(IntStream.range(0, 37).mapToObj(i -> "s" + i).toList());
    assertThat(progress).hasSize(37).endsWith(37);
    Rouge rouge = new Rouge(Preset.MULTINEWS.rougeOptions(), RougeResources.none());
    Evaluator.StoryResult first = results.get(0);
    assertThat(first.words()).isLessThanOrEqualTo(40).isPositive();
    assertThat(first.scores()).isEqualTo(rouge.score(first.sentences(), List.of(List.of(
        "The ferry Northern Lark ran aground off Kelmor Point and passengers were rescued by lifeboats.",
        "It was refloated on Monday."))));

    Evaluator.Report report = reports.get(0);
    assertThat(report.stories()).isEqualTo(37);
    assertThat(report.algorithm()).isEqualTo("lead");
    assertThat(report.rouge()).containsKeys("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
    double meanR1 = results.stream().mapToDouble(r -> r.scores().get("ROUGE-1").f()).average().orElseThrow();
    assertThat(report.rouge().get("ROUGE-1").mean().f()).isCloseTo(meanR1, org.assertj.core.data.Offset.offset(0.02));
    assertThat(report.rouge().get("ROUGE-1").lower().f())
        .isLessThanOrEqualTo(report.rouge().get("ROUGE-1").upper().f());
    assertThat(report.averageWords()).isEqualTo(results.stream().mapToInt(Evaluator.StoryResult::words).average()
        .orElseThrow());
    assertThat(report.storiesPerSecond()).isPositive();
  }

  @Test
  void limitStopsEarlyAndEverySummarizerSeesTheSameStories() {
    List<Summarizer> all = new ArrayList<>(Summarizers.all().values());
    Evaluator evaluator = new Evaluator(new Precis(), Preset.TAC, null, RougeResources.none(), 1);
    List<Evaluator.StoryResult> results = new ArrayList<>();
    List<Evaluator.Report> reports = evaluator.evaluate("test", stories(20).iterator(), all, 5, results::add, p -> {});
    assertThat(reports).hasSize(all.size()).allSatisfy(r -> assertThat(r.stories()).isEqualTo(5));
    assertThat(results).hasSize(5 * all.size());
  }

  @Test
  void resultsAreTheSameAndInInputOrderWhateverTheNumberOfThreads() {
    List<List<String>> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 7}) {
      Evaluator evaluator = new Evaluator(new Precis(), Preset.MULTINEWS, 40, RougeResources.none(), threads);
      List<String> results = new ArrayList<>();
      evaluator.evaluate("test", oneCallerAtATime(stories(50).iterator(), 0), List.of(new LeadSummarizer()), 0,
          r -> results.add(r.story() + " " + r.summary() + " " + r.scores()), p -> {});
      assertThat(results).hasSize(50);
      assertThat(results.get(49)).startsWith("s49 ");
      runs.add(results);
    }
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
    assertThat(runs.get(2)).isEqualTo(runs.get(0));
  }

  @Test
  void aReaderErrorStopsTheEvaluationWithItsMessage() {
    Evaluator evaluator = new Evaluator(new Precis(), Preset.MULTINEWS, 40, RougeResources.none(), 2);
    List<String> ids = new ArrayList<>();
    assertThatThrownBy(() -> evaluator.evaluate("test", oneCallerAtATime(stories(40).iterator(), 35),
        List.of(new LeadSummarizer()), 0, r -> ids.add(r.story()), p -> {}))
        .isInstanceOf(UncheckedIOException.class).hasMessage("data.jsonl:36: cannot read");
    assertThat(ids).hasSizeLessThan(35).containsExactlyElementsOf(
        IntStream.range(0, ids.size()).mapToObj(i -> "s" + i).toList());
  }

  @Test
  void aLimitTakesTheFirstStoriesWithSeveralThreads() {
    Evaluator evaluator = new Evaluator(new Precis(), Preset.MULTINEWS, 40, RougeResources.none(), 3);
    List<String> ids = new ArrayList<>();
    List<Evaluator.Report> reports = evaluator.evaluate("test", oneCallerAtATime(stories(20).iterator(), 0),
        List.of(new LeadSummarizer()), 5, r -> ids.add(r.story()), p -> {});
    assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4");
    assertThat(reports.get(0).stories()).isEqualTo(5);
  }

  /**
   * {@code stories} as a reader would give them: it fails if two threads call it at once, and, when
   * {@code failAt} is positive, throws a read error naming the line of that story (counted from 0).
   */
  private static Iterator<Story> oneCallerAtATime(Iterator<Story> stories, int failAt) {
    AtomicBoolean busy = new AtomicBoolean();
    return new Iterator<>() {
      private int given;

      @Override
      public boolean hasNext() {
        return alone(stories::hasNext);
      }

      @Override
      public Story next() {
        return alone(() -> {
          if (failAt > 0 && given == failAt) {
            throw new UncheckedIOException("data.jsonl:" + (given + 1) + ": cannot read", new IOException("bad"));
          }
          given++;
          return stories.next();
        });
      }

      private <T> T alone(Supplier<T> call) {
        assertThat(busy.compareAndSet(false, true)).as("the stories are read by one thread at a time").isTrue();
        try {
          return call.get();
        } finally {
          busy.set(false);
        }
      }
    };
  }

  @Test
  void multiNewsLengthGrowsWithTheNumberOfArticles() {
    assertThat(Preset.MULTINEWS.words(stories(3).get(0))).isEqualTo(225);
    assertThat(Preset.MULTINEWS.words(TestStories.generated(4, 1))).isEqualTo(328);
    assertThat(Preset.MULTINEWS.words(TestStories.generated(30, 1))).isEqualTo(500);
    assertThat(Preset.DUC.words(TestStories.ferry())).isEqualTo(100);
  }
}
