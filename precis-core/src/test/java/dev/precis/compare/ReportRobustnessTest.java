package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.conflict.Claim;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.quote.Quote;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd input never throws, and every offset stays inside its document. */
class ReportRobustnessTest {
  private static final Precis PRECIS = new Precis(null, new StoryAnalyzer());

  private static void check(String... texts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new Document("d" + i, null, null, null, i % 2 == 0 ? null : LocalDateTime.of(2026, 1, 1, 0, 0),
          texts[i]));
    }
    Story story = Story.of("odd", docs);
    CrossSourceReport r = CrossSourceReport.of(PRECIS.analyze(story));
    for (Quote q : r.quotations().quotes()) {
      String text = story.documents().get(q.document()).text();
      assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(q.span().of(text)).isEqualTo(q.text());
      if (q.speakerSpan() != null) {
        assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(text.length());
      }
    }
    for (Conflict c : r.conflicts()) {
      for (Claim claim : c.claims()) {
        assertThat(claim.span().of(story.documents().get(claim.document()).text())).isEqualTo(claim.text());
      }
    }
  }

  @Test
  void edgeCases() {
    check("", " ", "\"", "\"\"", "'", "\u201C\u201D", "\"unclosed at the end", "said:", "\" said Mr.", "Mr",
        "He said: \"", "1", "$", "\u00A3m", "between 5 and", "On Monday", "Monday Monday Tuesday",
        "The 5-year-old, 4, said \"no\".", "\"A\"\n\n\"B\"\n\n\"C", "'''''", "\u2018x\u2019 \u2018y",
        "Ms Smith, 200, said.", "According to", "according to ,", "It was 31 December 2025.");
  }

  @Test
  void randomText() {
    Random r = new Random(7);
    String alphabet = "abcXYZ \"'\u201C\u201D\u2018\u2019.,:;!?-\n0123456789$%\u00A3MrMsDrsaidtoldheshe";
    for (int round = 0; round < 30; round++) {
      String[] texts = new String[3];
      for (int d = 0; d < texts.length; d++) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
          sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        texts[d] = sb.toString();
      }
      check(texts);
    }
  }
}
