package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.feed.FakeFeedServer;
import dev.precis.server.feed.Feeds;
import dev.precis.server.web.WebPages;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages on the real server: every answer carries the security headers; a feed added on the admin page is
 * polled at once, and again after a restart.
 */
@Timeout(60)
class AdminFeedsTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PrecisServer start() {
    return PrecisServer.start(new ServerConfig(HttpApiTest.TOKEN, 100_000, List.of(), List.of()),
        new PrecisServer.Options("127.0.0.1", 0, dir, false, Duration.ofSeconds(5), Duration.ofMillis(500)),
        Clock.systemUTC(), line -> {});
  }

  private static String page(PrecisServer s, HttpClient http) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/admin/feeds"))
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void everyAnswerOfTheServerCarriesTheSecurityHeaders() throws Exception {
    try (PrecisServer server = start()) {
      for (String path : List.of("/healthz", "/api/feeds", "/api/stories", "/api/articles/1", "/feed.atom",
          "/stories/1.json", "/stories/1", "/", "/admin/feeds", "/no/such/page")) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + path)).build(), HttpResponse.BodyHandlers.ofString());
        for (String[] h : WebPages.HEADERS) {
          assertThat(r.headers().firstValue(h[0])).as(path + " " + h[0]).contains(h[1]);
        }
        assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
  }

  @Test
  void aFeedAddedOnTheAdminPageIsPolledAndStaysPolledAfterARestart() throws Exception {
    try (FakeFeedServer feeds = new FakeFeedServer()) {
      feeds.on("/rss", x -> FakeFeedServer.send(x, 200, "application/rss+xml",
          Feeds.rss(null, "http://courier.example/ferry")));
      String url = feeds.uri("/rss").toString();
      try (PrecisServer server = start()) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/admin/feeds")).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                + "&interval_minutes=5&token=" + HttpApiTest.TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.store().articleCount() == 0 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(server.store().articleCount()).isEqualTo(1);
        assertThat(page(server, http)).contains(url).contains("<td class=\"num\">200</td>");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/feeds"))
            .build(), HttpResponse.BodyHandlers.ofString()).body()).contains("\"url\":\"" + url + "\"");
      }
      try (PrecisServer again = start()) {
        assertThat(page(again, http)).contains(url);
        assertThat(again.feeds()).extracting(f -> f.url().toString()).containsExactly(url);
      }
    }
  }
}
