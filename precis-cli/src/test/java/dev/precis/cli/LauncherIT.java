package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.summarize.Summarizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * End to end through the real launcher script and the shaded jar; runs in the verify phase (failsafe), after
 * the jar is packaged. The launcher is told not to build (PRECIS_NO_BUILD) so that a source file edited during
 * the build cannot start a nested Maven.
 */
class LauncherIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LAUNCHER = Path.of(System.getProperty("precis.launcher", "../precis"));
  private static final Path JAR = Path.of(System.getProperty("precis.jar", "target/precis.jar"));

  record Result(int code, String out, String err) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PRECIS_NO_BUILD", "1");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(p.exitValue(), out.join(), err.join());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> launcher(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(LAUNCHER.toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void summarizesTheSampleCorpusAsJson() throws Exception {
    Result r = run(launcher("summarize", "../examples/harbour-bridge", "--format", "json"));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).as("no JVM or other warnings").isEmpty();
    JsonNode root = JSON.readTree(r.out());
    JsonNode story = root.get("stories").get(0);
    assertThat(story.get("id").asText()).isEqualTo("harbour-bridge");
    assertThat(story.get("documents").size()).isEqualTo(6);
    assertThat(story.get("summary").get("words").asInt()).isBetween(1, 150);
    SummarizeCommandTest.assertSpansMatch(story);
    // A second run uses the class-data archive the first one made.
    Result again = run(launcher("summarize", "../examples/harbour-bridge", "--format", "json"));
    assertThat(again.out()).isEqualTo(r.out());
    assertThat(again.err()).isEmpty();
    assertThat(JAR.resolveSibling("precis.jsa")).exists();
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() throws Exception {
    Result r = run(launcher("summarize", "foo/bar.txt"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("precis: no such file: foo/bar.txt\n");
    Result words = run(launcher("summarize", "../examples/harbour-bridge", "--words", "0"));
    assertThat(words.code()).isEqualTo(2);
    assertThat(words.err().lines()).singleElement().asString().startsWith("precis: --words must be at least 1");
  }

  @Test
  void versionAndHelp() throws Exception {
    Result v = run(launcher("--version"));
    assertThat(v.code()).isZero();
    assertThat(v.out()).startsWith("precis ").doesNotContain("unknown");
    Result h = run(launcher("--help"));
    assertThat(h.code()).isZero();
    assertThat(h.out()).contains("summarize").contains("lead");
    assertThat(h.err()).isEmpty();
  }

  @Test
  void shadedJarMergesTheServiceFilesOfEverySummarizer() throws Exception {
    Set<String> expected = new HashSet<>();
    for (Summarizer s : ServiceLoader.load(Summarizer.class)) {
      expected.add(s.getClass().getName());
    }
    try (JarFile jar = new JarFile(JAR.toFile())) {
      ZipEntry services = jar.getEntry("META-INF/services/" + Summarizer.class.getName());
      assertThat(services).isNotNull();
      String text = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      Set<String> listed = new HashSet<>();
      text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(listed::add);
      assertThat(listed).containsAll(expected);
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(Main.class.getName());
    }
    Result r = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "summarize", "--help"));
    assertThat(r.code()).isZero();
    for (Summarizer s : ServiceLoader.load(Summarizer.class)) {
      assertThat(r.out()).contains(s.name());
    }
  }

  @Test
  void launcherIsExecutable() {
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
  }
}
