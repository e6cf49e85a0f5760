package dev.precis.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.cluster.ArticleRows;
import dev.precis.ingest.Skips;
import dev.precis.model.Document;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;

/** Bad records of every kind are counted by kind and skipped; the job goes on and reads the rest. */
class BadInputTest {
  @TempDir Path tmp;

  @Test
  void badRecordsAreCountedByKindAndTheJobFinishes() throws Exception {
    List<Document> docs = JobInputs.stream(60, 30, 5).stream().map(ArticleRows.Row::article).toList();
    Path in = Files.createDirectories(tmp.resolve("in"));
    // JSONL: 20 good rows, a malformed line, a row without text.
    Files.writeString(in.resolve("a-rows.jsonl"), JobInputs.jsonl(docs.subList(0, 20)) + "{\"id\": \"x\", \"text\n"
        + "{\"id\": \"no-text\", \"title\": \"Nothing\"}\n", UTF_8);
    // Gzip cut in half: the rows before the cut are kept, the one it broke is a malformed line.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(JobInputs.jsonl(docs.subList(20, 40)).getBytes(UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("b-cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    // WARC: good pages around a corrupt record, a binary payload served as HTML and a page without text.
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(warc)) {
      w.write(JobInputs.response("https://news.example/1", docs.get(40), "text/html", JobInputs.page(docs.get(40))));
    }
    warc.write("WARC/1.0\r\nWARC-Type response\r\nthis is no header\r\n\r\n".getBytes(UTF_8));
    try (WarcWriter w = new WarcWriter(warc)) {
      byte[] png = new byte[600];
      png[0] = (byte) 0x89;
      png[1] = 'P';
      png[2] = 'N';
      png[3] = 'G';
      w.write(JobInputs.response("https://news.example/photo", docs.get(41), "text/html", png));
      w.write(JobInputs.response("https://news.example/empty", docs.get(41), "text/html",
          "<html><body><nav></nav></body></html>".getBytes(UTF_8)));
      w.write(JobInputs.response("https://news.example/2", docs.get(42), "text/html", JobInputs.page(docs.get(42))));
    }
    Files.write(in.resolve("c-crawl.warc"), warc.toByteArray());
    // A binary file and an empty one.
    Files.write(in.resolve("d-image.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 0, 0, 0});
    Files.write(in.resolve("e-empty.txt"), new byte[0]);

    JobSummary s = PrecisJob.run(SharedSpark.get(), JobOptions.parse(new String[] {"--input", in.toString(),
        "--output", tmp.resolve("out").toString(), "--no-summary"}));

    assertThat(s.skipped(Skips.Kind.MALFORMED_LINE)).isEqualTo(2); // and the line the cut broke
    assertThat(s.skipped(Skips.Kind.TRUNCATED_GZIP)).isEqualTo(1);
    assertThat(s.skipped(Skips.Kind.CORRUPT_RECORD)).isEqualTo(1);
    assertThat(s.skipped(Skips.Kind.BINARY)).isEqualTo(2);
    assertThat(s.skipped(Skips.Kind.EMPTY_PAGE)).isEqualTo(2);
    assertThat(s.skipped(Skips.Kind.UNREADABLE)).isEqualTo(1);
    assertThat(s.articles()).isGreaterThan(20 + 2).isLessThan(20 + 20 + 2);
    assertThat(s.describe()).contains("skipped: corrupt record 1, truncated gzip 1, malformed line 2, binary 2,"
        + " empty page 2");
  }
}
