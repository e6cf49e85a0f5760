package dev.precis.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
  private static Formats.Sniffed sniff(String content, String name) {
    byte[] b = content.getBytes(UTF_8);
    return Formats.sniff(b, b.length, name);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Just some words.                                          | a.txt    | TEXT
      Title: T\\n\\nBody                                        | a.html   | TEXT
      <!DOCTYPE html><p>x                                       | a.txt    | HTML
      \\n  <!-- c --><!doctype HTML><html>                      | noext    | HTML
      <html><body>x                                             | a.md     | HTML
      <div class=x>Teaser</div>                                 | a.dat    | HTML
      <div class=x>Teaser</div>                                 | a.txt    | TEXT
      <p>Text</p>                                               |          | HTML
      <?xml version="1.0"?><rss version="2.0">                  | a.txt    | FEED
      <?xml version="1.0"?><!-- x --><feed xmlns="a">           | a.html   | FEED
      <rdf:RDF xmlns:rdf="r">                                   | a        | FEED
      <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss>| a        | FEED
      <?xml version="1.0"?><html xmlns="x">                     | a.xml    | HTML
      <DOC>\\n<DOCNO> X </DOCNO>                                | APW1.001 | SGML
      <doc id="x">                                              | a.txt    | SGML
      <DOCNO>X</DOCNO>                                          | a.dat    | HTML
      WARC/1.1\\r\\nWARC-Type: warcinfo                         | a.txt    | WARC
      {"id": "s", "documents": []}                              | a.txt    | JSONL
      {}                                                        | a.dat    | JSONL
      {not json, just braces}                                   | a.txt    | TEXT
      <3 you all                                                | a.dat    | TEXT
      x                                                         | a.jsonl  | JSONL
      """)
  void detectsTheFormatFromTheContent(String content, String name, Format expected) {
    String c = content.replace("\\n", "\n").replace("\\r", "\r");
    Formats.Sniffed s = sniff(c, name);
    assertThat(s.refusal()).isNull();
    assertThat(s.format()).isEqualTo(expected);
  }

  @Test
  void refusals() {
    assertThat(sniff("", "a.txt").refusal()).isEqualTo("empty file");
    assertThat(sniff("<?xml version=\"1.0\"?><urlset xmlns=\"s\"><url/></urlset>", "sitemap.xml").refusal())
        .isEqualTo("XML document (<urlset>) that is neither a web page nor an RSS/Atom feed");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    assertThat(Formats.sniff(png, png.length, "a.html").refusal()).isEqualTo("binary file (PNG image), not text");
    byte[] bz = "BZh91AY&SY".getBytes(UTF_8);
    assertThat(Formats.sniff(bz, bz.length, "a.txt").refusal())
        .isEqualTo("binary file (bzip2-compressed; decompress it first), not text");
    byte[] junk = {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2, 3};
    assertThat(Formats.sniff(junk, junk.length, "a.html").refusal()).isEqualTo("binary file, not text");
  }

  @Test
  void wideUnicodeIsDecodedBeforeLooking() {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] noBom = "<html><body><p>Hi</p>".getBytes(cs);
      assertThat(Formats.sniff(noBom, noBom.length, "a").format()).isEqualTo(Format.HTML);
    }
    byte[] withBom = "\uFEFF<rss version=\"2.0\">".getBytes(StandardCharsets.UTF_16);
    assertThat(Formats.sniff(withBom, withBom.length, "a.txt").format()).isEqualTo(Format.FEED);
  }

  @Test
  void baseIds() {
    assertThat(RawInput.baseId("a.txt")).isEqualTo("a");
    assertThat(RawInput.baseId("a.html.gz")).isEqualTo("a");
    assertThat(RawInput.baseId("crawl.warc.GZ")).isEqualTo("crawl");
    assertThat(RawInput.baseId("APW19981017.0151")).isEqualTo("APW19981017.0151");
    assertThat(RawInput.baseId("noext")).isEqualTo("noext");
  }

  @Test
  void encodings() throws InputException {
    List<String> warnings = new ArrayList<>();
    byte[] koi = "Президент заявил во вторник, что правительство рассмотрит новый план.".getBytes(
        Charset.forName("KOI8-R"));
    assertThat(Encodings.decode(koi, koi.length, null, false, "k", warnings::add))
        .startsWith("Президент заявил");
    assertThat(warnings).containsExactly("k: not UTF-8; read as KOI8-R (detected)");
    warnings.clear();
    byte[] sjis = "東京都は火曜日、新しい計画を発表しました。市民の反応はさまざまです。".getBytes(
        Charset.forName("Shift_JIS"));
    assertThat(Encodings.decode(sjis, sjis.length, "shift_jis", true, "j", warnings::add)).startsWith("東京都は");
    assertThat(warnings).isEmpty();
    byte[] utf32 = "\uFEFFZ\u00fcrich".getBytes(Charset.forName("UTF-32BE"));
    assertThat(Encodings.decode(utf32, utf32.length, null, false, "u", warnings::add)).isEqualTo("Z\u00fcrich");
    byte[] bad = {'a', (byte) 0xC3, '(', (byte) 0x81};
    assertThat(Encodings.decode(bad, bad.length, "utf-8", true, "b", warnings::add)).startsWith("a");
    assertThat(warnings).singleElement().asString().startsWith("b: is not UTF-8 as it declares");
    assertThat(Encodings.forLabel("latin1")).isEqualTo(Encodings.WINDOWS_1252);
    assertThat(Encodings.forLabel("utf-16")).isNull();
    assertThat(Encodings.forLabel("no-such-charset")).isNull();
    byte[] meta = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'>"
        .getBytes(UTF_8);
    assertThat(Encodings.declaredInHtml(meta, meta.length)).isEqualTo("KOI8-R");
    byte[] xml = "\uFEFF<?xml version='1.0' encoding='windows-1250'?><rss/>".getBytes(UTF_8);
    assertThat(Encodings.declaredInXml(xml, xml.length)).isEqualTo("windows-1250");
  }
}
