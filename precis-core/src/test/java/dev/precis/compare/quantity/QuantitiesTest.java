package dev.precis.compare.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.compare.quantity.Value.Kind;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.model.Span;
import dev.precis.text.SentenceSplitter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and normalising numbers and dates. */
class QuantitiesTest {
  /** Published on Wednesday 11 March 2026. */
  private static final LocalDateTime PUB = LocalDateTime.of(2026, 3, 11, 9, 0);

  private static List<Value> values(String text) {
    return Quantities.find(new DocumentScan(0, text, PUB, new SentenceSplitter().split(text)));
  }

  private static Value only(String text) {
    List<Value> vs = values(text);
    assertThat(vs).as(text).hasSize(1);
    return vs.get(0);
  }

  @Test
  void wordsBecomeNumbers() {
    assertThat(only("Seventeen people were hurt.").value()).isEqualTo(17);
    assertThat(only("There were twenty-seven people.").value()).isEqualTo(27);
    assertThat(only("A hundred and twenty firefighters came.").value()).isEqualTo(120);
    assertThat(only("About two and a half thousand people left.").value()).isEqualTo(2500);
    assertThat(only("They sent two dozen engines.").value()).isEqualTo(24);
    assertThat(only("It cost five million dollars.").value()).isEqualTo(5_000_000);
  }

  @Test
  void aNumberWordBeforeAndAndABareDashIsRead() {
    // "zero and -10" once threw ArrayIndexOutOfBoundsException ("-".split("-") has no parts); the Spark job met it
    assertThat(values("Most of the state was between zero and -10 f on Thursday.")).isNotEmpty();
    assertThat(values("It rose from eleven and - by noon - to twenty-one.")).isNotEmpty();
  }

  @Test
  void scalesCommasAndCurrencies() {
    Value a = only("The council released $1.5 million.");
    Value b = only("The council released $1,500,000.");
    assertThat(a.kind()).isEqualTo(Kind.MONEY);
    assertThat(a.display()).isEqualTo("$1500000").isEqualTo(b.display());
    assertThat(only("A \u00A3640m deal.").display()).isEqualTo("\u00A3640000000");
    assertThat(only("Repairs cost 2,400,000 euros.").display()).isEqualTo("\u20AC2400000");
    assertThat(only("The offer is 412p a share.").display()).isEqualTo("412p a share");
    assertThat(only("Hackers took data on 1.2m people.").display()).isEqualTo("1200000");
    assertThat(only("The river peaked at 4.2m.").display()).isEqualTo("4.2 m");
  }

  @Test
  void percentagesUnitsAndAges() {
    assertThat(only("Shares fell 3.2%.").display()).isEqualTo("3.2%");
    assertThat(only("Shares fell 3.2 per cent.").display()).isEqualTo("3.2%");
    assertThat(only("Shares fell 3.2 percent.").display()).isEqualTo("3.2%");
    assertThat(only("It was doing 38km/h on the bend.").display()).isEqualTo("38 km/h");
    assertThat(only("It was doing 38 km/h on the bend.").display()).isEqualTo("38 km/h");
    Value age = only("The 41-year-old driver was suspended.");
    assertThat(age.kind()).isEqualTo(Kind.AGE);
    assertThat(age.noun()).isEqualTo("driver");
  }

  @Test
  void anAgeNextToANameIsAnExactAge() {
    Value age = Value.age(58, new Span(13, 15), 3); // "Tomasz Wrona, 58,"
    assertThat(age.kind()).isEqualTo(Kind.AGE);
    assertThat(age.lo()).isEqualTo(58).isEqualTo(age.hi());
    assertThat(age.firstTok()).isEqualTo(3).isEqualTo(age.lastTok());
    assertThat(age.display()).isEqualTo("58-year-old");
  }

  @Test
  void countsKeepTheirNoun() {
    Value v = only("Officials said 31 movable bridges would be checked.");
    assertThat(v.kind()).isEqualTo(Kind.COUNT);
    assertThat(v.noun()).isEqualTo("bridges");
    Value part = only("They were hurt, four of them seriously.");
    assertThat(part.partitive()).isTrue();
    assertThat(only("The warehouse held 2,000 tonnes of paper.").noun()).isEqualTo("paper");
  }

  @Test
  void approximationsAreIntervals() {
    Value about = only("About 350 residents left.");
    assertThat(about.lo()).isLessThanOrEqualTo(340);
    assertThat(about.hi()).isGreaterThanOrEqualTo(380);
    Value more = only("More than 300 people left.");
    assertThat(more.lo()).isEqualTo(300);
    assertThat(more.hi()).isInfinite();
    Value round = only("A crowd of 31,000 came.");
    assertThat(round.lo()).isEqualTo(30_500);
    assertThat(round.hi()).isEqualTo(31_500);
    Value exact = only("A crowd of 31,204 came.");
    assertThat(exact.lo()).isEqualTo(exact.hi());
    Value range = only("Costs of between $150,000 and $200,000 a day.");
    assertThat(range.lo()).isEqualTo(150_000);
    assertThat(range.hi()).isEqualTo(200_000);
    assertThat(range.per()).isEqualTo("day");
    Value within = only("The crew arrived within four minutes.");
    assertThat(within.lo()).isZero();
    assertThat(within.hi()).isEqualTo(4);
  }

  @Test
  void identifiersTimesYearsAndScoresAreNotQuantities() {
    assertThat(values("A Line 3 tram hit Unit 7 on route 4 at 7:45 a.m. in 2026 after a 5-0 defeat, "
        + "shortly before 8 a.m. and at 7.42am, in the 2027-28 year.")).isEmpty();
  }

  @Test
  void datesAreCalendarDays() {
    assertThat(only("The fire started late on Monday.").date()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(only("The fire started yesterday.").date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(only("It happened today.").date()).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(only("The line will stay closed until Monday.").date()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(only("The PM will visit on Thursday.").date()).isEqualTo(LocalDate.of(2026, 3, 12));
    // past tense: last year's
    assertThat(only("It was discovered on 28 April.").date()).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(only("It was discovered on April 28, 2025.").date()).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(only("It will not reopen before Wednesday 22 April.").date()).isEqualTo(LocalDate.of(2026, 4, 22));
    Value said = only("The mayor said on Tuesday that the bridge was safe.");
    assertThat(said.reporting()).isTrue();
  }

  @Test
  void datelinesAreNotDates() {
    assertThat(values("BRACKENFORD, England, Feb 3 (APA) - A warehouse burned.")).isEmpty();
  }
}
