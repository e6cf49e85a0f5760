package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real browser (skipped, saying why, where Chromium and its driver are not installed). */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PagesInChromiumTest {
  private TestSite site;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    String missing = Browser.missing();
    Assumptions.assumeTrue(missing == null, missing);
    browser = new Browser();
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }

  private JavascriptExecutor js() {
    return browser.driver;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
  }

  /** Opens a page and waits until our script has run (on a story page: until live refresh is connected). */
  private void open(String path) {
    browser.driver.get(site.uri(path).toString());
    waiting().until(d -> "complete".equals(js().executeScript("return document.readyState")));
    if (!browser.driver.findElements(By.id("story")).isEmpty()) {
      waiting().until(d -> "on".equals(d.findElement(By.id("story")).getAttribute("data-live")));
    }
  }

  /** Waits until the element is shown (found anew each time: live refresh replaces the page's parts). */
  private void waitUntilShown(String id) {
    waiting().until(d -> Boolean.TRUE.equals(js().executeScript(
        "var e = document.getElementById(arguments[0]); return e !== null && !e.hidden", id)));
  }

  private void assertRanOnlyOurCode(String where) {
    browser.assertRanOnlyOurCode(where);
  }

  @Test
  void hostileArticlesAndFeedsRunNoScriptButOursAndLoadNothingFromElsewhere() throws Exception {
    FakeStories stories = new FakeStories();
    long id = stories.create(Instant.parse("2026-06-01T12:00:00Z"), XssCorpus.articles());
    site = new TestSite(stories);
    open("/stories/" + id);
    stories.add(id, FakeStories.doc("x4", "<img src=x onerror=alert('late')>Gates to close on Wednesday",
        "<svg onload=alert(1)>", "https://ok.example/\"><script>alert(7)</script>", "2026-06-01T13:00",
        "The water board said the spillway gates would close on Wednesday. <script>alert('late')</script>"),
        Instant.parse("2026-06-01T13:05:00Z"));
    waitUntilShown("new-since");
    // the live update put new parts in the page: they must be as inert as the first
    for (WebElement mark : browser.driver.findElements(By.cssSelector("a.jump"))) {
      js().executeScript("arguments[0].click()", mark);
    }
    for (WebElement e : browser.driver.findElements(By.cssSelector("#report .chip, .story-top h1, #source-list li"))) {
      new Actions(browser.driver).moveToElement(e).perform();
    }
    assertRanOnlyOurCode("/stories/" + id + " after a live update");
    site.feeds.add(new dev.precis.server.store.FeedState(1, java.net.URI.create(XssCorpus.FEED), false,
        Duration.ofMinutes(15), Instant.now(), Instant.now(), 500, "<script>window.pwned=7</script> bad <b>gateway",
        3, 0, null, null, null));
    for (String path : List.of("/", "/?q=%3Cscript%3E", "/stories/" + id + "?since=1", "/admin/feeds",
        "/stories/%3Cscript%3E", "/no/%22%3E%3Cscript%3Ealert(1)%3C/script%3E")) {
      open(path);
      assertRanOnlyOurCode(path);
    }
    assertThat(browser.escaped()).as("requests that left loopback").isEmpty();
    // the trap does see a request for another host
    browser.driver.get("http://" + XssCorpus.TRAP_HOST + "/probe");
    assertThat(browser.escaped()).contains("GET http://" + XssCorpus.TRAP_HOST + "/probe HTTP/1.1");
  }

  @Test
  void aCitationLightsItsPassageAndALiveUpdateShowsWhatIsNew() throws Exception {
    site = new TestSite(FakeStories.sample());
    open("/stories/1");
    WebElement sentence = browser.driver.findElement(By.cssSelector("#report .summary .sent"));
    WebElement mark = browser.driver.findElement(By.cssSelector("#report .summary sup.cites a.jump"));
    mark.click();
    String lit = (String) js().executeScript(
        "return Array.from(document.querySelectorAll('.hl')).map(e => e.textContent).join('')");
    assertThat(lit.replaceAll("\\s+", " ")).isEqualTo(sentence.getText());
    assertThat(browser.driver.getCurrentUrl()).endsWith(mark.getAttribute("href").substring(
        mark.getAttribute("href").indexOf('#')));

    site.stories.add(1, FakeStories.doc("ferry-4", "Crew member treated for smoke inhalation", "Tidewater Radio",
        "https://tidewater.example/ferry", "2026-05-04T12:00",
        "One crew member was treated for smoke inhalation after a small fire in the switchboard room, the"
            + " coastguard said. The fire was put out within minutes."), Instant.parse("2026-05-04T12:05:00Z"));
    waitUntilShown("new-since");
    assertThat(browser.driver.findElement(By.cssSelector("#new-since h2")).getText())
        .isEqualTo("New since version 1");
    assertThat(browser.driver.findElement(By.cssSelector("#new-since .new-articles")).getText())
        .isEqualTo("[4] Tidewater Radio Crew member treated for smoke inhalation");
    waiting().until(d -> String.valueOf(js().executeScript("return document.getElementById('live').textContent"))
        .contains("version 2"));
    assertThat(browser.driver.findElement(By.id("story")).getAttribute("data-version")).isEqualTo("2");
    assertThat(browser.driver.findElements(By.cssSelector("#source-list li"))).hasSize(4);
    assertThat(browser.problems()).isEmpty();
  }

  @Test
  void theLastVisitIsRememberedAndKeysMoveBetweenSentencesAndStories() throws Exception {
    site = new TestSite(FakeStories.sample());
    open("/stories/1");
    open("/");
    site.stories.add(1, FakeStories.doc("ferry-4", "Operator orders switchboard checks on its fleet",
        "Tidewater Radio", null, "2026-05-04T12:00", "The operator ordered checks of the switchboards on all four"
            + " of its ferries. The checks will take a fortnight."), Instant.parse("2026-05-04T12:05:00Z"));
    // keys on the front page: j to the first story, Enter opens it
    new Actions(browser.driver).sendKeys("j").perform();
    assertThat(browser.driver.findElement(By.cssSelector(".story-item.kb a.headline")).getAttribute("href"))
        .endsWith("/stories/1");
    new Actions(browser.driver).sendKeys("\n").perform();
    waiting().until(d -> d.getCurrentUrl().endsWith("/stories/1"));
    waiting().until(d -> "on".equals(d.findElement(By.id("story")).getAttribute("data-live")));
    // the last visit saw version 1: what came since is shown without asking
    waitUntilShown("new-since");
    assertThat(browser.driver.findElement(By.cssSelector("#new-since .new-articles")).getText())
        .isEqualTo("[4] Tidewater Radio Operator orders switchboard checks on its fleet");
    // j, j, k: the first sentence again; Enter lights its first cited passage
    new Actions(browser.driver).sendKeys("j").sendKeys("j").sendKeys("k").perform();
    List<WebElement> sentences = browser.driver.findElements(By.cssSelector("#report .summary .sent"));
    assertThat(sentences.get(0).getAttribute("class")).contains("kb");
    new Actions(browser.driver).sendKeys("\n").perform();
    String lit = (String) js().executeScript(
        "return Array.from(document.querySelectorAll('.hl')).map(e => e.textContent).join('')");
    assertThat(lit.replaceAll("\\s+", " ")).isEqualTo(sentences.get(0).getText());
    // a second visit remembers version 2
    open("/stories/1");
    assertThat(browser.driver.findElement(By.id("new-since")).getAttribute("hidden")).isNotNull();
    assertThat(browser.problems()).isEmpty();
  }

  @Test
  void pagesFitAPhoneAndFollowTheDarkSchemeOfTheSystem() throws Exception {
    site = new TestSite(FakeStories.sample());
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    for (String path : List.of("/", "/stories/1", "/admin/feeds")) {
      open(path);
      Object overflow = js().executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue()).as(path + ": horizontal overflow in px").isLessThanOrEqualTo(0);
    }
    String light = (String) js().executeScript("return getComputedStyle(document.body).backgroundColor");
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    String dark = (String) js().executeScript("return getComputedStyle(document.body).backgroundColor");
    assertThat(light).isEqualTo("rgb(245, 247, 250)");
    assertThat(dark).isEqualTo("rgb(15, 23, 34)");
    assertThat(browser.problems()).isEmpty();
  }
}
