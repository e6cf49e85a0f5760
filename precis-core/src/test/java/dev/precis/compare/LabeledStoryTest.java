package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.compare.conflict.Conflict;
import org.junit.jupiter.api.Test;

/** The labeled-story format (src/test/resources/report/README.md). */
class LabeledStoryTest {
  private static final String SAMPLE = """
      # a comment
      @story sample
      @doc a | Outlet A | 2026-03-10T10:00
      "We will rebuild,"[[Tom Rudd]] he said. Twelve homes were lost.

      "Nobody told us,"[[-]] said one resident.
      @doc b | Outlet B | -
      Officials said 12 homes were lost on Tuesday, and 12 homes were damaged.
      @conflict NUMBER homes lost
        a: "Twelve homes" = 12
        b: "12 homes"#2 = 12b
      @same NUMBER written differently
        a: "Twelve homes" = 12
        b: "12 homes" = 12
      """;

  @Test
  void parsesDocumentsLabelsAndItems() {
    LabeledStory ls = LabeledStory.parse("sample", SAMPLE);
    assertThat(ls.story().id()).isEqualTo("sample");
    assertThat(ls.story().documents()).hasSize(2);
    String a = ls.story().documents().get(0).text();
    assertThat(a).isEqualTo("\"We will rebuild,\" he said. Twelve homes were lost.\n\n\"Nobody told us,\" said one "
        + "resident.");
    assertThat(ls.story().documents().get(1).date()).isNull();
    assertThat(ls.quotes()).hasSize(2);
    assertThat(ls.quotes().get(0).speaker()).isEqualTo("Tom Rudd");
    assertThat(a.charAt(ls.quotes().get(0).end() - 1)).isEqualTo('"');
    assertThat(ls.quotes().get(1).speaker()).isNull();
    LabeledStory.GoldItem conflict = ls.conflicts().get(0);
    assertThat(conflict.kind()).isEqualTo(Conflict.Kind.NUMBER);
    assertThat(conflict.sides()).isEqualTo(2);
    LabeledStory.GoldClaim second = conflict.claims().get(1);
    String b = ls.story().documents().get(1).text();
    assertThat(second.anchor().of(b)).isEqualTo("12 homes");
    assertThat(second.anchor().start()).isGreaterThan(b.indexOf("12 homes"));
    assertThat(ls.same()).hasSize(1);
  }

  @Test
  void rejectsAnchorsNotInTheText() {
    assertThatThrownBy(() -> LabeledStory.parse("bad", SAMPLE.replaceFirst("\"Twelve homes\" = 12",
        "\"Thirteen homes\" = 12"))).hasMessageContaining("anchor not found");
    assertThatThrownBy(() -> LabeledStory.parse("bad", SAMPLE.replace("b: \"12 homes\" = 12",
        "c: \"12 homes\" = 12"))).hasMessageContaining("unknown document");
    assertThatThrownBy(() -> LabeledStory.parse("bad", SAMPLE.replace("@conflict NUMBER", "@conflict NUMBERS")))
        .hasMessageContaining("unknown kind");
  }
}
