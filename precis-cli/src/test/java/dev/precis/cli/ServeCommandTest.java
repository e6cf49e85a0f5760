package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesUntilStoppedAndSaysWhere() throws Exception {
    String out = serveAndStop();
    assertThat(out).contains("schema version 3, 0 articles, 0 feeds; writes need no token (--no-auth)");
    assertThat(dir.resolve("data/precis.db")).exists();
  }

  @Test
  void loadsTheSampleStoriesOnlyIntoAnEmptyStore() throws Exception {
    assertThat(serveAndStop("--sample")).contains("0 articles").contains("precis serve: loaded 6 sample articles");
    assertThat(serveAndStop("--sample")).contains("6 articles")
        .contains("precis serve: the store holds articles already; --sample loads only into an empty store");
  }

  /** Runs {@code serve} on the test's data directory until it answers {@code /healthz}, stops it; its output. */
  private String serveAndStop(String... extra) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger code = new AtomicInteger(-1);
    String[] args = Stream.concat(Stream.of("serve", "--port", "0", "--no-auth", "--data",
        dir.resolve("data").toString()), Stream.of(extra)).toArray(String[]::new);
    Thread serving = new Thread(() -> code.set(Main.run(args, new ByteArrayInputStream(new byte[0]), out, err)));
    serving.start();
    Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/.*\n(.*\n){" + extra.length
        + "}");
    Matcher m = listening.matcher("");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!m.find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      m = listening.matcher(out.toString(StandardCharsets.UTF_8));
    }
    HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + m.group(1) + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
    serving.interrupt();
    serving.join(20_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(code.get()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void refusesWhatItMustNotRunWith() throws Exception {
    String data = dir.resolve("data").toString();
    Run noToken = Run.of("serve", "--port", "0", "--data", data);
    assertThat(noToken.code()).as(noToken.toString()).isEqualTo(Main.USAGE);
    assertThat(noToken.err()).isEqualTo("precis: writing needs a bearer token: set \"token\" in the configuration"
        + " file (--config FILE), or serve on loopback with --no-auth\n");

    Run open = Run.of("serve", "--port", "0", "--data", data, "--no-auth", "--bind", "0.0.0.0");
    assertThat(open.code()).isEqualTo(Main.USAGE);
    assertThat(open.err()).contains("--no-auth is allowed only on a loopback address");

    Path config = dir.resolve("precis.json");
    Files.writeString(config, "{\"token\": \"short\"}");
    Run badConfig = Run.of("serve", "--config", config.toString(), "--port", "0", "--data", data);
    assertThat(badConfig.code()).isEqualTo(Main.USAGE);
    assertThat(badConfig.err()).startsWith("precis: " + config + ": \"token\" is too short");

    Run badPort = Run.of("serve", "--port", "70000", "--no-auth", "--data", data);
    assertThat(badPort.code()).isEqualTo(Main.USAGE);
    assertThat(badPort.err()).isEqualTo("precis: --port 70000: not a port (0 to 65535)\n");

    Files.writeString(dir.resolve("file"), "not a directory");
    Run badData = Run.of("serve", "--port", "0", "--no-auth", "--data", dir.resolve("file").toString());
    assertThat(badData.code()).isEqualTo(Main.USAGE);
    assertThat(badData.err()).contains("cannot create the data directory");
  }
}
