package dev.precis.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.cluster.ArticleRows;
import dev.precis.cluster.SyntheticStream;
import dev.precis.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small generated inputs for the job's tests: a JSONL stream of article rows and a WARC crawl of news pages. */
final class JobInputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JobInputs() {}

  /** {@code n} generated articles (stories of made-up words, {@code perDay} a day), with their gold stories. */
  static List<ArticleRows.Row> stream(int n, int perDay, long seed) {
    List<ArticleRows.Row> rows = new ArrayList<>();
    new SyntheticStream(n, perDay, seed).forEachRemaining(rows::add);
    return rows;
  }

  /** One JSON line per article, the row format of the clustering streams. */
  static String jsonl(List<Document> docs) {
    StringBuilder b = new StringBuilder();
    for (Document d : docs) {
      ObjectNode n = JSON.createObjectNode();
      n.put("id", d.id());
      n.put("title", d.title());
      n.put("text", d.text());
      n.put("date", d.date() == null ? null : d.date().toString());
      n.put("source", d.source());
      n.put("lang", "en");
      b.append(n).append('\n');
    }
    return b.toString();
  }

  /** A news page holding an article. */
  static byte[] page(Document d) {
    return ("<html><head><title>" + d.title() + "</title></head><body><article><p>" + d.text()
        + "</p></article></body></html>").getBytes(UTF_8);
  }

  /** A WARC response record of a page (status 200, text/html), fetched at the article's date. */
  static WarcResponse response(String url, Document d, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(d.date().toInstant(ZoneOffset.UTC)).body(http).build();
  }

  /** A WARC file of the pages of {@code docs}. */
  static Path warc(Path file, List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(out)) {
      for (Document d : docs) {
        w.write(response("https://news.example/" + d.id(), d, "text/html; charset=utf-8", page(d)));
      }
    }
    return Files.write(file, out.toByteArray());
  }
}
