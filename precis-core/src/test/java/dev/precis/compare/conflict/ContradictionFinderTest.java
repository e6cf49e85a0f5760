package dev.precis.compare.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per conflict kind and per kind of non-conflict; every text is invented. */
class ContradictionFinderTest {
  private static final Precis PRECIS = new Precis(null, new StoryAnalyzer());
  private final ContradictionFinder finder = new ContradictionFinder();

  /** Documents published on the given days of March 2026 (10 March 2026 is a Tuesday). */
  private static Story story(int[] days, String... texts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new Document("d" + i, null, "Outlet " + i, null, LocalDateTime.of(2026, 3, days[i], 18, 0),
          texts[i]));
    }
    return Story.of("test", docs);
  }

  private static Story story(String... texts) {
    int[] days = new int[texts.length];
    java.util.Arrays.fill(days, 10);
    return story(days, texts);
  }

  private List<Conflict> find(Story s) {
    AnalyzedStory analyzed = PRECIS.analyze(s);
    List<Conflict> out = finder.find(analyzed);
    for (Conflict c : out) { // every claim cites its passage
      for (Claim claim : c.claims()) {
        assertThat(claim.span().of(analyzed.story().documents().get(claim.document()).text()))
            .isEqualTo(claim.text());
      }
    }
    return out;
  }

  private static List<Conflict> ofKind(List<Conflict> cs, Conflict.Kind kind) {
    return cs.stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void differentCountsOfTheSameFact() {
    List<Conflict> cs = find(story(
        "The bridge collapsed on Tuesday morning, injuring 14 people, officials said.",
        "Seventeen people were hurt when the bridge collapsed on Tuesday morning.",
        "The collapse injured 14 people and left 12 vehicles in the river."));
    List<Conflict> numbers = ofKind(cs, Conflict.Kind.NUMBER);
    assertThat(numbers).hasSize(1);
    Conflict c = numbers.get(0);
    assertThat(c.values()).containsExactlyInAnyOrder("14", "17");
    assertThat(c.claims()).extracting(Claim::document).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void equalValuesWrittenDifferentlyAreNoConflict() {
    List<Conflict> cs = find(story(
        "Officials said 12 vehicles were on the span. The council released $1.5 million from its emergency "
            + "reserve. Shares fell 3.2% and the firm employs 4,300 staff. Repairs will cost \u20AC2.4m.",
        "Officials said twelve vehicles were on the span. The council released $1,500,000 from its emergency "
            + "reserve. Shares fell 3.2 per cent and the firm employs 4,300 people. Repairs will cost 2,400,000 "
            + "euros."));
    assertThat(cs).isEmpty();
  }

  @Test
  void approximateValuesAgreeInsideTheirRange() {
    assertThat(find(story(
        "The fire forced 340 residents from their homes. A crowd of 31,000 watched the match.",
        "The fire forced about 350 residents from their homes. A crowd of 31,204 watched the match.",
        "The fire forced more than 300 residents from their homes."))).isEmpty();
    List<Conflict> cs = find(story(
        "The fire forced 340 residents from their homes.",
        "The fire forced around 800 residents from their homes."));
    assertThat(ofKind(cs, Conflict.Kind.NUMBER)).singleElement()
        .satisfies(c -> assertThat(c.values()).containsExactly("340", "about 800"));
  }

  @Test
  void differentThingsAreNotCompared() {
    assertThat(find(story(
        "Two people died in the crash on the ring road.",
        "Twenty-three people were injured in the crash on the ring road, and 14 homes were damaged.",
        "Shares closed 4.1 percent lower on Thursday. The warehouse stored 2,000 tonnes of paper.",
        "Shares have fallen 11 per cent since January. The site also held 500 tonnes of plastic pellets.",
        "Trams on Line 3 were stopped; Line 7 ran on a diversion. Rain reached 120 mm in a day."))).isEmpty();
  }

  @Test
  void differentAmountsAndPercentagesOfTheSameFact() {
    List<Conflict> cs = find(story(
        "Ferrovia Foods agreed to buy Glenmoor Dairies for \u00A3640 million, paying a premium of 34%.",
        "Scotland's favourite milk brand has been bought by an Italian giant in a \u00A3460m deal, a premium of "
            + "43%."));
    assertThat(ofKind(cs, Conflict.Kind.NUMBER)).extracting(c -> c.values().size()).containsOnly(2);
    assertThat(ofKind(cs, Conflict.Kind.NUMBER)).anySatisfy(
        c -> assertThat(c.values()).containsExactlyInAnyOrder("\u00A3640000000", "\u00A3460000000"));
    assertThat(ofKind(cs, Conflict.Kind.NUMBER)).anySatisfy(
        c -> assertThat(c.values()).containsExactlyInAnyOrder("34%", "43%"));
  }

  @Test
  void agesOfOnePerson() {
    List<Conflict> cs = find(story(
        "The guard, Tomasz Wrona, 58, was found inside the building.",
        "Tomasz Wrona, 56, had worked at the site for 12 years."));
    assertThat(ofKind(cs, Conflict.Kind.NUMBER)).singleElement()
        .satisfies(c -> assertThat(c.values()).containsExactlyInAnyOrder("58-year-old", "56-year-old"));
  }

  @Test
  void differentDaysForOneEvent() {
    // Published on Tuesday 10 and Wednesday 11 March 2026.
    List<Conflict> cs = find(story(new int[] {10, 11, 11},
        "The roof of the tunnel collapsed on Tuesday afternoon, trapping 14 men.",
        "The miners were rescued this morning following the collapse on Monday.",
        "The roof collapsed yesterday, trapping 14 men."));
    List<Conflict> dates = ofKind(cs, Conflict.Kind.DATE);
    assertThat(dates).singleElement().satisfies(c -> {
      assertThat(c.values()).contains("2026-03-10", "2026-03-09");
      assertThat(c.claims()).extracting(Claim::document).contains(0, 1, 2);
    });
  }

  @Test
  void sameDayWrittenDifferentlyIsNoConflict() {
    assertThat(find(story(new int[] {10, 11},
        "The tram derailed on Tuesday, and the line will stay closed until Friday.",
        "The tram derailed yesterday, and the line will stay closed until March 13."))).isEmpty();
  }

  @Test
  void oneRoleTwoNames() {
    List<Conflict> cs = find(story(
        "Lotte Brandvik, the chief executive of Varnholm Transit, apologised.",
        "Varnholm Transit chief executive Lotte Brandvik said the line would reopen.",
        "Varnholm Transit boss Marit Brandvik faced questions from families."));
    assertThat(ofKind(cs, Conflict.Kind.NAME)).singleElement().satisfies(c -> {
      assertThat(c.values()).containsExactlyInAnyOrder("Lotte Brandvik", "Marit Brandvik");
      assertThat(c.claims()).extracting(Claim::document).containsExactly(0, 1, 2);
    });
  }

  @Test
  void nameSpelledTwoWays() {
    List<Conflict> cs = find(story(
        "One of the dead was named as Arthur Lyle, 82.",
        "Pensioner Arthur Lisle, 82, was found in his flooded bungalow."));
    assertThat(ofKind(cs, Conflict.Kind.NAME)).singleElement()
        .satisfies(c -> assertThat(c.values()).containsExactlyInAnyOrder("Arthur Lyle", "Arthur Lisle"));
  }

  @Test
  void twoPeopleWithOneSurnameInOneDocumentAreNoConflict() {
    assertThat(find(story(
        "Glenmoor's chair, Fiona Drummond, backed the deal. Farmer Ewan Drummond opposed it.",
        "Fiona Drummond said the board was unanimous."))).isEmpty();
  }

  @Test
  void oneQuotationTwoSpeakers() {
    List<Conflict> cs = find(story(
        "\"The water was cold and the current was strong,\" said Chief Fire Officer Marek Dunmore.",
        "\"The water was cold and the current was strong,\" Dunmore said.",
        "\"The water was cold and the current was strong,\" Mayor Ilse Varga said this evening."));
    assertThat(ofKind(cs, Conflict.Kind.QUOTE_SPEAKER)).singleElement().satisfies(c -> {
      assertThat(c.values()).containsExactly("Marek Dunmore", "Ilse Varga");
      assertThat(c.claims()).extracting(Claim::document).containsExactly(0, 1, 2);
      assertThat(c.claims().get(2).text()).contains("Mayor Ilse Varga said");
    });
  }

  @Test
  void oneQuotationOneSpeakerIsNoConflict() {
    assertThat(find(story(
        "Jonas Ek said the drivers were worried. \"Our members have warned about that bend for years,\" he said.",
        "\"Our members have warned about that bend for years,\" said Jonas Ek, the union's secretary.",
        "The union said: \"Our members have warned about that bend for years.\""))).isEmpty();
  }
}
