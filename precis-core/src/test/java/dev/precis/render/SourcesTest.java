package dev.precis.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcesTest {
  @Test
  void onlyWebAddressesAreLinks() {
    assertThat(Sources.webUrl("https://a.example/x y")).isEqualTo("https://a.example/x%20y");
    assertThat(Sources.webUrl(" HTTP://a.example/<b>")).isEqualTo("http://a.example/%3Cb%3E");
    assertThat(Sources.webUrl("javascript:alert(1)")).isNull();
    assertThat(Sources.webUrl("JavaScript://%0aalert(1)")).isNull();
    assertThat(Sources.webUrl("data:text/html,<script>")).isNull();
    assertThat(Sources.webUrl("//a.example/")).isNull();
    assertThat(Sources.webUrl("https://")).isNull();
    assertThat(Sources.webUrl("https://a.example/\nx")).isNull();
    assertThat(Sources.webUrl(null)).isNull();
  }
}
