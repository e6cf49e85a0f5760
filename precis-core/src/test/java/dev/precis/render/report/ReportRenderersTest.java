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
  void onlyWebAddressesAreLinks() {
    assertThat(ReportFacts.webUrl("https://a.example/x y")).isEqualTo("https://a.example/x%20y");
    assertThat(ReportFacts.webUrl(" HTTP://a.example/<b>")).isEqualTo("http://a.example/%3Cb%3E");
    assertThat(ReportFacts.webUrl("javascript:alert(1)")).isNull();
    assertThat(ReportFacts.webUrl("JavaScript://%0aalert(1)")).isNull();
    assertThat(ReportFacts.webUrl("data:text/html,<script>")).isNull();
    assertThat(ReportFacts.webUrl("//a.example/")).isNull();
    assertThat(ReportFacts.webUrl("https://")).isNull();
    assertThat(ReportFacts.webUrl("https://a.example/\nx")).isNull();
    assertThat(ReportFacts.webUrl(null)).isNull();
  }

  @Test
  void htmlEscapingCoversTextAndAttributes() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape("a\u0000b\u0007c\u009fd\ud800e\ufffff\ud83d\ude00")).isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ud83d\ude00");
    assertThat(Html.escape(null)).isEmpty();
  }
}
