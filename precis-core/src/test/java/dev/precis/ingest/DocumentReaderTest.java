package dev.precis.ingest;

import static dev.precis.ingest.IngestFixtures.bytes;
import static dev.precis.ingest.IngestFixtures.copy;
import static dev.precis.ingest.IngestFixtures.gzip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();
  private final DocumentReader reader = new DocumentReader(warnings::add);

  private static List<Document> all(Documents docs) {
    List<Document> out = new ArrayList<>();
    try (docs) {
      docs.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void aPageGivesOneDocumentWithItsLanguageAndAuthor() throws Exception {
    Path page = copy("news-jsonld.html", tmp, "spillway.html");
    Documents docs = reader.read(page);
    assertThat(docs.format()).isEqualTo(Format.HTML);
    assertThat(docs.collection()).isFalse();
    List<Document> list = all(docs);
    assertThat(list).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("spillway");
      assertThat(d.language()).isEqualTo("en");
      assertThat(d.author()).isEqualTo("Ilse Marden, Tomas Quill");
      assertThat(d.url()).isEqualTo("https://courier.example/news/2026/03/10/veldenburg-spillway");
    });
  }

  @Test
  void bytesAndStreamsReadAsTheFileDoes() throws Exception {
    byte[] page = bytes("news-opengraph.html");
    Document fromFile = all(reader.read(copy("news-opengraph.html", tmp, "gazette.html"))).get(0);
    Document fromBytes = all(reader.read(gzip(page), "in/gazette.html.gz", null, null)).get(0);
    assertThat(fromBytes).isEqualTo(fromFile);
    assertThat(fromBytes.language()).isEqualTo("fr");
    assertThat(fromBytes.author()).isEqualTo("Claire Dumoulin");
  }

  @Test
  void theUrlGivenIsThePageAddressAndTheAddressOfTextWithoutOne() throws Exception {
    byte[] page = bytes("news-opengraph.html");
    Document html = all(reader.read(page, "p", null, "https://mirror.example/p/1")).get(0);
    assertThat(html.url()).isEqualTo("https://mirror.example/p/1");

    String text = "Title: Ferry held at Port Sable\n\nThe morning ferry stayed in port because of the gale.\n";
    Document plain = all(reader.read(text.getBytes(UTF_8), "ferry.txt", null, "https://wire.example/1")).get(0);
    assertThat(plain.url()).isEqualTo("https://wire.example/1");
    assertThat(plain.title()).isEqualTo("Ferry held at Port Sable");
    String withUrl = "Title: Ferry held\nURL: https://own.example/a\n\nThe ferry stayed in port.\n";
    assertThat(all(reader.read(withUrl.getBytes(UTF_8), "f.txt", null, "https://wire.example/1")).get(0).url())
        .isEqualTo("https://own.example/a");
  }

  @Test
  void aFormatHintOverridesDetection() throws Exception {
    byte[] markup = "<p>The ferry stayed in port.</p>\n".getBytes(UTF_8);
    assertThat(all(reader.read(markup, "note", null, null)).get(0).text()).isEqualTo("The ferry stayed in port.");
    Documents asText = reader.read(markup, "note", Format.TEXT, null);
    assertThat(asText.format()).isEqualTo(Format.TEXT);
    assertThat(all(asText).get(0).text()).isEqualTo("<p>The ferry stayed in port.</p>");
  }

  @Test
  void feedItemsCarryTheFeedsLanguageAndTheirAuthor() throws Exception {
    Documents docs = reader.read(copy("feed-atom.xml", tmp, "bote.atom"));
    assertThat(docs.format()).isEqualTo(Format.FEED);
    assertThat(docs.collection()).isTrue();
    List<Document> list = all(docs);
    assertThat(list).hasSizeGreaterThan(1).allSatisfy(d -> assertThat(d.language()).isEqualTo("de"));
    assertThat(list.get(0).author()).isEqualTo("Jonas Weber");
  }

  @Test
  void jsonlGivesTheDocumentsOfEveryLineInTurn() throws Exception {
    String line = "{\"id\": \"s%d\", \"documents\": [{\"id\": \"a\", \"text\": \"Line %d.\", \"language\": \"nl\","
        + " \"author\": \"Sanne Vos\"}, {\"id\": \"b\", \"text\": \"Second of %d.\"}]}\n";
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      file.append(String.format(line, i, i, i));
    }
    InputStream in = new ByteArrayInputStream(file.toString().getBytes(UTF_8));
    Documents docs = reader.read(in, "rows.jsonl", null, null);
    assertThat(docs.format()).isEqualTo(Format.JSONL);
    Document first = docs.next();
    assertThat(first.text()).isEqualTo("Line 0.");
    assertThat(first.language()).isEqualTo("nl");
    assertThat(first.author()).isEqualTo("Sanne Vos");
    List<Document> rest = all(docs);
    assertThat(rest).extracting(Document::text)
        .containsExactly("Second of 0.", "Line 1.", "Second of 1.", "Line 2.", "Second of 2.");
    assertThat(rest.get(0).language()).isNull();
  }

  @Test
  void problemsNameTheInput() throws IOException {
    assertThatThrownBy(() -> reader.read(tmp.resolve("missing.html")))
        .isInstanceOf(InputException.class).hasMessage("no such file: " + tmp.resolve("missing.html"));
    assertThatThrownBy(() -> reader.read(new byte[0], "empty.txt", null, null))
        .isInstanceOf(InputException.class).hasMessage("empty.txt: empty file");
    assertThatThrownBy(() -> reader.read(new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0}, "x.pdf", null, null))
        .isInstanceOf(InputException.class).hasMessageStartingWith("x.pdf: binary file");
    assertThatThrownBy(() -> new DocumentReader(warnings::add, 10).read("0123456789012345".getBytes(UTF_8), "big",
        null, null)).isInstanceOf(InputException.class).hasMessageStartingWith("big: file too big");
  }
}
