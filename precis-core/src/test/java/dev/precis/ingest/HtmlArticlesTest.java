package dev.precis.ingest;

import static dev.precis.ingest.IngestFixtures.bytes;
import static dev.precis.ingest.IngestFixtures.copy;
import static dev.precis.ingest.IngestFixtures.errorOf;
import static dev.precis.ingest.IngestFixtures.gzip;
import static dev.precis.ingest.IngestFixtures.read;
import static dev.precis.ingest.IngestFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();

  private Document only(Path file) throws InputException {
    List<Story> stories = read(warnings, file);
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).documents()).hasSize(1);
    return stories.get(0).documents().get(0);
  }

  @Test
  void jsonLdGivesTheMetadataAndReadabilityTheText() throws Exception {
    Path f = copy("news-jsonld.html", tmp, "spillway.html");
    Story story = read(warnings, f).get(0);
    assertThat(story.id()).isEqualTo("spillway");
    assertThat(story.language()).isEqualTo("en");
    Document d = story.documents().get(0);
    assertThat(d.id()).isEqualTo("spillway");
    assertThat(d.title()).isEqualTo("Reservoir spillway gives way above Veldenburg & valley towns");
    assertThat(d.source()).isEqualTo("The Northmere Courier"); // publisher by @id reference into @graph
    assertThat(d.url()).isEqualTo("https://courier.example/news/2026/03/10/veldenburg-spillway");
    assertThat(d.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 15)); // the outlet's local time
    assertThat(d.text().split("\n\n")).hasSize(4);
    assertThat(d.text()).startsWith("The concrete spillway of the Halden reservoir gave way early on Tuesday,")
        .contains("near the village of Osterhalde.\n\nThe reservoir authority had warned")
        .endsWith("the authority said in a statement.");
    assertThat(d.text()).doesNotContain("cookies", "Accept all", "World", "Politics", "Share on", "Advertisement",
        "Related stories", "Valley flood defences", "rights reserved", "Privacy", "By Ilse Marden",
        "Reservoir spillway gives way", "analytics");
    assertThat(warnings).isEmpty();
    assertThat(d.author()).isEqualTo("Ilse Marden, Tomas Quill");
    assertThat(d.language()).isEqualTo("en");
  }

  @Test
  void openGraphAndMetaTagsWithoutJsonLd() throws Exception {
    Path f = copy("news-opengraph.html", tmp, "gazette.html");
    Story story = read(warnings, f).get(0);
    assertThat(story.language()).isEqualTo("fr");
    Document d = story.documents().get(0);
    assertThat(d.title()).isEqualTo("Le déversoir du barrage de Halden cède au-dessus de Veldenburg");
    assertThat(d.source()).isEqualTo("Gazette du Val");
    assertThat(d.url()).isEqualTo("https://gazette.example/2026/03/10/halden");
    assertThat(d.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 11, 30));
    assertThat(d.text().split("\n\n")).hasSize(3);
    assertThat(d.text()).startsWith("Le déversoir en béton du réservoir de Halden a cédé mardi matin")
        .doesNotContain("Accueil", "Monde", "tous droits", "Le déversoir du barrage de Halden cède");
    assertThat(d.author()).isEqualTo("Claire Dumoulin");
    assertThat(d.language()).isEqualTo("fr");
    assertThat(warnings).isEmpty();
  }

  @Test
  void cookieBannersMenusAdsRelatedLinksAndFootersAreNotText() throws Exception {
    Document d = only(copy("news-boilerplate.html", tmp, "cost.html"));
    assertThat(d.title()).isEqualTo("Valley towns count the cost");
    assertThat(d.source()).isNull();
    assertThat(d.url()).isNull();
    assertThat(d.date()).isNull();
    assertThat(d.text()).isEqualTo("Shopkeepers in Veldenburg spent Wednesday shovelling mud out of their premises"
        + " after the flood from the broken Halden spillway receded, leaving a brown line a metre up the walls of the"
        + " old market square.\n\n"
        + "The mayor, Henrike Vos, said the town would ask the regional government for emergency funds, and estimated"
        + " the damage to public buildings alone at several million euros.\n\n"
        + "Insurers said they had received more than 600 claims by the afternoon. Many small businesses in the lower"
        + " town were not insured against flooding, the local chamber of commerce said.");
  }

  @Test
  void aDirectoryOfPagesIsOneStory() throws Exception {
    copy("news-jsonld.html", tmp, "event/1-courier.html");
    copy("news-boilerplate.html", tmp, "event/2-valley.htm");
    write(tmp.resolve("event/3-gazette.html.gz"), gzip(bytes("news-opengraph.html")));
    Story story = read(warnings, tmp.resolve("event")).get(0);
    assertThat(story.id()).isEqualTo("event");
    assertThat(story.documents()).extracting(Document::id).containsExactly("1-courier", "2-valley", "3-gazette");
    assertThat(story.language()).isEqualTo("en"); // en and fr disagree: the default
    assertThat(story.documents().get(2).source()).isEqualTo("Gazette du Val");
    assertThat(warnings).isEmpty();
  }

  @Test
  void pagesNamedTogetherAreOneStoryLikeTextFiles() throws Exception {
    Path a = copy("news-jsonld.html", tmp, "pages/a.html");
    Path b = write(tmp.resolve("pages/b.txt"), "Title: Plain\n\nSome plain text.".getBytes(UTF_8));
    Story story = read(warnings, a, b).get(0);
    assertThat(story.id()).isEqualTo("pages");
    assertThat(story.documents()).extracting(Document::id).containsExactly("a", "b");
  }

  @Test
  void metaCharsetLatin1AndWindows1252() throws Exception {
    String latin = "<html><head><meta charset=\"ISO-8859-1\"><title>Caf\u00e9</title></head><body><p>Le caf\u00e9 "
        + "\u00e0 Gen\u00e8ve a rouvert ses portes apr\u00e8s la crue.</p></body></html>";
    Document d1 = only(write(tmp.resolve("latin1.html"), latin.getBytes(Charset.forName("ISO-8859-1"))));
    assertThat(d1.text()).isEqualTo("Le caf\u00e9 \u00e0 Gen\u00e8ve a rouvert ses portes apr\u00e8s la crue.");
    assertThat(d1.title()).isEqualTo("Caf\u00e9");

    String cp1252 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "</head><body><p>\u201cIt will cost \u20ac3 million\u201d \u2014 the mayor\u2019s estimate.</p>"
        + "</body></html>";
    Document d2 = only(write(tmp.resolve("cp1252.html"), cp1252.getBytes(Charset.forName("windows-1252"))));
    assertThat(d2.text()).isEqualTo("\u201cIt will cost \u20ac3 million\u201d \u2014 the mayor\u2019s estimate.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aLatin1DeclarationOnUtf8IsOverruled() throws Exception {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me.</p></body></html>";
    Path f = write(tmp.resolve("liar.html"), page.getBytes(UTF_8));
    assertThat(only(f).text()).isEqualTo("Caf\u00e9 cr\u00e8me.");
    assertThat(warnings).containsExactly(f + ": declares iso-8859-1 but is UTF-8; read as UTF-8");
  }

  @Test
  void undeclaredLegacyEncodingIsDetected() throws Exception {
    String page = "<html><body><p>\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432"
        + "\u0438\u043b \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a, \u0447\u0442\u043e \u043f\u0440"
        + "\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u0440\u0430\u0441\u0441\u043c\u043e"
        + "\u0442\u0440\u0438\u0442 \u043d\u043e\u0432\u044b\u0439 \u043f\u043b\u0430\u043d.</p></body></html>";
    Path f = write(tmp.resolve("ru.html"), page.getBytes(Charset.forName("windows-1251")));
    assertThat(only(f).text()).startsWith("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 ");
    assertThat(warnings).containsExactly(f + ": not UTF-8; read as windows-1251 (detected)");
  }

  @Test
  void malformedHtmlIsReadLeniently() throws Exception {
    Path f = write(tmp.resolve("broken.html"), ("<html><body><div><p>Unclosed <b>bold <i>words<p>Second"
        + " paragraph</div></span></td><p>Third &amp what &#9999999; <<>> end").getBytes(UTF_8));
    assertThat(only(f).text()).isEqualTo("Unclosed bold words\n\nSecond paragraph\n\nThird & what \uFFFD <<>> end");
  }

  @Test
  void aPageWithoutTextIsAnError() throws Exception {
    Path f = write(tmp.resolve("menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>"
        .getBytes(UTF_8));
    assertThat(errorOf(warnings, f)).isEqualTo(f + ": no article text in the page");
  }

  /** The one document read from a page whose JSON-LD article has {@code body} and whose page shows {@code article}. */
  private Document withArticleBody(String name, String body, String article) throws Exception {
    String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\":"
        + " \"Headline\", \"articleBody\": \"" + body + "\"}</script></head><body><article>" + article
        + "</article></body></html>";
    return only(write(tmp.resolve(name), page.getBytes(UTF_8)));
  }

  @Test
  void jsonLdArticleBodyWinsWhenTheVisibleTextIsATeaser() throws Exception {
    Document d = withArticleBody("paywall.html", "First paragraph of the full story.\\n\\nSecond paragraph that only"
        + " subscribers see, with much more detail about the reservoir, the valley and the repairs that were planned"
        + " for the summer.", "<p>First paragraph of the full story.</p><div class=\"paywall\">Subscribe to read"
        + " more</div>");
    assertThat(d.text()).startsWith("First paragraph of the full story.\n\nSecond paragraph that only subscribers")
        .doesNotContain("Subscribe");
  }

  @Test
  void plainArticleBodyWithAnAmpersandKeepsItsParagraphs() throws Exception {
    Document d = withArticleBody("quay.html", "Harbour & Rail Ltd won the contract for the new quay.\\n\\nThe bid was"
        + " lower than the council's estimate by a wide margin: 3 < 4 million crowns, officials said, and work starts"
        + " in the spring.", "<p>Harbour &amp; Rail Ltd won.</p>");
    assertThat(d.text()).isEqualTo("Harbour & Rail Ltd won the contract for the new quay.\n\nThe bid was lower than"
        + " the council's estimate by a wide margin: 3 < 4 million crowns, officials said, and work starts in the"
        + " spring.");
  }

  @Test
  void escapedMarkupInArticleBodyIsReadAsHtml() throws Exception {
    Document d = withArticleBody("escaped.html", "&lt;p&gt;The quay opens in May, two months late.&lt;/p&gt;&lt;p&gt;"
        + "Tolls stay at the old rate until the end of the year, the port authority said on Friday.&lt;/p&gt;",
        "<p>The quay opens.</p>");
    assertThat(d.text()).isEqualTo("The quay opens in May, two months late.\n\nTolls stay at the old rate until the"
        + " end of the year, the port authority said on Friday.");
  }

  @Test
  void titleSuffixUnreadableDateAndRelativeCanonical() throws Exception {
    String page = "<html><head><title>Spillway repaired | Valley Online</title>"
        + "<meta property=\"og:site_name\" content=\"Valley Online\">"
        + "<meta property=\"article:published_time\" content=\"last Tuesday\">"
        + "<link rel=\"canonical\" href=\"/relative/only\"></head><body><p>Repairs are done.</p></body></html>";
    Path f = write(tmp.resolve("t.html"), page.getBytes(UTF_8));
    Document d = only(f);
    assertThat(d.title()).isEqualTo("Spillway repaired");
    assertThat(d.source()).isEqualTo("Valley Online");
    assertThat(d.url()).isNull(); // no base to resolve it against, and nothing is guessed
    assertThat(d.date()).isNull();
    assertThat(warnings).containsExactly(f + ": cannot read the date 'last Tuesday'; ignored");
  }

  @Test
  void xhtmlWithXmlDeclarationIsHtml() throws Exception {
    String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0"
        + " Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns="
        + "\"http://www.w3.org/1999/xhtml\" xml:lang=\"de\"><body><p>Strenger Text.</p></body></html>";
    Path f = write(tmp.resolve("x.xhtml"), page.getBytes(UTF_8));
    assertThat(only(f).text()).isEqualTo("Strenger Text.");
    assertThat(read(warnings, f).get(0).language()).isEqualTo("de");
  }

  @Test
  void thePagesOwnDateWinsOverTheCrawlersAndPlaceholdersAreNoDate() throws Exception {
    String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
        + "\"Quay works\",\"datePublished\":\"0001-01-01T00:00:00Z\"}</script></head><body><article><h1>Quay works"
        + "</h1><p class=\"byline\">By Tamsin Rowe, <span class=\"timestamp\">November 19, 2019, 07:47 PM EST</span>"
        + "</p><p>Work on the quay wall at Saltcombe Bay began on Monday and will take about six weeks to finish.</p>"
        + "</article></body></html>";
    Document p = HtmlArticles.read(page, "x", null, LocalDateTime.of(2024, 1, 2, 3, 4), "x", warnings::add);
    assertThat(p.date()).isEqualTo(LocalDateTime.of(2019, 11, 19, 19, 47));
    assertThat(p.author()).isEqualTo("Tamsin Rowe");
    assertThat(warnings).isEmpty();
    Document undated = HtmlArticles.read(page.replace("November 19, 2019, 07:47 PM EST", ""), "x", null,
        LocalDateTime.of(2024, 1, 2, 3, 4), "x", warnings::add);
    assertThat(undated.date()).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
  }

  @Test
  void aFewStrayNulBytesAreNotBinaryButManyAre() throws Exception {
    String page = "<html><body><p>The harbour trust will put the anchor on display on the quay next spring.</p>"
        + "</body></html>";
    byte[] bytes = page.getBytes(UTF_8);
    byte[] stray = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, stray, 0, 20);
    System.arraycopy(bytes, 20, stray, 22, bytes.length - 20);
    Path f = write(tmp.resolve("stray.html"), stray);
    assertThat(only(f).text()).isEqualTo("The harbour trust will put the anchor on display on the quay next spring.");
    byte[] binary = new byte[4000];
    System.arraycopy(bytes, 0, binary, 0, bytes.length);
    assertThat(errorOf(warnings, write(tmp.resolve("binary.html"), binary))).endsWith("binary file, not text");
  }

  @Test
  void utf8DeclaredAsAMultiByteLegacyCharsetIsReadAsUtf8() throws Exception {
    String page = "<html><head><meta charset=\"shift_jis\"><title>Caf\u00e9 Rosi\u00e8re</title></head><body><p>"
        + "Bakers at the Caf\u00e9 Rosi\u00e8re chain walked out on Wednesday over unpaid overtime.</p></body></html>";
    Document d = only(write(tmp.resolve("sjis.html"), page.getBytes(UTF_8)));
    assertThat(d.title()).isEqualTo("Caf\u00e9 Rosi\u00e8re");
    assertThat(warnings).containsExactly(tmp.resolve("sjis.html") + ": declares shift_jis but is UTF-8; read as UTF-8");
  }
}
