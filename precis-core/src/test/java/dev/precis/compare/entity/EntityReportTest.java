package dev.precis.compare.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.CrossSourceReport;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, organisations and places of an invented story about a landslide. */
class EntityReportTest {
  private static List<EntityMentions> entities;

  private static Document doc(String id, String text) {
    return new Document(id, null, id, null, LocalDateTime.of(2026, 3, 14, 8, 0), text);
  }

  @BeforeAll
  static void analyze() {
    Story story = Story.of("landslide", List.of(
        doc("one", """
            A landslide buried part of Harlan Street in Ostvik on Friday, cutting the coastal railway to Pellham.

            Mayor Hilde Brandt said the slope above the line had been moving since March. "We will not reopen \
            the line until it is safe," Brandt said.

            The Coastal Rail Authority (C.R.A.) said its engineers were on site within the hour.

            Four people were treated at St Oda's Hospital for minor injuries."""),
        doc("two", """
            Furious residents of the Marrow district want answers after the landslide in Ostvik.

            Ms Brandt said the council had asked the C.R.A. for a report on the slope by Monday.

            Trains from Pellham now stop short of the River Dorne, and buses carry passengers the last \
            six miles.

            The Ostvik Harbour Company said freight would be moved by sea to Norway while the line is shut."""),
        doc("three", """
            Hilde Brandt visited the injured at St Oda's before meeting engineers from the Coastal Rail \
            Authority.

            Residents said the furious pace of building on the slope had worried them for years.

            Ostvik has had two smaller slips since 2020, both on the same hillside above the River Dorne.""")));
    entities = CrossSourceReport.of(new Precis(null, new StoryAnalyzer()).analyze(story)).entities();
    entities.forEach(e -> System.out.println(e.kind() + " " + e.name() + " " + e.mentionsByDocument()));
  }

  private static Optional<EntityMentions> find(String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static EntityMentions get(String name) {
    return find(name).orElseThrow(() -> new AssertionError(name + " not in " + entities));
  }

  @Test
  void oneEntryPerPersonWhateverTheForm() {
    EntityMentions brandt = get("Hilde Brandt");
    assertThat(brandt.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(brandt.mentionsByDocument()).isEqualTo(Map.of(0, 2, 1, 1, 2, 1));
    assertThat(brandt.total()).isEqualTo(4);
    assertThat(entities).filteredOn(e -> e.name().contains("Brandt")).hasSize(1);
  }

  @Test
  void organisationsAbsorbTheirInitials() {
    EntityMentions cra = get("Coastal Rail Authority");
    assertThat(cra.kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(cra.mentionsByDocument()).containsOnlyKeys(0, 1, 2);
    assertThat(cra.total()).isEqualTo(4); // full name twice, "C.R.A." twice
    assertThat(find("C.R.A")).isEmpty();
    assertThat(get("Ostvik Harbour Company").kind()).isEqualTo(EntityKind.ORGANISATION);
  }

  @Test
  void placesFromCuesHeadsAndTheList() {
    EntityMentions ostvik = get("Ostvik");
    assertThat(ostvik.kind()).isEqualTo(EntityKind.PLACE);
    assertThat(ostvik.mentionsByDocument()).isEqualTo(Map.of(0, 1, 1, 1, 2, 1)); // not "Ostvik Harbour Company"
    assertThat(get("Harlan Street").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(get("River Dorne").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(get("River Dorne").mentionsByDocument()).containsOnlyKeys(1, 2);
    assertThat(get("Pellham").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(get("Norway").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(get("Marrow").kind()).isEqualTo(EntityKind.PLACE);
    // The short form of the hospital counts as the hospital.
    EntityMentions hospital = get("St Oda's Hospital");
    assertThat(hospital.kind()).isEqualTo(EntityKind.PLACE);
    assertThat(hospital.mentionsByDocument()).isEqualTo(Map.of(0, 1, 2, 1));
  }

  @Test
  void noJunk() {
    for (String junk : List.of("Furious", "March", "Monday", "Friday", "Residents", "Trains", "Four", "Mayor")) {
      assertThat(entities).extracting(EntityMentions::name).doesNotContain(junk);
    }
  }

  @Test
  void sortedByTotal() {
    for (int i = 1; i < entities.size(); i++) {
      assertThat(entities.get(i).total()).isLessThanOrEqualTo(entities.get(i - 1).total());
    }
    for (EntityMentions e : entities) {
      assertThat(e.total()).isEqualTo(e.mentionsByDocument().values().stream().mapToInt(Integer::intValue).sum());
      assertThat(List.copyOf(e.mentionsByDocument().keySet())).isSorted();
    }
  }
}
