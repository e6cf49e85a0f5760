package dev.precis.compare.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.CrossSourceReport;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Date expressions and their resolution (invented sentences). */
class TimelineTest {
  /** A Wednesday. */
  private static final LocalDate PUB = LocalDate.of(2026, 3, 11);

  private static String dates(String text) {
    return dates(text, PUB);
  }

  /** "expression=date" for each expression found, joined by "; " ("?" for unresolved). */
  private static String dates(String text, LocalDate pub) {
    return Timeline.find(text, pub, pub).stream()
        .map(f -> text.substring(f.start(), f.end()) + "=" + (f.resolved() ? f.date() : "?"))
        .collect(Collectors.joining("; "));
  }

  @Test
  void explicitDates() {
    assertThat(dates("The ferry was launched on 2025-06-14 at the Orlick yard.")).isEqualTo(
        "2025-06-14=2025-06-14");
    assertThat(dates("The hearing opened on 10 March 2026 in Brenford.")).isEqualTo(
        "on 10 March 2026=2026-03-10");
    assertThat(dates("Voting closed on March 10, 2026, after a long count.")).isEqualTo(
        "on March 10, 2026=2026-03-10");
    assertThat(dates("The report was published March 2 and ignored.")).isEqualTo("March 2=2026-03-02");
    assertThat(dates("The works began on the 4th of February.")).isEqualTo("4th of February=2026-02-04");
    assertThat(dates("Sept. 9 was the last day the mill ran.")).isEqualTo("Sept. 9=2026-09-09".replace(
        "2026-09-09", "2025-09-09")); // past tense: a date months after publication is last year's
    assertThat(dates("The mill will reopen on April 2.")).isEqualTo("on April 2=2026-04-02");
    assertThat(dates("The board will meet on January 20.")).isEqualTo("on January 20=2027-01-20");
  }

  @Test
  void monthsAndYears() {
    assertThat(dates("The structure passed its last inspection in October.")).isEqualTo("in October=2025-10-01");
    assertThat(dates("Repairs began last October and stalled.")).isEqualTo("last October=2025-10-01");
    assertThat(dates("Repairs will start next May.")).isEqualTo("next May=2026-05-01");
    assertThat(dates("The quarry closed in June 2024 after a fire.")).isEqualTo("in June 2024=2024-06-01");
    assertThat(dates("The firm has held the contract since 2019.")).isEqualTo("since 2019=2019-01-01");
    assertThat(dates("Work moves into the 2027-28 financial year.")).isEmpty();
    assertThat(dates("Shares rose 3.2% in 2026 trading.")).isEqualTo("in 2026=2026-01-01");
    assertThat(dates("She may say more later, and he may not.")).isEmpty(); // the modal verb is no month
  }

  @Test
  void daysAroundPublication() {
    assertThat(dates("The span fell yesterday, and divers searched today.")).isEqualTo(
        "yesterday=2026-03-10; today=2026-03-11");
    assertThat(dates("The mayor will visit tomorrow morning.")).isEqualTo("tomorrow morning=2026-03-12");
    assertThat(dates("Hospital staff said last night that two were serious.")).isEqualTo(
        "last night=2026-03-10");
    assertThat(dates("Crews worked through the night and again this morning.")).isEqualTo(
        "this morning=2026-03-11");
    assertThat(dates("Yesterday's vote was close.")).isEqualTo("Yesterday's=2026-03-10");
    assertThat(dates("The bridge was inspected three days ago.")).isEqualTo("three days ago=2026-03-08");
  }

  @Test
  void periods() {
    assertThat(dates("Talks collapsed last week.")).isEqualTo("last week=2026-03-02");
    assertThat(dates("Talks resume next week.")).isEqualTo("next week=2026-03-16");
    assertThat(dates("Prices fell last month.")).isEqualTo("last month=2026-02-01");
    assertThat(dates("A new span is planned for next month.")).isEqualTo("next month=2026-04-01");
    assertThat(dates("Profits rose last year.")).isEqualTo("last year=2025-01-01");
    assertThat(dates("The bridge was shut last autumn for repairs.")).isEqualTo("last autumn=2025-09-01");
    assertThat(dates("The bridge was shut last winter for repairs.")).isEqualTo("last winter=2025-12-01");
    assertThat(dates("A report is due later this month.")).isEqualTo("later this month=2026-03-12");
  }

  @Test
  void weekdaysFollowTenseAndModifiers() {
    // Past tense: the most recent such day on or before publication (Wednesday 11 March 2026).
    assertThat(dates("The span collapsed on Tuesday.")).isEqualTo("on Tuesday=2026-03-10");
    assertThat(dates("In Monday's vote, councillors approved the delay.")).isEqualTo("Monday's=2026-03-09");
    assertThat(dates("Crews were on the water on Monday morning.")).isEqualTo("on Monday morning=2026-03-09");
    assertThat(dates("Divers searched the river on Wednesday.")).isEqualTo("on Wednesday=2026-03-11");
    assertThat(dates("Shares fell on Friday.")).isEqualTo("on Friday=2026-03-06");
    // Future tense: the first such day on or after publication.
    assertThat(dates("The inquiry will report on Friday.")).isEqualTo("on Friday=2026-03-13");
    assertThat(dates("The council said the bridge will be closed on Monday.")).isEqualTo("on Monday=2026-03-16");
    assertThat(dates("The ferry service reopens on Saturday.")).isEqualTo("on Saturday=2026-03-14");
    // Modifiers.
    assertThat(dates("From Thursday, a free shuttle will run every 15 minutes.")).isEqualTo(
        "From Thursday=2026-03-12");
    assertThat(dates("The road stays shut until Sunday.")).isEqualTo("until Sunday=2026-03-15");
    assertThat(dates("The pier was checked last Wednesday.")).isEqualTo("last Wednesday=2026-03-04");
    assertThat(dates("The pier will be checked next Wednesday.")).isEqualTo("next Wednesday=2026-03-18");
    assertThat(dates("No trains have run since Saturday.")).isEqualTo("since Saturday=2026-03-07");
    // Names that hold a weekday are no dates.
    assertThat(dates("Shops opened early for Black Friday.")).isEmpty();
  }

  @Test
  void withoutAPublicationDateRelativeOnesStayUnresolved() {
    assertThat(dates("The span collapsed on Tuesday morning, and divers searched yesterday.", null)).isEqualTo(
        "on Tuesday morning=?; yesterday=?");
    // A calendar date missing only its year borrows it from the story (here: none at all).
    assertThat(Timeline.find("The works began on March 2.", null, LocalDate.of(2026, 3, 11)))
        .singleElement().satisfies(f -> {
          assertThat(f.date()).isEqualTo(LocalDate.of(2026, 3, 2));
          assertThat(f.relative()).isFalse();
        });
  }

  @Test
  void oneEventPerSentenceAndExpression() {
    assertThat(dates("On Tuesday the crews came, and on Tuesday they left.")).isEqualTo(
        "On Tuesday=2026-03-10; on Tuesday=2026-03-10");
    assertThat(dates("Yesterday was cold, and yesterday was long.")).isEqualTo(
        "Yesterday=2026-03-10; yesterday=2026-03-10");
    assertThat(dates("The road was shut yesterday and yesterday only.")).isEqualTo("yesterday=2026-03-10");
  }

  @Test
  void storyTimelineIsSortedWithUndatedDocumentsLast() {
    Document dated = new Document("dated", null, "Orla Post", null, LocalDateTime.of(2026, 3, 11, 6, 0),
        "The lock gates at Brenford failed yesterday, flooding the towpath for two miles.\n\n"
            + "Engineers had inspected the gates on March 2 and found nothing wrong with them.\n\n"
            + "From Thursday, boats will be lifted around the lock by crane.");
    Document undated = new Document("undated", null, "Radio Vale", null, null,
        "Boat owners on the canal said on Tuesday that the failure had trapped forty narrowboats.\n\n"
            + "The canal trust said the gates were installed in 1998 and last replaced in 2019.");
    Story story = Story.of("locks", List.of(undated, dated));
    CrossSourceReport r = CrossSourceReport.of(new Precis(null, new StoryAnalyzer()).analyze(story));
    List<TimelineEvent> t = r.timeline();
    assertThat(t).extracting(TimelineEvent::expression).containsExactly(
        "in 1998", "in 2019", "on March 2", "yesterday", "From Thursday", "on Tuesday");
    assertThat(t).extracting(TimelineEvent::date).containsExactly(LocalDate.of(1998, 1, 1),
        LocalDate.of(2019, 1, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12),
        null);
    TimelineEvent tuesday = t.get(5);
    assertThat(tuesday.resolved()).isFalse();
    assertThat(tuesday.relative()).isTrue();
    assertThat(tuesday.document()).isEqualTo(0);
    assertThat(tuesday.span().of(undated.text())).isEqualTo(tuesday.text());
    assertThat(tuesday.text()).startsWith("Boat owners");
    TimelineEvent yesterday = t.get(3);
    assertThat(yesterday.relative()).isTrue();
    assertThat(yesterday.resolved()).isTrue();
    assertThat(yesterday.document()).isEqualTo(1);
    assertThat(t.get(2).relative()).isFalse();
  }
}
