package dev.precis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentativesTest {
  private static final Story STORY = Story.of("road", List.of(
      Document.of("a", "Mayor Dana Lin spoke at the depot on Monday morning.\n\n"
          + "She added: \"The coast road will reopen to traffic on Friday after the repairs.\""),
      Document.of("b", "\"The coast road will reopen to traffic on Friday after the repairs,\" Mayor Dana Lin said.")));

  /** The printed sentences of each registered algorithm's summary of the story. */
  private static List<String> printedByEveryAlgorithm(Story story, Budget budget) {
    Precis precis = new Precis();
    List<String> printed = new ArrayList<>();
    for (String algorithm : Summarizers.all().keySet()) {
      precis.summarize(story, algorithm, budget).sentences().forEach(s -> printed.add(s.text()));
    }
    return printed;
  }

  @Test
  void printsTheSelfContainedCopy() {
    AnalyzedStory story = new Precis().analyze(STORY);
    assertThat(story.sentence(1).text()).startsWith("She added");
    assertThat(story.group(1)).isEqualTo(story.group(2));
    assertThat(printedByEveryAlgorithm(STORY, Budget.words(40))).isNotEmpty()
        .noneMatch(s -> s.startsWith("She added"));
  }

  @Test
  void keepsTheSelectedCopyWhenTheOtherWouldBreakTheBudget() {
    AnalyzedStory story = new Precis().analyze(STORY);
    int own = story.words(1);
    List<Selection.Item> chosen = Representatives.choose(story, Budget.words(own), List.of(new Selection.Item(1, 0.5)));
    assertThat(story.words(2)).isGreaterThan(own);
    assertThat(chosen).containsExactly(new Selection.Item(1, 0.5));
  }

  @Test
  void printsTheWordingMostOutletsShareWhenOneOutletDiffers() {
    String quote = "\"The current was strong, the water was freezing and the crews still swam out to every car that "
        + "went under the broken span,\" ";
    String right = quote + "fire chief Dace said.";
    String wrong = quote + "Mayor Lin said.";
    AnalyzedStory story = new Precis().analyze(Story.of("quote", List.of(
        Document.of("a", wrong), Document.of("b", right), Document.of("c", right))));
    assertThat(story.groupMembers(0)).containsExactly(0, 1, 2);
    List<Selection.Item> chosen = Representatives.choose(story, Budget.words(40), List.of(new Selection.Item(0, 1)));
    assertThat(story.sentence(chosen.get(0).sentence()).text()).isEqualTo(right);
  }

  @Test
  void printsTheCopyThatNamesItsSpeakerRatherThanABareQuotation() {
    String quote = "The coast road will reopen to traffic on Friday after the repairs";
    String named = "\"" + quote + ",\" Mayor Dana Lin said.";
    Story bare = Story.of("bare", List.of(
        Document.of("a", "\"" + quote + ".\""),
        Document.of("b", "\"" + quote + ".\""),
        Document.of("c", named)));
    assertThat(new Precis().analyze(bare).groupMembers(0)).containsExactly(0, 1, 2);
    // The named copy is longer than the bare one; it is printed even when the budget has room for one copy only.
    for (Budget budget : List.of(Budget.words(40), Budget.words(16), Budget.sentences(1))) {
      assertThat(printedByEveryAlgorithm(bare, budget)).as(budget.toString()).isNotEmpty().allMatch(named::equals);
    }
  }
}
