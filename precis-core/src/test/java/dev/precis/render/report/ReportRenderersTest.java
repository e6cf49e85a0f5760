package dev.precis.render.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportRenderersTest {
  @Test
  void formatsByName() {
    assertThat(ReportRenderers.names()).containsExactly("markdown", "json", "html");
    assertThat(ReportRenderers.get("MD").name()).isEqualTo("markdown");
    assertThat(ReportRenderers.get(" json ").name()).isEqualTo("json");
    assertThat(ReportRenderers.get("htm").name()).isEqualTo("html");
    assertThat(ReportRenderers.get(null).name()).isEqualTo("markdown");
    assertThatThrownBy(() -> ReportRenderers.get("pdf")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'pdf'; known: markdown, json, html");
  }

  @Test
  void htmlEscapingCoversTextAndAttributes() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape("a\u0000b\u0007c\u009fd\ud800e\ufffff\ud83d\ude00")).isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ud83d\ude00");
    assertThat(Html.escape(null)).isEmpty();
  }
}
