package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction evaluator over the invented pages of {@link NewsPages}: overall figures, then each failure kind of
 * real pages (a quirk of {@link NewsPages}) on the pages that carry it.
 */
class NewsPagesExtractionTest {
  private static final List<NewsPages.Source> SOURCES = NewsPages.sources();
  private static final Map<String, ExtractionEvaluator.PageScore> SCORES = new TreeMap<>();

  @BeforeAll
  static void extractEveryPage() {
    ExtractionEvaluator eval = new ExtractionEvaluator();
    for (NewsPages.Source s : SOURCES) {
      SCORES.put(s.id(), eval.score(s.id(), NewsPages.page(s, SOURCES), ExtractionEvaluator.parseExpected(s.expected())));
    }
  }

  private static List<ExtractionEvaluator.PageScore> with(String quirk) {
    List<ExtractionEvaluator.PageScore> out = new ArrayList<>();
    for (NewsPages.Source s : SOURCES) {
      if (s.has(quirk)) {
        out.add(SCORES.get(s.id()));
      }
    }
    assertThat(out).as("pages with " + quirk).hasSizeGreaterThanOrEqualTo(3);
    return out;
  }

  private static NewsPages.Source source(String id) {
    return SOURCES.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void sixtyPagesInSevenStyles() {
    assertThat(SOURCES).hasSizeGreaterThanOrEqualTo(60);
    Map<String, Long> perStyle = SOURCES.stream().collect(Collectors.groupingBy(NewsPages.Source::style,
        Collectors.counting()));
    assertThat(perStyle).containsOnlyKeys(NewsPages.STYLES).allSatisfy((style, n) -> assertThat(n).isGreaterThan(5));
  }

  @Test
  void everyPageGivesItsArticleWithTitleAuthorAndDate() {
    ExtractionEvaluator.Summary s = ExtractionEvaluator.summarize(new ArrayList<>(SCORES.values()));
    assertThat(s.withoutText()).isZero();
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.title().share()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.author().share()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.date().share()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theArticleIsNeverPrunedForAClassNamingASidebarOrWidget() {
    // Blogger puts every post in div.widget.Blog; main columns are named "...-and-w-sidebar"
    List<ExtractionEvaluator.PageScore> pages = new ArrayList<>(with("sidebar-main"));
    SOURCES.stream().filter(s -> s.style().equals("blogger")).forEach(s -> pages.add(SCORES.get(s.id())));
    assertThat(pages).allSatisfy(p -> assertThat(p.f1()).as(p.page()).isGreaterThanOrEqualTo(0.95));
  }

  @Test
  void aHiddenCopyOfTheArticleIsNotTakenAsText() {
    assertThat(with("hidden-copy")).allSatisfy(p -> {
      assertThat(p.precision()).as(p.page()).isGreaterThanOrEqualTo(0.95); // not doubled
      assertThat(p.extracted().text()).doesNotContain("Keywords:").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
    });
  }

  @Test
  void teasersOfOtherStoriesAndSponsoredBlocksAreDropped() {
    assertThat(with("teasers")).allSatisfy(p -> {
      assertThat(p.precision()).as(p.page()).isGreaterThanOrEqualTo(0.95);
      assertThat(p.extracted().text()).doesNotContain("Sponsored", "heating bill");
    });
  }

  @Test
  void theOpeningParagraphsOfALongReadAreKept() {
    for (ExtractionEvaluator.PageScore p : with("long-read")) {
      String first = source(p.page()).paragraphs().get(0);
      assertThat(p.extracted().text()).as(p.page()).startsWith(first);
      assertThat(p.recall()).as(p.page()).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void aBareBlogGivesItsPostNotItsFooter() {
    SOURCES.stream().filter(s -> s.style().equals("bareblog")).forEach(s -> {
      ExtractionEvaluator.PageScore p = SCORES.get(s.id());
      assertThat(p.f1()).as(s.id()).isGreaterThanOrEqualTo(0.95);
      assertThat(p.extracted().text()).doesNotContain("personal blog", "cupboard", "previous post");
    });
  }

  @Test
  void photoCaptionsAndCreditsAreDropped() {
    assertThat(with("caption")).allSatisfy(p -> assertThat(p.extracted().text()).as(p.page())
        .doesNotContain("via AP", "Reuters", "Courtesy", "Image: ", "taken last spring"));
  }

  @Test
  void datesInEveryFormTheQuirksUse() {
    for (String quirk : List.of("date-placeholder", "date-us", "date-url", "date-time", "date-text")) {
      assertThat(with(quirk)).as(quirk).allSatisfy(p -> assertThat(p.date()).as(p.page()).isTrue());
    }
  }

  @Test
  void aJsonLdHeadlineThatIsADescriptionGivesWayToTheAgreedTitle() {
    assertThat(with("title-description")).allSatisfy(p -> assertThat(p.title()).as(p.page()).isTrue());
  }

  @Test
  void authorsOnlyInTheVisibleByline() {
    assertThat(with("author-byline")).allSatisfy(p -> assertThat(p.author()).as(p.page()).isTrue());
  }

  @Test
  void utf8UnderAnotherDeclaredCharsetAndStrayNulBytes() {
    Predicate<NewsPages.Source> utf8 = s -> s.quirks().stream().anyMatch(q -> q.startsWith("utf8-as-"));
    List<NewsPages.Source> pages = SOURCES.stream().filter(utf8.or(s -> s.has("nul")).or(s -> s.has("latin1")))
        .toList();
    assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
    for (NewsPages.Source s : pages) {
      ExtractionEvaluator.PageScore p = SCORES.get(s.id());
      assertThat(p.error()).as(s.id()).isNull();
      assertThat(p.extracted().title()).as(s.id()).isEqualTo(s.title());
      assertThat(p.extracted().text()).as(s.id()).isEqualTo(String.join("\n\n", s.paragraphs()));
    }
  }
}
