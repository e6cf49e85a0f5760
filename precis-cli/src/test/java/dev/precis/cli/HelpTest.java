package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.summarize.Summarizers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {
  @Test
  void topLevelHelpListsCommandsAndAlgorithms() {
    Run run = Run.of("--help");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Usage: precis").contains("summarize").contains("Algorithms (--algorithm):")
        .doesNotContain("warmup");
    for (String name : Summarizers.all().keySet()) {
      assertThat(run.out()).contains("  " + name + " ");
    }
  }

  @Test
  void summarizeHelpListsOptionsAndAlgorithms() {
    Run run = Run.of("summarize", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: precis summarize").contains("--words=N").contains("--sentences=N")
        .contains("--chars=N").contains("--algorithm=NAME").contains("--format=FORMAT")
        .contains("text, markdown, json").contains("default 150 words");
    for (String name : Summarizers.all().keySet()) {
      assertThat(run.out()).contains(name);
    }
    assertThat(Run.of("help", "summarize").out()).isEqualTo(run.out());
  }

  @Test
  void everyCommandsHelpFormatsWithoutWarnings() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (String command : List.of("summarize", "report", "eval")) {
        Run run = Run.of(command, "--help");
        assertThat(run.code()).as(command).isZero();
        assertThat(run.out()).as(command).doesNotContain("%n").doesNotContain("%%");
      }
    } finally {
      System.setErr(stderr);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void version() {
    Run run = Run.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("precis ").contains("Java ");
    assertThat(run.out().lines().findFirst().orElseThrow()).isNotEqualTo("precis unknown");
  }
}
