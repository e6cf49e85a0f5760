package dev.precis.compare.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.CrossSourceReport;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Corroboration, unique statements and outlet sharing on an invented story about a dam. */
class StatementsTest {
  static final String BREACH = "Floodwater broke through the spillway of the Velmoor Dam early on Saturday, forcing "
      + "the evacuation of 300 homes in the valley below.";
  static final String CRACK = "Engineers said the concrete lining of the spillway had cracked along a joint that "
      + "was repaired in 2019.";
  static final String WATER = "The regional water board said drinking water supplies had not been affected by the "
      + "breach at the dam.";
  static final String HALL = "Residents of Lower Ashby were taken to a sports hall in the town of Brenford, where "
      + "volunteers handed out blankets and hot food.";
  static final String BUILT = "The dam, built in 1958, holds back about four million cubic metres of water in the "
      + "Velmoor reservoir above the village.";
  static final String INSPECTION = "A spokesman for the board said the last full inspection of the structure had "
      + "taken place eleven months ago.";
  static final String LOCAL = "Brenford's mayor, Tomas Reedley, opened the town library overnight for families who "
      + "had nowhere else to sleep.";
  static final String FARMS = "Farmers downstream moved cattle and sheep to higher fields as the water spread "
      + "across the flood plain.";
  static final String ROADS = "Police closed the valley road between Lower Ashby and Brenford until the water "
      + "level falls below the bridge deck.";
  static final String RAIN = "Forecasters expect more heavy rain over the hills on Monday and Tuesday, raising "
      + "fears of a second surge.";

  private static AnalyzedStory story;
  private static CrossSourceReport report;

  private static Document doc(String id, String... sentences) {
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(s);
    }
    return new Document(id, null, id, null, LocalDateTime.of(2026, 4, 12, 9, 0), sb.toString());
  }

  @BeforeAll
  static void analyze() {
    List<Document> docs = List.of(
        doc("a-wire", BREACH, CRACK, WATER, BUILT, INSPECTION, HALL),
        doc("b-copy", BREACH, CRACK, WATER, BUILT, INSPECTION, HALL, LOCAL),
        doc("c-paper", BREACH, CRACK, WATER, FARMS, ROADS),
        doc("d-radio", BREACH, HALL, RAIN));
    story = new Precis().analyze(Story.of("velmoor", docs));
    report = CrossSourceReport.of(story);
  }

  @Test
  void theSampleHasOneWireCopy() {
    assertThat(story.copyOf(1)).isEqualTo(0);
    assertThat(story.copyOf(2)).isEqualTo(2);
    assertThat(story.copyOf(3)).isEqualTo(3);
  }

  @Test
  void corroborationCountsCopiesOnceAndRanksBySources() {
    List<Statement> c = report.corroboration();
    assertThat(c).isNotEmpty();
    Statement top = c.get(0);
    assertThat(top.text()).isEqualTo(BREACH);
    assertThat(top.documents()).containsExactly(0, 1, 2, 3);
    assertThat(top.independentSources()).isEqualTo(3);
    assertThat(top.hasCopies()).isTrue();
    assertThat(top.document()).isEqualTo(0); // shown from the original, not the copy
    assertThat(top.span().of(story.story().documents().get(0).text())).isEqualTo(BREACH);
    assertThat(c).extracting(Statement::text).containsExactly(BREACH, CRACK, WATER, HALL);
    Statement crack = c.get(1);
    assertThat(crack.documents()).containsExactly(0, 1, 2);
    assertThat(crack.independentSources()).isEqualTo(2);
    // A statement carried only by the wire story and its copy is not corroborated.
    assertThat(c).extracting(Statement::text).doesNotContain(BUILT, INSPECTION);
    for (int i = 1; i < c.size(); i++) {
      assertThat(c.get(i).independentSources()).isLessThanOrEqualTo(c.get(i - 1).independentSources());
    }
  }

  @Test
  void uniqueStatementsBelongToOneIndependentSource() {
    Map<Integer, List<Statement>> u = report.unique();
    // Only the wire story and its copy carry these: listed once, under the original.
    assertThat(u.get(0)).extracting(Statement::text).containsExactly(BUILT, INSPECTION);
    assertThat(u.get(0)).allSatisfy(s -> {
      assertThat(s.documents()).containsExactly(0, 1);
      assertThat(s.independentSources()).isEqualTo(1);
      assertThat(s.hasCopies()).isTrue();
    });
    assertThat(u.get(1)).extracting(Statement::text).containsExactly(LOCAL);
    assertThat(u.get(1).get(0).hasCopies()).isFalse();
    assertThat(u.get(2)).extracting(Statement::text).containsExactly(FARMS, ROADS);
    assertThat(u.get(3)).extracting(Statement::text).containsExactly(RAIN);
    assertThat(u.get(3).get(0).document()).isEqualTo(3);
  }

  @Test
  void sharingIsTheShareOfStatementsTheOtherCarries() {
    double[][] s = report.sharing().shared();
    assertThat(s).hasDimensions(4, 4);
    for (int d = 0; d < 4; d++) {
      assertThat(s[d][d]).isEqualTo(1.0);
    }
    assertThat(s[0][1]).isEqualTo(1.0); // the copy carries all of the wire story
    assertThat(s[1][0]).isEqualTo(6.0 / 7.0);
    assertThat(s[2][0]).isEqualTo(3.0 / 5.0);
    assertThat(s[0][2]).isEqualTo(3.0 / 6.0);
    assertThat(s[3][2]).isEqualTo(1.0 / 3.0);
    assertThat(s[2][3]).isEqualTo(1.0 / 5.0);
  }

  @Test
  void listsAreCappedAndUniqueOnesPreferInformativeSentences() {
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      shared.add(sentence(i));
    }
    List<String> own = new ArrayList<>();
    for (int i = 40; i < 54; i++) {
      own.add(sentence(i));
    }
    own.add(7, "Officials said that the work had gone well so far.");
    List<String> a = new ArrayList<>(shared);
    for (int i = 60; i < 75; i++) {
      a.add(sentence(i));
    }
    List<String> b = new ArrayList<>(shared);
    b.addAll(own);
    Story s = Story.of("caps", List.of(doc("x", a.toArray(String[]::new)), doc("y", b.toArray(String[]::new))));
    AnalyzedStory analyzed = new Precis(null, new StoryAnalyzer()).analyze(s);
    CrossSourceReport r = CrossSourceReport.of(analyzed);
    assertThat(analyzed.copyOf(1)).isEqualTo(1);
    assertThat(r.corroboration()).hasSize(30);
    List<Statement> u = r.unique().get(1);
    assertThat(u).hasSize(10);
    boolean shortIsCandidate = false;
    for (int i = 0; i < analyzed.size(); i++) {
      shortIsCandidate |= analyzed.sentence(i).text().startsWith("Officials said") && analyzed.isCandidate(i);
    }
    assertThat(shortIsCandidate).isTrue();
    assertThat(u).extracting(Statement::text).doesNotContain("Officials said that the work had gone well so far.");
    for (int i = 1; i < u.size(); i++) {
      assertThat(u.get(i).sentence()).isGreaterThan(u.get(i - 1).sentence()); // document order
    }
  }

  /** A sentence of invented words that shares no content word with another one of a different number. */
  static String sentence(int i) {
    return "The " + word(i * 7) + " " + word(i * 7 + 1) + " reported that " + (i + 3) + " " + word(i * 7 + 2)
        + " near " + cap(word(i * 7 + 3)) + " had " + word(i * 7 + 4) + " the " + word(i * 7 + 5) + " "
        + word(i * 7 + 6) + " before dawn.";
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** A distinct invented word per number below 1,000. */
  static String word(int i) {
    String[] a = {"bel", "cor", "dun", "fal", "gar", "hol", "kel", "lom", "mar", "nor"};
    String[] b = {"ta", "wi", "fo", "me", "bu", "ste", "ho", "ga", "we", "li"};
    String[] c = {"n", "ck", "rd", "re", "sk", "ad", "lm", "te", "ll", "y"};
    return a[i % 10] + b[(i / 10) % 10] + c[(i / 100) % 10];
  }
}
