package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.precis.Precis;
import dev.precis.TestStories;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.clean.StoryCleaner;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Option;
import dev.precis.model.OptionException;
import dev.precis.model.Story;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.text.Compressor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules every summarizer obeys. Each summarizer's test extends this class and names its summarizer; the
 * contract is then checked for it without further code.
 */
public abstract class SummarizerContractTest {
  private final Precis precis = new Precis();

  /** The summarizer under test. */
  protected abstract Summarizer summarizer();

  private Summary run(Story story, Budget budget) {
    return run(summarizer(), story, budget);
  }

  private Summary run(Summarizer summarizer, Story story, Budget budget) {
    return precis.summarize(precis.analyze(story), summarizer, budget);
  }

  @Test
  void isRegisteredUnderItsName() {
    assertThat(Summarizers.get(summarizer().name()).getClass()).isEqualTo(summarizer().getClass());
  }

  @Test
  void everyOptionIsNamedTypedAndDocumented() {
    Set<String> names = new HashSet<>();
    for (Option<?> option : summarizer().options().declared()) {
      assertThat(names.add(option.name())).as("%s declared twice", option.name()).isTrue();
      assertThat(option.name()).matches("[a-z][A-Za-z0-9]*");
      assertThat(option.doc()).as("doc of %s", option.name()).isNotBlank().doesNotContain("\n").hasSizeLessThan(120);
      assertThat(option.range()).isNotBlank();
      assertThat(summarizer().options().get(option)).isEqualTo(option.defaultValue());
    }
  }

  @Test
  void defaultsRoundTripThroughANameValueMap() {
    Summarizer defaults = summarizer();
    Map<String, String> map = defaults.options().asMap();
    assertThat(map.keySet()).containsExactlyElementsOf(
        defaults.options().declared().stream().map(Option::name).toList());
    Summarizer again = defaults.with(map);
    assertThat(again.options()).isEqualTo(defaults.options());
    assertThat(again.options().asMap()).isEqualTo(map);
    assertThat(run(again, TestStories.ferry(), Budget.words(80)).sentences())
        .isEqualTo(run(TestStories.ferry(), Budget.words(80)).sentences());
  }

  @Test
  void unknownOptionGivesOneClearError() {
    assertThatThrownBy(() -> summarizer().with(Map.of("noSuchOption", "1")))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining(summarizer().name()).hasMessageContaining("'noSuchOption'")
        .hasMessageNotContaining("\n");
  }

  @Test
  void outOfRangeOrMistypedValueGivesOneClearError() {
    for (Option<?> option : summarizer().options().declared()) {
      List<String> bad = new ArrayList<>(List.of("", "many"));
      String below = outside(option);
      if (below != null) {
        bad.add(below);
      }
      if (option.type() == Option.Type.INTEGER) {
        bad.add("1.5");
      }
      for (String value : bad) {
        assertThatThrownBy(() -> summarizer().with(Map.of(option.name(), value)))
            .as("%s=%s", option.name(), value)
            .isInstanceOf(OptionException.class)
            .hasMessageStartingWith(summarizer().name() + ": option " + option.name() + " ")
            .hasMessageNotContaining("\n");
      }
    }
  }

  /** A value just outside the option's range, or null when it has none (booleans, unbounded numbers). */
  private static String outside(Option<?> option) {
    if (option.type() == Option.Type.BOOLEAN) {
      return null;
    }
    for (String candidate : List.of("-1", "-0.5", "0", "1", "1.5", "2.5", "-2147483648")) {
      try {
        option.parse(candidate);
      } catch (OptionException e) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void respectsWordBudget() {
    for (int words : new int[] {1, 12, 25, 40, 150}) {
      Summary summary = run(TestStories.ferry(), Budget.words(words));
      assertThat(summary.words()).as("words for budget %d", words).isLessThanOrEqualTo(words);
    }
    assertThat(run(TestStories.ferry(), Budget.words(60)).sentences()).isNotEmpty();
  }

  @Test
  void respectsSentenceAndCharacterBudgets() {
    assertThat(run(TestStories.ferry(), Budget.sentences(2)).sentences()).hasSizeBetween(1, 2);
    for (int chars : new int[] {10, 100, 300}) {
      assertThat(run(TestStories.ferry(), Budget.characters(chars)).text().length()).isLessThanOrEqualTo(chars);
    }
  }

  @Test
  void printsEachSentenceWholeOrAsItsCompression() {
    Story story = TestStories.ferry();
    for (Precis pipeline : List.of(precis, new Precis(new StoryCleaner(), new StoryAnalyzer(Compressor.VERBATIM)))) {
      AnalyzedStory analyzed = pipeline.analyze(story);
      Summary summary = pipeline.summarize(analyzed, summarizer(), Budget.words(60));
      assertThat(summary.sentences()).isNotEmpty();
      for (SummarySentence s : summary.sentences()) {
        String source = analyzed.sentence(s.sentence()).text();
        assertThat(s.text()).isEqualTo(analyzed.printed(s.sentence()));
        assertThat(wordsInOrder(s.text(), source)).as("%s from %s", s.text(), source).isTrue();
        if (pipeline != precis) {
          assertThat(s.text()).isEqualTo(source);
        }
      }
    }
  }

  /** Whether every word of {@code printed} is a word of {@code source}, in order (case and commas or stops aside). */
  private static boolean wordsInOrder(String printed, String source) {
    String[] words = source.toLowerCase(Locale.ROOT).replaceAll("[.,]+(\\s|$)", "$1").split("\\s+");
    int at = 0;
    for (String w : printed.toLowerCase(Locale.ROOT).replaceAll("[.,]+(\\s|$)", "$1").split("\\s+")) {
      while (at < words.length && !words[at].equals(w)) {
        at++;
      }
      if (at == words.length) {
        return false;
      }
      at++;
    }
    return true;
  }

  @Test
  void isDeterministic() {
    Story story = TestStories.generated(40, 7);
    Summary a = run(story, Budget.words(120));
    Summary b = run(story, Budget.words(120));
    assertThat(a.sentences()).isEqualTo(b.sentences());
  }

  @Test
  void neverTakesTwoSentencesOfOneGroup() {
    for (Story story : List.of(TestStories.ferry(), TestStories.generated(60, 3))) {
      AnalyzedStory analyzed = precis.analyze(story);
      Summary summary = precis.summarize(analyzed, summarizer(), Budget.words(250));
      Set<Integer> groups = new HashSet<>();
      for (SummarySentence s : summary.sentences()) {
        assertThat(groups.add(analyzed.group(s.sentence()))).as("group of %s", s.text()).isTrue();
      }
    }
  }

  @Test
  void everyCitationSpanHoldsItsSentence() {
    Story story = TestStories.ferry();
    AnalyzedStory analyzed = precis.analyze(story);
    Summary summary = precis.summarize(analyzed, summarizer(), Budget.words(150));
    assertThat(summary.sentences()).isNotEmpty();
    for (SummarySentence s : summary.sentences()) {
      assertThat(s.citations()).isNotEmpty();
      Citation first = s.citations().get(0);
      Document doc = story.documents().get(first.documentIndex());
      assertThat(doc.id()).isEqualTo(first.document());
      assertThat(doc.text().substring(first.start(), first.end()))
          .isEqualTo(analyzed.sentence(s.sentence()).text());
      for (Citation c : s.citations()) {
        String cited = story.documents().get(c.documentIndex()).text().substring(c.start(), c.end());
        int member = analyzed.sentences().stream()
            .filter(x -> x.document() == c.documentIndex() && x.span().start() == c.start())
            .findFirst().orElseThrow().index();
        assertThat(analyzed.group(member)).isEqualTo(analyzed.group(s.sentence()));
        assertThat(cited).isEqualTo(analyzed.sentence(member).text());
      }
    }
  }

  @Test
  void citesEveryOutletThatRepeatsASentence() {
    Story story = TestStories.ferry();
    Summary summary = run(story, Budget.words(150));
    boolean repeatedCited = summary.sentences().stream()
        .anyMatch(s -> s.text().contains("Northern Lark ran aground") && s.citations().size() == 2);
    boolean repeatedAbsent = summary.sentences().stream().noneMatch(s -> s.text().contains("ran aground"));
    assertThat(repeatedCited || repeatedAbsent).isTrue();
  }

  @Test
  void emptyStoriesGiveEmptySummaries() {
    assertThat(run(Story.of("none", List.of()), Budget.words(100)).sentences()).isEmpty();
    Story blank = Story.of("blank", List.of(Document.of("a", ""), Document.of("b", "  \n\n ")));
    assertThat(run(blank, Budget.words(100)).sentences()).isEmpty();
  }

  @Test
  void noSentenceDependsOnWhatTheSummaryHasNotSaid() {
    Story story = Story.of("wall", List.of(
        Document.of("a", "Harbour master Tom Reyes inspected the cracked sea wall at Arlen at dawn on Thursday. "
            + "He said the sea wall had cracked in two places and ferries would not sail until Friday. "
            + "It is the second time this winter that storms have damaged the sea wall at Arlen."),
        Document.of("b", "Storms cracked the sea wall at Arlen on Thursday, and ferries will not sail until Friday. "
            + "The council has asked engineers for a report on the sea wall. "
            + "They will inspect the cracked sea wall at Arlen on Friday."),
        Document.of("c", "Ferries to Arlen are cancelled until Friday after storms cracked the sea wall. "
            + "The harbour masters in question said the sea wall at Arlen had cracked in two places.")));
    AnalyzedStory analyzed = precis.analyze(story);
    for (int words : new int[] {15, 25, 40, 60, 100}) {
      List<Integer> printed = precis.summarize(analyzed, summarizer(), Budget.words(words)).sentences().stream()
          .map(SummarySentence::sentence).toList();
      for (int i = 0; i < printed.size(); i++) {
        assertThat(Antecedents.dangles(analyzed, printed, i)).as("%d words: %s", words, printed).isFalse();
      }
    }
  }

  @Test
  void oneSentenceStoryGivesThatSentence() {
    Story story = Story.of("one", List.of(Document.of("a", "Storm closes the coast road.")));
    Summary summary = run(story, Budget.words(100));
    assertThat(summary.sentences()).extracting(SummarySentence::text)
        .containsExactly("Storm closes the coast road.");
  }

  @Test
  void thousandArticleStoryFinishes() {
    Story story = TestStories.generated(1000, 11);
    Summary summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(story, Budget.words(150)));
    assertThat(summary.sentences()).isNotEmpty();
    assertThat(summary.words()).isLessThanOrEqualTo(150);
  }

  /** The ferry story grown by two later articles: one says something new, and both repeat what was said. */
  private static Story grownFerry() {
    List<Document> docs = new ArrayList<>(TestStories.ferry().documents());
    docs.add(new Document("radio-4", "Inquiry into ferry grounding", "Island Radio", null,
        java.time.LocalDateTime.parse("2026-05-05T09:00:00"),
        "The ferry Northern Lark ran aground on a sandbank off Kelmor Point early on Sunday.\n\n"
            + "The maritime safety board opened an inquiry into the grounding on Tuesday and asked Bay Line for the"
            + " ship's voyage recorder.\n\n"
            + "Investigators will interview the captain and the two officers who were on the bridge that night.\n\n"
            + "Bay Line said services on the island route would resume on Thursday."));
    docs.add(new Document("paper-5", "Island route reopens after grounding", "Kelmor Herald", null,
        java.time.LocalDateTime.parse("2026-05-07T07:00:00"),
        "The Northern Lark returned to service on the island route on Thursday with a borrowed crew.\n\n"
            + "Salvage tugs refloated the Northern Lark on Monday's high tide.\n\n"
            + "Fares on the route will be free for the rest of the month, the company said."));
    return Story.of("ferry", docs);
  }

  /** The content terms of {@code text} as the analysis finds them, as sorted distinct ids of {@code ids}. */
  private static int[] termIds(String text, Map<String, Integer> ids) {
    Story one = Story.of("one", List.of(Document.of("a", text)));
    AnalyzedStory a = new Precis(null, new StoryAnalyzer(Compressor.VERBATIM)).analyze(one);
    return java.util.stream.IntStream.range(0, a.size()).flatMap(s -> java.util.Arrays.stream(a.contentTerms(s)))
        .map(t -> ids.computeIfAbsent(a.vocabulary().term(t), k -> ids.size())).distinct().sorted().toArray();
  }

  @Test
  void updateSummaryTellsOnlyWhatTheNewArticlesAddAndNeverRepeatsWhatWasSeen() {
    Precis pipeline = Precis.builder().summarizer(summarizer()).build();
    Story before = TestStories.ferry();
    Summary seen = pipeline.summarize(before, summarizer().name(), Budget.words(80));
    List<String> seenTexts = seen.sentences().stream().map(SummarySentence::text).toList();
    Story grown = grownFerry();
    Set<String> fresh = Set.of("radio-4", "paper-5");
    Summary update = pipeline.update(grown, fresh, seenTexts, Budget.words(60)).summary();

    assertThat(update.sentences()).as("the new articles say new things").isNotEmpty();
    assertThat(update.words()).isLessThanOrEqualTo(60);
    dev.precis.analyze.RedundancyGrouper grouper = new dev.precis.analyze.RedundancyGrouper();
    Map<String, Integer> ids = new java.util.HashMap<>();
    for (SummarySentence s : update.sentences()) {
      assertThat(seenTexts).doesNotContain(s.text());
      for (Citation c : s.citations()) {
        assertThat(fresh).as("citation of '%s'", s.text()).contains(c.document());
        String doc = update.story().documents().get(c.documentIndex()).text();
        assertThat(c.end()).isLessThanOrEqualTo(doc.length());
        assertThat(doc.substring(c.start(), c.end())).isNotBlank();
      }
      for (String t : seenTexts) {
        assertThat(grouper.similar(termIds(s.text(), ids), termIds(t, ids)))
            .as("'%s' says what the reader saw in '%s'", s.text(), t).isFalse();
      }
      assertThat(s.text()).as("repeats an older article").doesNotContain("Salvage tugs refloated")
          .doesNotContain("services on the island route would resume");
    }
    assertThat(pipeline.update(grown, fresh, seenTexts, Budget.words(60)).summary().sentences())
        .as("deterministic").isEqualTo(update.sentences());
  }

  @Test
  void updateSummaryIsEmptyWhenTheNewArticlesOnlyRepeat() {
    Precis pipeline = Precis.builder().summarizer(summarizer()).build();
    List<Document> docs = new ArrayList<>(TestStories.ferry().documents());
    Document old = docs.get(0);
    docs.add(new Document("copy-9", old.title(), "Reprint Daily", null, old.date(), old.text()));
    Summary update = pipeline.update(Story.of("ferry", docs), Set.of("copy-9"), List.of(), Budget.words(60))
        .summary();
    assertThat(update.sentences()).isEmpty();
    assertThat(pipeline.update(TestStories.ferry(), Set.of(), List.of(), Budget.words(60)).summary().sentences())
        .as("no new articles").isEmpty();
  }
}
