package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precis.Precis;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.Quote;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five real scraped articles in ../shared/seeds (not part of the repository; skipped without them). Only
 * structural properties are checked, so no text of theirs is copied here.
 */
class SeedStoryTest {
  @Test
  void realArticlesGiveConsistentSpeakersAndNoFalseConflicts() throws InputException {
    Path seeds = Path.of(System.getProperty("precis.shared", "../../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "shared seeds present");
    Story raw = new StoryReader(w -> {}).readAll(List.of(seeds.toString())).get(0);
    CrossSourceReport report = CrossSourceReport.of(new Precis().analyze(raw));
    Quotations q = report.quotations();
    assertThat(q.quotes()).hasSizeGreaterThan(40);
    // One press secretary, named four ways across the outlets.
    assertThat(q.people().stream().filter(p -> !p.organisation() && p.name().endsWith("Sanders"))).hasSize(1);
    assertThat(q.quotes().stream().map(Quote::speaker).filter(s -> s != null && s.endsWith("Sanders")).distinct())
        .hasSize(1);
    long attributed = q.quotes().stream().filter(x -> x.speaker() != null).count();
    assertThat((double) attributed / q.quotes().size()).isGreaterThan(0.9);
    // The invitation tweet is carried by every outlet.
    assertThat(q.groups().stream().mapToInt(g -> g.documents().size()).max().orElse(0)).isEqualTo(5);
    assertThat(q.groups()).allSatisfy(g -> assertThat(g.speakers()).hasSizeLessThanOrEqualTo(1));
    assertThat(report.conflicts()).isEmpty();
  }
}
