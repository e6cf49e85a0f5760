package dev.precis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdversarialStoriesTest {
  private static Set<String> words(Story story) {
    Set<String> words = new HashSet<>();
    for (Document d : story.documents()) {
      Arrays.stream(d.text().toLowerCase().split("[^a-z]+")).filter(w -> !w.isEmpty()).forEach(words::add);
    }
    return words;
  }

  @Test
  void lowVocabularyIsOneArticleOfTheAskedSizeOverSixtyWords() {
    Story story = AdversarialStories.lowVocabulary(200_000, 1);
    assertThat(story.documents()).hasSize(1);
    assertThat(story.documents().get(0).text().length()).isBetween(199_000, 200_400);
    assertThat(words(story)).hasSize(60);
  }

  @Test
  void everyInputIsTheSameForTheSameArguments() {
    for (String name : AdversarialStories.NAMES) {
      Story a = AdversarialStories.named(name, 0.01);
      Story b = AdversarialStories.named(name, 0.01);
      assertThat(a.documents()).as(name).isEqualTo(b.documents());
    }
  }

  @Test
  void tinyArticlesAndNearDuplicatesHaveTheirCounts() {
    assertThat(AdversarialStories.named("tiny-articles", 0.1).documents()).hasSize(1_000);
    Story copies = AdversarialStories.nearDuplicates(20, 4);
    assertThat(copies.documents()).hasSize(20);
    // Near-copies: most words of one are words of another, but no two are the same text.
    assertThat(copies.documents().stream().map(Document::text).distinct()).hasSize(20);
    Set<String> first = words(Story.of("a", copies.documents().subList(0, 1)));
    Set<String> second = words(Story.of("b", copies.documents().subList(1, 2)));
    assertThat(second.stream().filter(first::contains).count()).isGreaterThan(second.size() * 7L / 10);
  }
}
