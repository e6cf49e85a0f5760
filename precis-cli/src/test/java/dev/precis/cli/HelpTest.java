package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.summarize.Summarizers;
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
  void version() {
    Run run = Run.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("precis ").contains("Java ");
    assertThat(run.out().lines().findFirst().orElseThrow()).isNotEqualTo("precis unknown");
  }
}
