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
  void unreadableIsNull() {
    assertThat(Dates.parse("last Tuesday")).isNull();
    assertThat(Dates.parse("2026-13-45")).isNull();
    assertThat(Dates.parse("")).isNull();
    assertThat(Dates.parse(null)).isNull();
  }
}
