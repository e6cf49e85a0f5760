package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void readsIsoDatesAndDateTimesWithOrWithoutZone() {
    LocalDateTime t = LocalDateTime.of(2026, 3, 10, 10, 15);
    assertThat(Dates.parse("2026-03-10T10:15:00Z")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10T10:15:00")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10T10:15")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10 10:15:00")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10t10:15:00z")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10T10:15:00+01:00")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10T10:15:00.000-05:00[America/New_York]")).isEqualTo(t);
    assertThat(Dates.parse(" 2026-03-10 ")).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    assertThat(Dates.parse("Tue, 10 Mar 2026 10:15:00 GMT")).isEqualTo(t);
  }

  @Test
  void readsTheFormsOfWebPagesAndFeeds() {
    LocalDateTime t = LocalDateTime.of(2026, 3, 10, 10, 15);
    assertThat(Dates.parse("2026-03-10T10:15:00+0100")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-10T10:15:00.000-0500")).isEqualTo(t);
    assertThat(Dates.parse("Tue, 10 Mar 2026 10:15:00 +0100")).isEqualTo(t);
    assertThat(Dates.parse("10 Mar 2026 10:15 +0100")).isEqualTo(t);
    assertThat(Dates.parse("Tue, 10 Mar 2026 10:15:00 EST")).isEqualTo(t);
    assertThat(Dates.parse("March 10, 2026")).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    assertThat(Dates.parse("Mar. 10, 2026")).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    assertThat(Dates.parse("10 March 2026")).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    assertThat(Dates.parse("February 30, 2026")).isNull();
  }

  @Test
  void readsTheTextualFormsOfBylines() {
    LocalDateTime t = LocalDateTime.of(2019, 11, 19, 19, 47);
    assertThat(Dates.parse("November 19, 2019, 07:47 PM EST")).isEqualTo(t);
    assertThat(Dates.parse("Nov. 19, 2019 at 7:47 p.m.")).isEqualTo(t);
    assertThat(Dates.parse("Tue, 11/19/2019 - 19:47")).isEqualTo(t);
    assertThat(Dates.parse("19 November 2019 19:47")).isEqualTo(t);
    assertThat(Dates.parse("05/29/2007 09:49:00")).isEqualTo(LocalDateTime.of(2007, 5, 29, 9, 49));
    assertThat(Dates.parse("29/05/2007")).isEqualTo(LocalDateTime.of(2007, 5, 29, 0, 0)); // 29 cannot be a month
    assertThat(Dates.parse("November 19, 2019, 13:47 PM")).isNull();
    assertThat(Dates.find("Posted by Gideon Marlowe on March 3, 2012, 04:15 PM EST"))
        .isEqualTo(LocalDateTime.of(2012, 3, 3, 16, 15));
    assertThat(Dates.find("By Ellen Brickell | Updated 12 noon")).isNull();
  }

  @Test
  void datesInAddressesAndPlaceholders() {
    assertThat(Dates.inUrl("https://x.example/news/2019/11/19/slug")).isEqualTo(LocalDateTime.of(2019, 11, 19, 0, 0));
    assertThat(Dates.inUrl("https://x.example/story/2022/01/20/bridge/6590112001/"))
        .isEqualTo(LocalDateTime.of(2022, 1, 20, 0, 0));
    assertThat(Dates.inUrl("https://x.example/2016-04-25-marathon.html")).isEqualTo(LocalDateTime.of(2016, 4, 25, 0, 0));
    assertThat(Dates.inUrl("https://x.example/item/123456789")).isNull();
    assertThat(Dates.placeholder(Dates.parse("0001-01-01T00:00:00Z"))).isTrue();
    assertThat(Dates.placeholder(Dates.parse("2019-11-19"))).isFalse();
  }

  @Test
  void unreadableIsNull() {
    assertThat(Dates.parse("last Tuesday")).isNull();
    assertThat(Dates.parse("2026-13-45")).isNull();
    assertThat(Dates.parse("")).isNull();
    assertThat(Dates.parse(null)).isNull();
  }
}
