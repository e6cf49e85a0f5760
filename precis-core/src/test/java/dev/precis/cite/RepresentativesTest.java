package dev.precis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentativesTest {
  private static final Story STORY = Story.of("road", List.of(
      Document.of("a", "Mayor Dana Lin spoke at the depot on Monday morning.\n\n"
          + "She added: \"The coast road will reopen to traffic on Friday after the repairs.\""),
      Document.of("b", "\"The coast road will reopen to traffic on Friday after the repairs,\" Mayor Dana Lin said.")));

  @Test
  void printsTheSelfContainedCopyWhenItFits() {
    Precis precis = new Precis();
    AnalyzedStory story = precis.analyze(STORY);
    int dangling = 1;
    assertThat(story.sentence(dangling).text()).startsWith("She added");
    assertThat(story.group(dangling)).isEqualTo(story.group(2));
    List<Selection.Item> chosen = Representatives.choose(story, Budget.words(40), List.of(new Selection.Item(1, 0.5)));
    assertThat(chosen).containsExactly(new Selection.Item(2, 0.5));
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
    AnalyzedStory story = new Precis().analyze(Story.of("bare", List.of(
        Document.of("a", "\"" + quote + ".\""),
        Document.of("b", "\"" + quote + ".\""),
        Document.of("c", "\"" + quote + ",\" Mayor Dana Lin said."))));
    assertThat(story.groupMembers(0)).containsExactly(0, 1, 2);
    List<Selection.Item> chosen = Representatives.choose(story, Budget.words(40), List.of(new Selection.Item(0, 1)));
    assertThat(chosen).containsExactly(new Selection.Item(2, 1));
  }
}
