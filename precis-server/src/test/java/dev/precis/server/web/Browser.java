package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its chromedriver with Selenium, for the page tests. Both are named by
 * path, so Selenium Manager is never asked to find (or download) anything, and it is told to stay offline besides.
 *
 * <p>Every request to a host other than loopback goes through a proxy on loopback that answers nothing and
 * records what was asked ({@link #escaped()}): a page that tried to load anything from elsewhere shows up there.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final ServerSocket trap;
  private final List<String> escaped = new CopyOnWriteArrayList<>();

  /** Why the browser tests cannot run here, or null when they can. */
  static String missing() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      return "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER + "): apt-get install -y"
          + " chromium chromium-driver";
    }
    return null;
  }

  Browser() throws IOException {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("SE_AVOID_STATS", "true");
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::recordEscapes, "browser-trap");
    t.setDaemon(true);
    t.start();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--proxy-server=http://127.0.0.1:" + trap.getLocalPort(),
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
        "--no-pings", "--no-service-autorun", "--disable-field-trial-config", "--disable-features=Translate,"
            + "OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying");
    o.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withSilent(true).build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
  }

  private void recordEscapes() {
    while (!trap.isClosed()) {
      try (Socket s = trap.accept()) {
        s.setSoTimeout(2000);
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        escaped.add(String.valueOf(in.readLine()));
        OutputStream out = s.getOutputStream();
        out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        // closed, or a client that went away: keep listening until closed
      }
    }
  }

  /**
   * The requests made to anywhere but loopback (the first line of each), except those of Chromium's own services
   * (update checks, sign-in, network time: {@link #CHROMIUM_SERVICES}), which flags do not silence in every build and
   * which no page asks for.
   */
  List<String> escaped() {
    return escaped.stream().filter(r -> !CHROMIUM_SERVICES.matcher(r).find()).toList();
  }

  /** The hosts of Chromium's own background requests (in a request's first line). */
  static final Pattern CHROMIUM_SERVICES = Pattern.compile(
      "^(?:GET|POST|CONNECT) (?:https?://)?[a-z0-9.-]*\\.(?:google\\.com|googleapis\\.com|gvt1\\.com)[:/]");

  /**
   * What went wrong in the page so far: an open dialog (closed, and reported with its text) and every console
   * message of level warning or above (script errors, CSP violations, failed loads).
   */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    try {
      var alert = driver.switchTo().alert();
      out.add("dialog: " + alert.getText());
      alert.dismiss();
    } catch (NoAlertPresentException e) {
      // none: good
    }
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        out.add("console: " + e.getMessage());
      }
    }
    return out;
  }

  /** What a page runs and loads, and whether anything hostile ran. */
  private static final String PROBE = """
      return {
        scripts: Array.from(document.scripts).map(s => s.getAttribute('src') || 'inline:' + s.textContent),
        handlers: Array.from(document.querySelectorAll('*')).filter(e =>
            Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
        foreign: performance.getEntriesByType('resource').map(r => r.name)
            .filter(n => !n.startsWith(location.origin + '/')),
        pwned: typeof window.pwned,
        frames: window.frames.length,
        styles: document.querySelectorAll('style, [style]').length
      };""";

  /**
   * Asserts that the open page runs our two scripts only, has no event handler attribute, inline style or frame,
   * loaded nothing from another origin, set no {@code window.pwned}, opened no dialog and logged nothing (but, for
   * a page that is itself a 404, the failed load of its own address).
   */
  @SuppressWarnings("unchecked")
  void assertRanOnlyOurCode(String where) {
    Map<String, Object> probe = (Map<String, Object>) driver.executeScript(PROBE);
    assertThat((List<String>) probe.get("scripts")).as(where).containsExactly(WebPages.REPORT_JS, WebPages.PAGE_JS);
    assertThat(probe.get("handlers")).as(where).isEqualTo(0L);
    assertThat((List<String>) probe.get("foreign")).as(where).isEmpty();
    assertThat(probe.get("pwned")).as(where).isEqualTo("undefined");
    assertThat(probe.get("frames")).as(where).isEqualTo(0L);
    assertThat(probe.get("styles")).as(where).isEqualTo(0L);
    String own = driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status"
        + " of 404 (Not Found)";
    assertThat(problems()).as(where + ": dialogs and console messages").allMatch(p -> p.equals("console: " + own));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      trap.close();
    }
  }
}
