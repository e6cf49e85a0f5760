package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.ingest.Format;
import dev.precis.ingest.InputException;
import dev.precis.model.Document;
import dev.precis.server.store.NewArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleIntakeTest {
  private static final String PAGE = "<!doctype html><html lang=\"en\"><head><title>Quay reopens</title>"
      + "<link rel=\"canonical\" href=\"https://courier.example/canonical/quay\">"
      + "<meta name=\"author\" content=\"Nell Quayside\"></head><body><article><h1>Quay reopens</h1>"
      + "<p>The north quay reopened to shipping on Tuesday after two days of repairs.</p></article></body></html>";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theAddressGivenIsThePagesAndItsBylineAndLanguageReachTheArticle() throws InputException {
    ArticleIntake.Read read = ArticleIntake.read(bytes(PAGE), "the request body", null, "https://courier.example/quay");
    assertThat(read.documents()).hasSize(1);
    NewArticle a = ArticleIntake.article(read.documents().get(0), bytes(PAGE), "text/html", 7L);
    assertThat(a.url()).isEqualTo("https://courier.example/quay");
    assertThat(a.author()).isEqualTo("Nell Quayside");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.title()).isEqualTo("Quay reopens");
    assertThat(a.rawType()).isEqualTo("text/html");
    assertThat(a.feedId()).isEqualTo(7L);
    Document canonical = ArticleIntake.read(bytes(PAGE), "the request body", null, null).documents().get(0);
    assertThat(canonical.url()).isEqualTo("https://courier.example/canonical/quay");
  }

  @Test
  void aTextKeepsTheAddressItNamesAndTakesTheGivenOneOtherwise() throws InputException {
    String named = "Title: Quay reopens\nURL: https://courier.example/own\n\nThe north quay reopened on Tuesday.";
    assertThat(ArticleIntake.read(bytes(named), "the request body", null, "https://courier.example/given")
        .documents().get(0).url()).isEqualTo("https://courier.example/own");
    String plain = "The north quay reopened on Tuesday.";
    Document d = ArticleIntake.read(bytes(plain), "the request body", null, "https://courier.example/given")
        .documents().get(0);
    assertThat(d.url()).isEqualTo("https://courier.example/given");
    assertThat(d.language()).isNull();
    assertThat(d.author()).isNull();
  }

  @Test
  void aFormatGivenIsKeptToAndErrorsNameTheInput() {
    assertThatThrownBy(() -> ArticleIntake.read(bytes(PAGE), "http://feeds.example/rss", Format.FEED, null))
        .isInstanceOf(InputException.class).hasMessageStartingWith("http://feeds.example/rss: not a readable RSS/Atom");
    assertThatThrownBy(() -> ArticleIntake.read(new byte[] {0, 1, 2, 3, 0}, "the request body", null, null))
        .isInstanceOf(InputException.class).hasMessageStartingWith("the request body");
  }
}
