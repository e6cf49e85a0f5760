package dev.precis.ingest;

import static dev.precis.ingest.IngestFixtures.copy;
import static dev.precis.ingest.IngestFixtures.errorOf;
import static dev.precis.ingest.IngestFixtures.read;
import static dev.precis.ingest.IngestFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void rssWithFullContentIsOneStoryOfItsItems() throws Exception {
    Path f = copy("feed-rss-full.xml", tmp, "courier.rss");
    List<Story> stories = read(warnings, f);
    assertThat(stories).singleElement().extracting(Story::id).isEqualTo("courier");
    Story story = stories.get(0);
    assertThat(story.language()).isEqualTo("en");
    assertThat(story.documents()).extracting(Document::id).containsExactly("courier-0", "courier-1");
    Document first = story.documents().get(0);
    assertThat(first.title()).isEqualTo("Spillway gives way above Veldenburg");
    assertThat(first.source()).isEqualTo("Northmere Courier – Valley news");
    assertThat(first.url()).isEqualTo("https://courier.example/news/2026/03/10/veldenburg-spillway");
    assertThat(first.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 15)); // +0100 kept as written
    assertThat(first.text()).isEqualTo("The concrete spillway of the Halden reservoir gave way early on Tuesday,"
        + " sending a surge of water down the Velden valley.\n\nAbout 2,400 residents of Veldenburg left their"
        + " homes before dawn. Read more"); // the share box of the content is boilerplate
    assertThat(story.documents().get(1).text()).isEqualTo("Engineers opened the bottom outlets of the Halden dam"
        + " on Tuesday morning.\n\nBy noon the flow over the broken section had eased.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void rssWithoutContentGivesSummaryOnlyArticles() throws Exception {
    Path f = copy("feed-rss-summary.xml", tmp, "valley.xml");
    Story story = read(warnings, f).get(0);
    assertThat(story.documents()).extracting(Document::id)
        .containsExactly("valley-0-summary", "valley-1-summary");
    Document first = story.documents().get(0);
    assertThat(first.title()).isEqualTo("Café owners count the cost"); // ISO-8859-1 as declared
    assertThat(first.text()).isEqualTo("Café owners count the cost\n\nShopkeepers in Veldenburg spent Wednesday"
        + " shovelling mud out of their premises.");
    assertThat(first.date()).isEqualTo(LocalDateTime.of(2026, 3, 11, 8, 0));
    assertThat(story.documents().get(1).text()).isEqualTo("Insurers receive 600 claims");
    assertThat(warnings).containsExactly(
        f + ": 2 of 2 feed items have no full text; read their title and description only (ids end in -summary)",
        f + ": 1 feed items without any text skipped");
  }

  @Test
  void atomEntriesWithHtmlXhtmlAndSummary() throws Exception {
    Path f = copy("feed-atom.xml", tmp, "bote.atom");
    Story story = read(warnings, f).get(0);
    assertThat(story.language()).isEqualTo("de");
    assertThat(story.documents()).extracting(Document::id).containsExactly("bote-0", "bote-1", "bote-2-summary");
    assertThat(story.documents()).extracting(Document::source).containsOnly("Velden-Bote");
    Document first = story.documents().get(0);
    assertThat(first.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 45)); // published before updated
    assertThat(first.url()).isEqualTo("https://bote.example/artikel/1");
    assertThat(first.text()).isEqualTo("Das Überlaufbauwerk der Halden-Talsperre ist am Dienstag gebrochen.\n\n"
        + "Rund 2400 Menschen in Veldenburg mussten ihre Häuser verlassen.");
    assertThat(story.documents().get(1).text()).isEqualTo("Ingenieure öffneten die Grundablässe.\n\n"
        + "Am Mittag ließ der Abfluss nach.");
    assertThat(story.documents().get(1).date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 15, 30));
    assertThat(story.documents().get(2).text()).isEqualTo("Versicherer zählen Schäden\n\n"
        + "Mehr als 600 Schadensmeldungen gingen ein.");
    assertThat(warnings).singleElement().asString().contains("1 of 3 feed items have no full text");
  }

  @Test
  void feedsAreStoriesOfTheirOwnBesideTextFiles() throws Exception {
    Path a = write(tmp.resolve("a.txt"), "Alpha.".getBytes(UTF_8));
    Path feed = copy("feed-rss-full.xml", tmp, "news.xml");
    Path b = write(tmp.resolve("b.txt"), "Beta.".getBytes(UTF_8));
    List<Story> stories = read(warnings, a, feed, b);
    assertThat(stories).extracting(Story::id).containsExactly(tmp.getFileName().toString(), "news");
    assertThat(stories.get(0).documents()).extracting(Document::id).containsExactly("a", "b");
  }

  @Test
  void malformedFeedXmlIsAWarningNamingTheFileWhenOthersAreReadable() throws Exception {
    write(tmp.resolve("dir/good.txt"), "Good text.".getBytes(UTF_8));
    Path bad = write(tmp.resolve("dir/bad.rss"), ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T"
        + "</title><item><title>Broken</item></channel></rss>").getBytes(UTF_8));
    Story story = read(warnings, tmp.resolve("dir")).get(0);
    assertThat(story.documents()).extracting(Document::id).containsExactly("good");
    assertThat(warnings).singleElement().asString()
        .startsWith(tmp.resolve("dir") + "/bad.rss: not a readable RSS/Atom feed (").endsWith("; skipped");
    warnings.clear();
    assertThat(errorOf(warnings, bad)).startsWith(bad + ": not a readable RSS/Atom feed (");
  }

  @Test
  void feedWithoutItemsIsAnError() throws Exception {
    Path f = write(tmp.resolve("empty.rss"), "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>"
        .getBytes(UTF_8));
    assertThat(errorOf(warnings, f)).isEqualTo(f + ": no items in the feed");
  }

  @Test
  void rss091WithItsNetscapeDoctypeIsRead() throws Exception {
    Path f = write(tmp.resolve("old.rss"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
        + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\"><channel><title>Old&nbsp;Times</title><link>https://old.example/</link>"
        + "<description>d</description><language>en-us</language><item><title>Mill reopens</title>"
        + "<link>https://old.example/mill</link><description>The mill reopened on Monday.</description></item>"
        + "</channel></rss>").getBytes(UTF_8));
    Story story = read(warnings, f).get(0);
    assertThat(story.documents()).singleElement().extracting(Document::text)
        .isEqualTo("Mill reopens\n\nThe mill reopened on Monday.");
    assertThat(story.documents().get(0).source()).isEqualTo("Old Times");
  }
}
