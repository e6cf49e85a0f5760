package dev.precis.render.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.compare.StoryReport;
import dev.precis.render.JsonRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class JsonReportRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SECTIONS = List.of("id", "algorithm", "budget", "documents", "summary",
      "corroboration", "unique", "quotes", "conflicts", "entities", "timeline", "sharing");

  private final ReportRenderer json = ReportRenderers.get("json");

  @Test
  void writesEverySectionInTheDocumentedShape() throws Exception {
    JsonNode root = JSON.readTree(json.render(ReportFixtures.handMade()));
    assertThat(fieldNames(root)).containsExactly("stories");
    JsonNode story = root.get("stories").get(0);
    assertThat(fieldNames(story)).containsExactlyElementsOf(SECTIONS);
    assertThat(story.get("id").asText()).isEqualTo("bridge <i>");

    JsonNode first = story.get("summary").get("sentences").get(0);
    assertThat(texts(first.get("documents"))).containsExactly("a-wire", ReportFixtures.EVIL_ID);
    assertThat(texts(first.get("outlets"))).containsExactly("Wire", "\"><img src=x onerror=alert(1)>");
    assertThat(texts(story.get("summary").get("sentences").get(1).get("outlets"))).hasSize(1);

    JsonNode corroborated = story.get("corroboration").get(0);
    assertThat(fieldNames(corroborated))
        .containsExactly("text", "document", "start", "end", "documents", "independent_sources", "has_copies");
    assertThat(corroborated.get("independent_sources").asInt()).isEqualTo(2);
    assertThat(corroborated.get("has_copies").asBoolean()).isTrue();
    assertThat(texts(corroborated.get("documents"))).containsExactly("a-wire", ReportFixtures.EVIL_ID);

    assertThat(fieldNames(story.get("unique"))).containsExactly("a-wire", ReportFixtures.EVIL_ID, "c-blog");
    assertThat(story.get("unique").get("a-wire").size()).isZero();
    assertThat(story.get("unique").get("c-blog").get(0).get("text").asText()).isEqualTo(ReportFixtures.C_TEXT);

    JsonNode quote = story.get("quotes").get(0);
    assertThat(fieldNames(quote)).containsExactly("text", "speaker", "speakers", "documents", "occurrences");
    assertThat(quote.get("speaker").asText()).isEqualTo("Ann Lee");
    assertThat(texts(quote.get("documents"))).containsExactly("a-wire", ReportFixtures.EVIL_ID);
    assertThat(quote.get("occurrences").size()).isEqualTo(2);
    assertThat(story.get("quotes").get(1).get("speaker").isNull()).isTrue();
    assertThat(story.get("quotes").get(1).get("speakers").size()).isZero();

    JsonNode conflict = story.get("conflicts").get(0);
    assertThat(conflict.get("kind").asText()).isEqualTo("number");
    assertThat(texts(conflict.get("values"))).containsExactly("14", "<17>");
    assertThat(fieldNames(conflict.get("claims").get(0))).containsExactly("text", "document", "start", "end", "value");
    assertThat(conflict.get("claims").get(1).get("document").asText()).isEqualTo(ReportFixtures.EVIL_ID);

    JsonNode person = story.get("entities").get(0);
    assertThat(fieldNames(person)).containsExactly("name", "kind", "total", "mentions");
    assertThat(person.get("kind").asText()).isEqualTo("person");
    assertThat(person.get("mentions").get("c-blog").asInt()).isEqualTo(1);
    assertThat(story.get("entities").get(1).get("kind").asText()).isEqualTo("organisation");
    assertThat(story.get("entities").get(2).get("kind").asText()).isEqualTo("place");

    JsonNode resolved = story.get("timeline").get(0);
    assertThat(fieldNames(resolved)).containsExactly("date", "expression", "relative", "resolved", "text", "document",
        "start", "end");
    assertThat(resolved.get("date").asText()).isEqualTo("2026-03-10");
    assertThat(resolved.get("relative").asBoolean()).isTrue();
    JsonNode unresolved = story.get("timeline").get(1);
    assertThat(unresolved.get("date").isNull()).isTrue();
    assertThat(unresolved.get("resolved").asBoolean()).isFalse();

    JsonNode sharing = story.get("sharing");
    assertThat(texts(sharing.get("documents"))).containsExactly("a-wire", ReportFixtures.EVIL_ID, "c-blog");
    assertThat(sharing.get("shared").get(0).get(1).asDouble()).isEqualTo(0.5);
    assertThat(sharing.get("shared").get(1).get(0).asDouble()).isEqualTo(0.25);
    assertThat(sharing.get("shared").get(1).get(2).isNull()).isTrue();
    assertThat(sharing.get("shared").get(2).get(2).asDouble()).isEqualTo(1.0);

    assertSpansMatch(story);
  }

  @Test
  void aStoryHoldsEverythingSummarizeWrites() throws Exception {
    StoryReport r = ReportFixtures.handMade();
    JsonNode summarized = JSON.readTree(new JsonRenderer().render(r.summary(), r.budget())).get("stories").get(0);
    JsonNode reported = JSON.readTree(json.render(r)).get("stories").get(0);
    for (Iterator<String> it = summarized.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!field.equals("summary")) {
        assertThat(reported.get(field)).as(field).isEqualTo(summarized.get(field));
      }
    }
    assertThat(reported.get("summary").get("words")).isEqualTo(summarized.get("summary").get("words"));
    JsonNode sentences = summarized.get("summary").get("sentences");
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = reported.get("summary").get("sentences").get(i);
      for (Iterator<String> it = sentences.get(i).fieldNames(); it.hasNext(); ) {
        String field = it.next();
        assertThat(s.get(field)).as(field).isEqualTo(sentences.get(i).get(field));
      }
    }
  }

  @Test
  void severalStoriesMadeByThePipelineAreOneObject() throws Exception {
    JsonNode root = JSON.readTree(json.render(List.of(ReportFixtures.ferry(), ReportFixtures.handMade())));
    assertThat(root.get("stories").size()).isEqualTo(2);
    JsonNode ferry = root.get("stories").get(0);
    assertThat(fieldNames(ferry)).containsExactlyElementsOf(SECTIONS);
    assertThat(ferry.get("summary").get("sentences").size()).isPositive();
    assertThat(ferry.get("sharing").get("shared").size()).isEqualTo(3);
    for (JsonNode s : ferry.get("summary").get("sentences")) {
      assertThat(s.get("outlets").size()).isBetween(1, s.get("documents").size());
    }
    for (JsonNode story : root.get("stories")) {
      assertSpansMatch(story);
    }
  }

  @Test
  void compactOutputIsOneLine() {
    String out = new JsonReportRenderer(false).render(ReportFixtures.handMade());
    assertThat(out.strip()).doesNotContain("\n");
  }

  /** Every start/end names a passage of its document: the text given beside it, or a quotation's words. */
  static void assertSpansMatch(JsonNode story) {
    Map<String, String> texts = new HashMap<>();
    story.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    List<JsonNode> passages = new ArrayList<>();
    story.get("corroboration").forEach(passages::add);
    story.get("unique").forEach(list -> list.forEach(passages::add));
    story.get("conflicts").forEach(c -> c.get("claims").forEach(passages::add));
    story.get("timeline").forEach(passages::add);
    for (JsonNode p : passages) {
      assertThat(passage(texts, p)).as(p.toString()).isEqualTo(p.get("text").asText());
    }
    for (JsonNode q : story.get("quotes")) {
      for (JsonNode o : q.get("occurrences")) {
        assertThat(passage(texts, o)).isNotEmpty(); // members may word it a little differently from the group
      }
    }
    for (JsonNode s : story.get("summary").get("sentences")) {
      JsonNode own = s.get("citations").get(0);
      assertThat(passage(texts, own)).isEqualTo(s.get("text").asText());
    }
  }

  private static String passage(Map<String, String> texts, JsonNode p) {
    String text = texts.get(p.get("document").asText());
    assertThat(text).as("document of " + p).isNotNull();
    return text.substring(p.get("start").asInt(), p.get("end").asInt());
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
