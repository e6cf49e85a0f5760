package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.model.Summary;
import org.junit.jupiter.api.Test;

class LeadSummarizerTest extends SummarizerContractTest {
  @Override
  protected Summarizer summarizer() {
    return new LeadSummarizer();
  }

  @Test
  void takesTheFirstArticleFirst() {
    Summary summary = new Precis().summarize(TestStories.ferry(), "lead", Budget.sentences(2));
    assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.citations().get(0).document()).isEqualTo("wire-1"));
  }
}
