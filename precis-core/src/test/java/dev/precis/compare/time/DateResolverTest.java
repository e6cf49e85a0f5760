package dev.precis.compare.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.compare.quantity.Quantities;
import dev.precis.compare.quantity.Value;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.text.SentenceSplitter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of dates that the timeline and the conflict finder share. */
class DateResolverTest {
  @Test
  void weekdayRuleOnItsOwn() {
    LocalDate tuesday = LocalDate.of(2026, 3, 10);
    assertThat(DateResolver.weekday(tuesday, DayOfWeek.TUESDAY, "on", false)).isEqualTo(tuesday);
    assertThat(DateResolver.weekday(tuesday, DayOfWeek.TUESDAY, "on", true)).isEqualTo(tuesday);
    assertThat(DateResolver.weekday(tuesday, DayOfWeek.TUESDAY, "last", false)).isEqualTo(tuesday.minusDays(7));
    assertThat(DateResolver.weekday(tuesday, DayOfWeek.TUESDAY, "next", false)).isEqualTo(tuesday.plusDays(7));
    assertThat(DateResolver.weekday(tuesday, DayOfWeek.MONDAY, null, true)).isEqualTo(tuesday.plusDays(6));
    assertThat(DateResolver.weekday(tuesday, DayOfWeek.MONDAY, null, false)).isEqualTo(tuesday.minusDays(1));
  }
  @Test
  void aDayOfAMonthTakesTheYearTheTenseSays() {
    LocalDate pub = LocalDate.of(2026, 3, 11);
    assertThat(DateResolver.dayOfMonth(pub, 4, 28, false)).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(DateResolver.dayOfMonth(pub, 4, 28, true)).isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(DateResolver.dayOfMonth(pub, 3, 6, true)).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(DateResolver.dayOfMonth(pub, 1, 20, true)).isEqualTo(LocalDate.of(2027, 1, 20));
    assertThat(DateResolver.dayOfMonth(pub, 2, 30, false)).isNull();
  }

  @Test
  void deicticWords() {
    LocalDate pub = LocalDate.of(2026, 3, 11);
    assertThat(DateResolver.deictic(pub, "yesterday")).isEqualTo(pub.minusDays(1));
    assertThat(DateResolver.deictic(pub, "last night")).isEqualTo(pub.minusDays(1));
    assertThat(DateResolver.deictic(pub, "tonight")).isEqualTo(pub);
    assertThat(DateResolver.deictic(pub, "this morning")).isEqualTo(pub);
    assertThat(DateResolver.deictic(pub, "tomorrow")).isEqualTo(pub.plusDays(1));
  }

  /**
   * Sentences the number reader (for conflicts) and the timeline used to read as different days: the reader took
   * the nearest year for "28 April" (2026, seven weeks after publication, though the sentence is past tense),
   * read "since Monday" forward, and "next Wednesday" on a Wednesday as that day.
   */
  @Test
  void theTimelineAndTheConflictFinderReadOneSentenceAlike() {
    LocalDateTime pub = LocalDateTime.of(2026, 3, 11, 9, 0); // a Wednesday
    for (String[] c : new String[][] {{"It was discovered on 28 April.", "2025-04-28"},
        {"No trains have run since Monday.", "2026-03-09"}, {"The pier will be checked next Wednesday.", "2026-03-18"},
        {"The fire started late on Monday.", "2026-03-09"}, {"The PM will visit on Thursday.", "2026-03-12"}}) {
      String text = c[0];
      List<Value> values = Quantities.find(new DocumentScan(0, text, pub, new SentenceSplitter().split(text)));
      List<Timeline.Found> found = Timeline.find(text, pub.toLocalDate(), pub.toLocalDate());
      assertThat(values).as(text).hasSize(1);
      assertThat(found).as(text).hasSize(1);
      assertThat(values.get(0).date()).as(text).hasToString(c[1]).isEqualTo(found.get(0).date());
    }
  }
}
