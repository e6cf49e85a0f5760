package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void readsInputsUntilTheNextOption() throws Exception {
    JobOptions o = JobOptions.parse(new String[] {"--input", "a.jsonl", "hdfs://n/b.warc.gz", "--output", "out",
        "--window", "3", "--words", "80", "--format", "parquet"});
    assertThat(o.inputs()).containsExactly("a.jsonl", "hdfs://n/b.warc.gz");
    assertThat(o.clusterOptions().window()).isEqualTo(3);
    assertThat(o.words()).isEqualTo(80);
    assertThat(o.format()).isEqualTo("parquet");
    assertThat(o.summaries()).isTrue();
  }

  @Test
  void slotsAreFourWindowsUnlessGiven() throws Exception {
    String[] base = {"--input", "a", "--output", "o", "--window", "7"};
    assertThat(JobOptions.parse(base).slotDays()).isEqualTo(28);
    String[] given = {"--input", "a", "--output", "o", "--slot", "2.5"};
    assertThat(JobOptions.parse(given).slotDays()).isEqualTo(2.5);
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--slot", "0"}))
        .hasMessage("--slot must be more than 0 and at most 36500 days, got 0");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--slot", "week"}))
        .hasMessage("--slot needs a number of days, got 'week'");
  }

  @Test
  void largeFilesOfRowsAreReadInPartsOf128MbUnlessGiven() throws Exception {
    assertThat(JobOptions.parse(new String[] {"--input", "a", "--output", "o"}).splitBytes()).isEqualTo(128L << 20);
    assertThat(JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--split-mb", "0.5"}).splitBytes())
        .isEqualTo(512 * 1024);
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--split-mb", "0"}))
        .hasMessage("--split-mb must be at least 0.001 and at most 1048576 MB, got 0");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--split-mb", "big"}))
        .hasMessage("--split-mb needs a number of MB, got 'big'");
  }

  @Test
  void mistakesAreOneLine() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--output", "o"}))
        .hasMessage("no --input given");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--format", "csv"}))
        .hasMessage("unknown format 'csv'; known: jsonl, parquet");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--window", "0"}))
        .hasMessageContaining("option window");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "o", "--bands", "20",
        "--rows", "2"})).hasMessage("--bands times --rows must be at most 32, got 20 x 2");
  }
}
