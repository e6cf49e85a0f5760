package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
  @TempDir Path dir;

  @Test
  void readsEverySetting() throws Exception {
    Path file = dir.resolve("precis.json");
    Files.writeString(file, """
        {"token": "0123456789abcdef-secret",
         "max_body_bytes": 1000,
         "feeds": ["https://courier.example/rss",
                   {"url": "http://ledger.example/atom", "interval_minutes": 30, "fetch_pages": true}],
         "allow_hosts": ["Pages.Courier.example", "cdn.example:8443"],
         "stories": {"min_outlets": 3, "window_days": 1.5, "quiet_ms": 500, "max_delay_ms": 9000,
                     "summary_threads": 2}}
        """);
    ServerConfig c = ServerConfig.read(file);
    assertThat(c.token()).isEqualTo("0123456789abcdef-secret");
    assertThat(c.maxBodyBytes()).isEqualTo(1000);
    assertThat(c.feeds()).hasSize(2);
    assertThat(c.feeds().get(0).url().toString()).isEqualTo("https://courier.example/rss");
    assertThat(c.feeds().get(0).interval()).isEqualTo(ServerConfig.DEFAULT_INTERVAL);
    assertThat(c.feeds().get(0).fetchPages()).isFalse();
    assertThat(c.feeds().get(1).interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(c.feeds().get(1).fetchPages()).isTrue();
    assertThat(c.allowHosts()).containsExactly("pages.courier.example", "cdn.example:8443");
    assertThat(c.stories()).isEqualTo(new ServerConfig.StorySettings(3, 1.5, Duration.ofMillis(500),
        Duration.ofSeconds(9), 2));
    Files.writeString(file, "{}");
    assertThat(ServerConfig.read(file).stories()).isEqualTo(ServerConfig.StorySettings.DEFAULTS);
  }

  @Test
  void mistakesNameTheFileAndTheSetting() throws Exception {
    Path file = dir.resolve("bad.json");
    assertThatThrownBy(() -> ServerConfig.read(file)).hasMessage(file + ": no such file");
    String[][] cases = {
      {"{\"tokn\": \"x\"}", "unknown setting \"tokn\""},
      {"{\"token\": \"short\"}", "too short"},
      {"{\"token\": 5}", "non-empty string"},
      {"{\"feeds\": [{\"url\": \"ftp://x.example/rss\"}]}", "feeds[0]: 'ftp://x.example/rss' is not an http or https"},
      {"{\"feeds\": [{\"url\": \"http://x.example/\", \"every\": 3}]}", "unknown setting \"feeds[0].every\""},
      {"{\"feeds\": [{\"url\": \"http://x.example/\", \"interval_minutes\": 0}]}", "interval_minutes must be"},
      {"{\"feeds\": [{}]}", "feeds[0] has no \"url\""},
      {"{\"feeds\": \"http://x.example/\"}", "\"feeds\" must be a list"},
      {"{\"max_body_bytes\": -1}", "positive whole number"},
      {"{\"allow_hosts\": [\"bad host/path\"]}", "is not a host name"},
      {"[1, 2]", "must be a JSON object"},
      {"{\"stories\": {\"min_outlets\": 0}}", "stories.min_outlets must be a whole number from 1"},
      {"{\"stories\": {\"window_days\": \"week\"}}", "stories.window_days must be a number of days"},
      {"{\"stories\": {\"quiet_ms\": 5000, \"max_delay_ms\": 100}}", "max_delay_ms must be at least"},
      {"{\"stories\": {\"threads\": 2}}", "unknown setting \"stories.threads\""},
      {"{\"stories\": 3}", "\"stories\" must be an object"},
      {"{\"token\": ", "not valid JSON"},
    };
    for (String[] c : cases) {
      Files.writeString(file, c[0]);
      assertThatThrownBy(() -> ServerConfig.read(file)).as(c[0])
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(file + ": ").hasMessageContaining(c[1]);
    }
  }
}
