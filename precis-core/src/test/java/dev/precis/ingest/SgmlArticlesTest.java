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

class SgmlArticlesTest {
  @TempDir Path tmp;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void ducNewswireFileHoldsSeveralDocuments() throws Exception {
    Path f = copy("duc-newswire.sgml", tmp, "d30001t.sgml");
    Story story = read(warnings, f).get(0);
    assertThat(story.id()).isEqualTo("d30001t");
    assertThat(story.documents()).extracting(Document::id)
        .containsExactly("APW20260310.0012", "NYT20260310.0044", "XIE20260311.0003");
    Document ap = story.documents().get(0);
    assertThat(ap.title()).isEqualTo("Dam spillway fails, thousands evacuated");
    assertThat(ap.source()).isEqualTo("Associated Press");
    assertThat(ap.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 15));
    assertThat(ap.text()).isEqualTo("VELDENBURG (AP) _ The spillway of the Halden reservoir gave way early Tuesday,"
        + " and about 2,400 people were evacuated from Veldenburg before dawn.\n\n"
        + "No deaths were reported. Two farm workers were treated for hypothermia & released, officials said.");
    Document nyt = story.documents().get(1);
    assertThat(nyt.title()).isEqualTo("Cracks Were Known, Report Shows");
    assertThat(nyt.date()).isEqualTo(LocalDateTime.of(2026, 3, 10, 18, 40)); // MM/DD/YYYY HH:MM:SS
    assertThat(nyt.text()).isEqualTo("An inspection report from January described cracks in the spillway and"
        + " recommended urgent repairs, according to documents obtained by The New York Times.\n\n"
        + "Repairs had been scheduled for the summer, the reservoir authority said on Tuesday.");
    Document xie = story.documents().get(2);
    assertThat(xie.title()).isNull();
    assertThat(xie.date()).isEqualTo(LocalDateTime.of(2026, 3, 11, 0, 0)); // from the DOCNO
    assertThat(xie.text()).isEqualTo("Insurers said on Wednesday they had received more than 600 claims & expected"
        + " more.\n\nMany small businesses were not insured against floods.");
    assertThat(warnings).containsExactly(f + ": 1 of 4 documents without text skipped");
  }

  @Test
  void ducClusterDirectoryWithExtensionlessFiles() throws Exception {
    // DUC ships one SGML document per file, named by DOCNO.
    write(tmp.resolve("d30002t/APW19981017.0151"), ("<DOC>\n<DOCNO> APW19981017.0151 </DOCNO>\n<TEXT>\nFirst"
        + " story text.\n</TEXT>\n</DOC>\n").getBytes(UTF_8));
    write(tmp.resolve("d30002t/NYT19981017.0177"), ("<DOC><DOCNO>NYT19981017.0177</DOCNO><HEADLINE>H</HEADLINE>"
        + "<TEXT><P>Second story text.</P></TEXT></DOC>").getBytes(UTF_8));
    write(tmp.resolve("d30002t/notes"), "Plain notes without an extension are not articles.".getBytes(UTF_8));
    Story story = read(warnings, tmp.resolve("d30002t")).get(0);
    assertThat(story.id()).isEqualTo("d30002t");
    assertThat(story.documents()).extracting(Document::id).containsExactly("APW19981017.0151", "NYT19981017.0177");
    assertThat(story.documents().get(0).date()).isEqualTo(LocalDateTime.of(1998, 10, 17, 0, 0));
    assertThat(story.documents().get(1).source()).isEqualTo("The New York Times");
    assertThat(warnings).isEmpty();
  }

  @Test
  void trecFormsOfHeadlineDateAndParagraphs() throws Exception {
    Path f = write(tmp.resolve("ap880212"), ("<DOC>\n<DOCNO> AP880212-0001 </DOCNO>\n<HEAD>Mill Closes</HEAD>\n"
        + "<TEXT>\n   The old mill closed on Friday after ninety\nyears of work.\n   Its owners cited costs.\n"
        + "</TEXT>\n</DOC>\n<DOC id=\"LTW_ENG_20050101.0002\" type=\"story\">\n<HEADLINE>\nSecond\n</HEADLINE>\n"
        + "<DATELINE>SOMEWHERE</DATELINE>\n<TEXT>\n<P>A paragraph.</P>\n</TEXT>\n</DOC>\n").getBytes(UTF_8));
    Story story = read(warnings, f).get(0);
    assertThat(story.documents()).extracting(Document::id).containsExactly("AP880212-0001", "LTW_ENG_20050101.0002");
    Document ap = story.documents().get(0);
    assertThat(ap.title()).isEqualTo("Mill Closes");
    assertThat(ap.date()).isEqualTo(LocalDateTime.of(1988, 2, 12, 0, 0));
    assertThat(ap.text()).isEqualTo("The old mill closed on Friday after ninety years of work.\n\n"
        + "Its owners cited costs.");
    assertThat(story.documents().get(1).date()).isEqualTo(LocalDateTime.of(2005, 1, 1, 0, 0));
  }

  @Test
  void dateForms() {
    assertThat(SgmlArticles.date("10/17/1998 05:50:00")).isEqualTo(LocalDateTime.of(1998, 10, 17, 5, 50));
    assertThat(SgmlArticles.date("10/17/1998")).isEqualTo(LocalDateTime.of(1998, 10, 17, 0, 0));
    assertThat(SgmlArticles.date("19981017")).isEqualTo(LocalDateTime.of(1998, 10, 17, 0, 0));
    assertThat(SgmlArticles.date("881231 0412")).isEqualTo(LocalDateTime.of(1988, 12, 31, 0, 0));
    assertThat(SgmlArticles.date("January 1, 1989, Sunday, Home Edition"))
        .isEqualTo(LocalDateTime.of(1989, 1, 1, 0, 0));
    assertThat(SgmlArticles.date("sometime")).isNull();
  }

  @Test
  void sgmlWithoutTextIsAnError() throws Exception {
    Path f = write(tmp.resolve("empty.sgml"), "<DOC><DOCNO>X1</DOCNO><TEXT> </TEXT></DOC>".getBytes(UTF_8));
    assertThat(errorOf(warnings, f)).isEqualTo(f + ": no text in the 1 <DOC> documents");
  }
}
