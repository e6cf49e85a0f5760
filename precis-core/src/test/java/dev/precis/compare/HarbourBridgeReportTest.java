package dev.precis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.entity.EntityKind;
import dev.precis.compare.entity.EntityMentions;
import dev.precis.compare.statement.Statement;
import dev.precis.compare.time.TimelineEvent;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corroboration, entities, timeline and sharing of the sample corpus examples/harbour-bridge. */
class HarbourBridgeReportTest {
  private static AnalyzedStory story;
  private static CrossSourceReport report;

  @BeforeAll
  static void analyze() throws InputException {
    Path dir = Path.of("../examples/harbour-bridge");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("examples/harbour-bridge");
    }
    Story raw = new StoryReader(w -> {}).readAll(List.of(dir.toString())).get(0);
    story = new Precis().analyze(raw);
    report = CrossSourceReport.of(story);
  }

  private static int doc(String prefix) {
    for (int d = 0; d < story.documentCount(); d++) {
      if (story.story().documents().get(d).id().startsWith(prefix)) {
        return d;
      }
    }
    throw new AssertionError(prefix);
  }

  private static TimelineEvent event(String docPrefix, String expression) {
    int d = doc(docPrefix);
    return report.timeline().stream()
        .filter(e -> e.document() == d && e.expression().equalsIgnoreCase(expression)).findFirst()
        .orElseThrow(() -> new AssertionError(expression + " in " + docPrefix + ": " + report.timeline()));
  }

  private static EntityMentions entity(String name) {
    return report.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + report.entities()));
  }

  @Test
  void theTopCorroboratedStatementIsTheCollapse() {
    Statement top = report.corroboration().get(0);
    assertThat(top.documents()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(top.independentSources()).isGreaterThanOrEqualTo(3);
    assertThat(top.text()).contains("Tollgate Swing Bridge gave way");
    assertThat(report.corroboration()).allSatisfy(s -> {
      assertThat(s.independentSources()).isGreaterThanOrEqualTo(2);
      assertThat(s.span().of(story.story().documents().get(s.document()).text())).isEqualTo(s.text());
    });
    // The Dunmore quotation is carried by 01, 03 and 06.
    assertThat(report.corroboration()).anySatisfy(s -> {
      assertThat(s.text()).contains("The water was cold");
      assertThat(s.documents()).containsExactly(doc("01"), doc("03"), doc("06"));
    });
  }

  @Test
  void eachOutletsOwnFacts() {
    assertThat(report.unique().get(doc("01"))).anySatisfy(s -> assertThat(s.text()).contains("Gannet"));
    assertThat(report.unique().get(doc("02"))).anySatisfy(s -> assertThat(s.text()).contains("31 movable"));
    assertThat(report.unique().get(doc("03"))).anySatisfy(s -> assertThat(s.text()).contains("free shuttle"));
    assertThat(report.unique().get(doc("04"))).anySatisfy(s -> assertThat(s.text()).contains("sagging"));
    assertThat(report.unique().get(doc("05"))).anySatisfy(s -> assertThat(s.text()).contains("23 votes to 18"));
    assertThat(report.unique().get(doc("06"))).anySatisfy(s -> assertThat(s.text()).contains("Della Marsh"));
    report.unique().forEach((d, list) -> {
      assertThat(list).hasSizeLessThanOrEqualTo(10);
      assertThat(list).allSatisfy(s -> {
        assertThat(s.independentSources()).isEqualTo(1);
        assertThat(s.document()).isEqualTo(d);
      });
    });
  }

  @Test
  void relativeDatesResolveAgainstEachArticle() {
    TimelineEvent yesterday = event("03", "yesterday");
    assertThat(yesterday.date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(yesterday.relative()).isTrue();
    assertThat(yesterday.resolved()).isTrue();
    assertThat(event("05", "Monday's").date()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(event("05", "on Monday").date()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(event("03", "From Thursday").date()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(event("01", "on Tuesday").date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(event("06", "today").date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(event("05", "yesterday").date()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void theUndatedArticleKeepsItsEventsUnresolved() {
    int d = doc("04");
    List<TimelineEvent> events = report.timeline().stream().filter(e -> e.document() == d).toList();
    assertThat(events).isNotEmpty();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.relative()).isTrue();
      assertThat(e.resolved()).isFalse();
      assertThat(e.date()).isNull();
    });
    // Unresolved events come after every resolved one.
    List<TimelineEvent> t = report.timeline();
    int firstUnresolved = t.indexOf(t.stream().filter(e -> !e.resolved()).findFirst().orElseThrow());
    assertThat(t.subList(firstUnresolved, t.size())).allSatisfy(e -> assertThat(e.resolved()).isFalse());
    for (int i = 1; i < firstUnresolved; i++) {
      assertThat(t.get(i).date()).isAfterOrEqualTo(t.get(i - 1).date());
    }
  }

  @Test
  void peopleOrganisationsAndPlaces() {
    EntityMentions varga = entity("Ilse Varga");
    assertThat(varga.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(varga.mentionsByDocument().size()).isGreaterThanOrEqualTo(5);
    assertThat(entity("Kestrelmouth").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(entity("River Menne").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(entity("River Menne").mentionsByDocument()).hasSize(6);
    assertThat(entity("Structural Safety Inspectorate").kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(entity("Marek Dunmore").kind()).isEqualTo(EntityKind.PERSON);
    assertThat(entity("Tollgate Swing Bridge").kind()).isEqualTo(EntityKind.PLACE);
    assertThat(entity("Kestrelmouth Port Company").kind()).isEqualTo(EntityKind.ORGANISATION);
    assertThat(report.entities()).extracting(EntityMentions::name)
        .doesNotContain("Tuesday", "Monday", "Shares", "Furious", "Divers", "Hospital", "City", "S.S.I");
    assertThat(report.entities().get(0).name()).isEqualTo("Ilse Varga");
  }

  @Test
  void sharingMatrix() {
    double[][] s = report.sharing().shared();
    int n = story.documentCount();
    assertThat(s).hasDimensions(n, n);
    for (int a = 0; a < n; a++) {
      assertThat(s[a][a]).isEqualTo(1.0);
      for (int b = 0; b < n; b++) {
        assertThat(s[a][b]).isBetween(0.0, 1.0);
      }
    }
    // The national paper repeats the wire story's lead and its hospital sentence.
    assertThat(s[doc("02")][doc("01")]).isGreaterThan(0.1);
    assertThat(s[doc("05")][doc("02")]).isGreaterThan(0.0);
  }
}
