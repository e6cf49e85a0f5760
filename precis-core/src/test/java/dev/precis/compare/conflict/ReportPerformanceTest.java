package dev.precis.compare.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A story of 1,000 generated articles is processed without runaway growth (timing belongs to benchmarks). */
public class ReportPerformanceTest {
  private static final String[] GIVEN = {"Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo",
      "Irene", "Jonas", "Karin", "Liam", "Maria", "Nils", "Olga", "Pavel", "Rosa", "Simon", "Tanya", "Viktor"};
  private static final String[] SURNAMES = {"Almer", "Brisk", "Corvin", "Dahl", "Ekstrom", "Falk", "Gunder",
      "Holt", "Ivers", "Jarl", "Kessel", "Lund", "Marlow", "Norrby", "Oster", "Pryor", "Quist", "Rask", "Sorel",
      "Tidwell", "Ulver", "Vance", "Wexler", "Yard", "Zeller"};
  private static final String[] TITLES = {"Mayor", "Chief Inspector", "Dr", "Councillor", "Professor",
      "Transport Minister"};
  private static final String[] QUOTES = {"We will not rest until we know what happened",
      "Our thoughts are with the families tonight", "This should never have been allowed to happen",
      "Every question will be answered in public", "The crews worked through the night without a break",
      "We warned them about this for years and nobody listened", "It was like nothing I have ever seen",
      "The money will be found, whatever it takes"};
  private static final String[] NOUNS = {"homes", "vehicles", "schools", "shops", "bridges", "buses"};

  public static Story generate(int articles, long seed) {
    Random r = new Random(seed);
    List<Document> docs = new ArrayList<>();
    LocalDateTime base = LocalDateTime.of(2026, 5, 12, 8, 0);
    for (int d = 0; d < articles; d++) {
      StringBuilder t = new StringBuilder();
      int injured = r.nextInt(10) == 0 ? 17 : 14;
      t.append("Emergency crews pulled ").append(injured).append(" people from the water after the span fell on "
          + "Tuesday, officials said.\n\n");
      int paragraphs = 8 + r.nextInt(8);
      for (int p = 0; p < paragraphs; p++) {
        String given = GIVEN[r.nextInt(GIVEN.length)];
        String sur = SURNAMES[r.nextInt(SURNAMES.length)];
        String quote = QUOTES[r.nextInt(QUOTES.length)];
        switch (r.nextInt(6)) {
          case 0 -> t.append(TITLES[r.nextInt(TITLES.length)]).append(' ').append(given).append(' ').append(sur)
              .append(" said: \"").append(quote).append(".\"");
          case 1 -> t.append('"').append(quote).append(",\" ").append(sur).append(" said. \"")
              .append(QUOTES[r.nextInt(QUOTES.length)]).append(".\"");
          case 2 -> t.append(given).append(' ').append(sur).append(", ").append(20 + r.nextInt(60))
              .append(", said the council had spent $").append(1 + r.nextInt(9)).append(".5 million on repairs "
                  + "last year. \u201C").append(quote).append(",\u201D she added.");
          case 3 -> t.append("Officials said ").append(2 + r.nextInt(400)).append(' ')
              .append(NOUNS[r.nextInt(NOUNS.length)]).append(" in district ").append(r.nextInt(90))
              .append(" were damaged, and about ").append(100 + r.nextInt(900)).append(" residents were moved out.");
          case 4 -> t.append("The inquiry into the ").append(NOUNS[r.nextInt(NOUNS.length)])
              .append(" will report on ").append(new String[] {"Monday", "Friday", "Wednesday"}[r.nextInt(3)])
              .append(", according to ").append(given).append(' ').append(sur).append('.');
          default -> t.append("Traffic on the ").append(sur).append(" Road was diverted for ")
              .append(2 + r.nextInt(20)).append(" hours while ").append(r.nextInt(50) + 3)
              .append(" engineers checked the structure.");
        }
        t.append("\n\n");
      }
      docs.add(new Document("gen-" + d, null, "Outlet " + (d % 37), null, base.plusMinutes(7L * d),
          t.toString().trim()));
    }
    return Story.of("generated-" + articles, docs);
  }

  @Test
  void aThousandArticlesTakeAFewSeconds() {
    Story story = generate(1000, 42);
    Precis precis = new Precis(null, new StoryAnalyzer());
    long t0 = System.nanoTime();
    AnalyzedStory analyzed = precis.analyze(story);
    long t1 = System.nanoTime();
    QuoteExtractor.Extraction ex = new QuoteExtractor().analyze(analyzed.segmented());
    long t2 = System.nanoTime();
    List<ContradictionFinder.Found> found = new ContradictionFinder().findDetailed(analyzed, ex);
    long t3 = System.nanoTime();
    System.out.printf("1000 articles, %d sentences: analyze %d ms, quotes %d ms (%d quotes, %d groups), "
            + "contradictions %d ms (%d conflicts)%n", analyzed.size(), (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000, ex.quotations().quotes().size(), ex.quotations().groups().size(),
        (t3 - t2) / 1_000_000, found.size());
    assertThat(ex.quotations().quotes()).hasSizeGreaterThan(1000);
    assertThat(found).anyMatch(f -> f.conflict().kind() == Conflict.Kind.NUMBER
        && f.conflict().values().containsAll(List.of("14", "17")));
    // A guard against runaway (quadratic) behaviour, not a benchmark: the time itself is reported by
    // bench/run.sh; this bound leaves room for a machine busy with other jobs.
    assertThat((t3 - t1) / 1_000_000).isLessThan(30_000);
  }
}
