package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionTest {
  private final Option<String> mode = Option.text("mode", "fast", "fast|slow", "fast or slow", "how to go");

  @Test
  void textOptionReadsCaseInsensitivelyAndKeepsLowerCase() {
    assertThat(mode.type()).isEqualTo(Option.Type.TEXT);
    assertThat(mode.parse(" Slow ")).isEqualTo("slow");
    assertThat(mode.range()).isEqualTo("fast or slow");
    assertThat(mode.accepts("fast")).isTrue();
    assertThat(mode.accepts("FAST")).isFalse();
  }

  @Test
  void textOptionRejectsWhatItsPatternDoesNotMatch() {
    assertThatThrownBy(() -> mode.parse("quick")).isInstanceOf(OptionException.class)
        .hasMessage("option mode must be fast or slow, got quick");
    assertThatThrownBy(() -> Option.text("mode", "medium", "fast|slow", "fast or slow", "how to go"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
