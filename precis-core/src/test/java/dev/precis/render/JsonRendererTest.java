package dev.precis.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Summary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Renderer json = Renderers.get("json");

  private JsonNode parse(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void writesTheDocumentedShape() throws Exception {
    JsonNode root = parse(json.render(RenderFixtures.handMade(), RenderFixtures.BUDGET));
    assertThat(root.size()).isEqualTo(1);
    JsonNode story = root.get("stories").get(0);
    assertThat(root.get("stories").size()).isEqualTo(1);
    assertThat(story.get("id").asText()).isEqualTo("bridge");
    assertThat(story.get("algorithm").asText()).isEqualTo("hand");
    assertThat(story.get("budget").get("unit").asText()).isEqualTo("words");
    assertThat(story.get("budget").get("limit").asInt()).isEqualTo(40);
    JsonNode a = story.get("documents").get(0);
    assertThat(a.get("id").asText()).isEqualTo("a-wire");
    assertThat(a.get("title").asText()).isEqualTo("Bridge *falls* [live]");
    assertThat(a.get("source").asText()).isEqualTo("Wire");
    assertThat(a.get("url").asText()).isEqualTo("https://wire.example/a?x=1");
    assertThat(a.get("date").asText()).isEqualTo("2026-03-10T10:15:00");
    JsonNode b = story.get("documents").get(1);
    assertThat(b.get("title").isNull()).isTrue();
    assertThat(b.get("date").asText()).isEqualTo("2026-03-11T00:00:00");
    assertThat(story.get("documents").get(2).get("date").isNull()).isTrue();
    JsonNode summary = story.get("summary");
    assertThat(summary.get("words").asInt()).isEqualTo(13);
    JsonNode first = summary.get("sentences").get(0);
    assertThat(first.get("text").asText()).isEqualTo("The bridge fell on Tuesday.");
    assertThat(first.get("score").asDouble()).isEqualTo(0.75);
    assertThat(first.get("citations").get(1).get("document").asText()).isEqualTo("c-blog");
    assertThat(first.get("citations").get(1).get("start").asInt()).isEqualTo(2);
    assertThat(first.get("citations").get(1).get("end").asInt()).isEqualTo(29);
    JsonNode printed = first.get("printed");
    assertThat(printed).hasSize(1);
    assertThat(printed.get(0).get("document")).isEqualTo(first.get("citations").get(0).get("document"));
    assertThat(printed.get(0).get("start")).isEqualTo(first.get("citations").get(0).get("start"));
    assertThat(printed.get(0).get("end")).isEqualTo(first.get("citations").get(0).get("end"));
    assertSpansPointIntoTheText(root);
  }

  @Test
  void severalStoriesAreOneObjectAndSpansMatchTheText() throws Exception {
    Summary lead = RenderFixtures.lead();
    JsonNode root = parse(json.render(List.of(lead, RenderFixtures.handMade()), null));
    assertThat(root.get("stories").size()).isEqualTo(2);
    assertThat(root.get("stories").get(0).get("budget").isNull()).isTrue();
    assertThat(root.get("stories").get(0).get("summary").get("sentences").size())
        .isEqualTo(lead.sentences().size());
    assertSpansPointIntoTheText(root);
  }

  @Test
  void compactOutputIsOneLine() throws Exception {
    String out = new JsonRenderer(false).render(RenderFixtures.handMade(), null);
    assertThat(out.strip()).doesNotContain("\n");
    assertThat(parse(out).get("stories").size()).isEqualTo(1);
  }

  @Test
  void noStoriesIsAnEmptyList() throws Exception {
    assertThat(parse(json.render(List.of(), null)).get("stories").size()).isZero();
  }

  /** Every citation lies within its document; the first one covers exactly the sentence's text. */
  private static void assertSpansPointIntoTheText(JsonNode root) {
    for (JsonNode story : root.get("stories")) {
      Map<String, String> texts = new HashMap<>();
      story.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
      for (JsonNode sentence : story.get("summary").get("sentences")) {
        JsonNode citations = sentence.get("citations");
        assertThat(citations.size()).isPositive();
        for (JsonNode c : citations) {
          String text = texts.get(c.get("document").asText());
          assertThat(text).as("cited document").isNotNull();
          int start = c.get("start").asInt();
          int end = c.get("end").asInt();
          assertThat(start).isBetween(0, end);
          assertThat(end).isLessThanOrEqualTo(text.length());
        }
        JsonNode own = citations.get(0);
        assertThat(texts.get(own.get("document").asText()).substring(own.get("start").asInt(),
            own.get("end").asInt())).isEqualTo(sentence.get("text").asText());
      }
    }
  }
}
