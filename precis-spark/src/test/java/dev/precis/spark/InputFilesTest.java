package dev.precis.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.cluster.ArticleRows;
import dev.precis.ingest.Skips;
import dev.precis.model.Document;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path tmp;
  private final Configuration conf = new Configuration();

  private List<Document> read(List<InputFiles.Part> parts, Map<Skips.Kind, LongAccumulator> skipped) {
    List<Document> docs = new ArrayList<>();
    for (InputFiles.Part p : parts) {
      InputFiles.read(p, new HadoopConf(conf), skipped).forEachRemaining(docs::add);
    }
    return docs;
  }

  private static Map<Skips.Kind, LongAccumulator> accumulators() {
    Map<Skips.Kind, LongAccumulator> m = new HashMap<>();
    for (Skips.Kind k : Skips.Kind.values()) {
      LongAccumulator a = new LongAccumulator();
      m.put(k, a);
    }
    return m;
  }

  @Test
  void aLargeFileOfRowsIsReadInPartsThatTogetherGiveItsArticlesOnceInOrder() throws Exception {
    List<Document> docs = JobInputs.stream(120, 30, 3).stream().map(ArticleRows.Row::article).toList();
    String rows = JobInputs.jsonl(docs.subList(0, 60)) + "\n{\"id\": \"broken\", \"text\n"
        + JobInputs.jsonl(docs.subList(60, 120));
    Path file = Files.writeString(tmp.resolve("rows.jsonl"), rows, UTF_8);
    List<String> files = List.of(file.toString());
    Map<Skips.Kind, LongAccumulator> wholeSkips = accumulators();
    List<Document> whole = read(InputFiles.parts(files, conf, Files.size(file)), wholeSkips);
    assertThat(whole).hasSize(120);

    for (long split : new long[] {97, 1000, 4099, Files.size(file) - 1}) {
      List<InputFiles.Part> parts = InputFiles.parts(files, conf, split);
      assertThat(parts).hasSize((int) ((Files.size(file) + split - 1) / split));
      assertThat(parts.get(1).name()).isEqualTo(file + " [bytes " + split + "-" + Math.min(2 * split,
          Files.size(file)) + "]");
      Map<Skips.Kind, LongAccumulator> skipped = accumulators();
      List<Document> read = read(parts, skipped);
      assertThat(read).as("split %d", split).isEqualTo(whole);
      assertThat(skipped.get(Skips.Kind.MALFORMED_LINE).value()).isEqualTo(1);
      assertThat(skipped.get(Skips.Kind.UNREADABLE).value()).isZero();
    }
  }

  @Test
  void compressedFilesAndOtherFormatsAreReadWholeWhateverTheirSize() throws Exception {
    List<Document> docs = JobInputs.stream(40, 30, 4).stream().map(ArticleRows.Row::article).toList();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(JobInputs.jsonl(docs).getBytes(UTF_8));
    }
    Path zipped = Files.write(tmp.resolve("rows.jsonl.gz"), gz.toByteArray());
    Path crawl = JobInputs.warc(tmp.resolve("crawl.warc"), docs);
    Path tiny = Files.writeString(tmp.resolve("tiny.jsonl"), "{\"id\": \"t\", \"text\": \"Short.\"}\n", UTF_8);
    Path rows = Files.writeString(tmp.resolve("rows.jsonl"), JobInputs.jsonl(docs.subList(0, 2)), UTF_8);

    List<InputFiles.Part> parts = InputFiles.parts(List.of(zipped.toString(), crawl.toString(), tiny.toString(),
        rows.toString()), conf, 100);

    assertThat(parts.subList(0, 3)).containsExactly(InputFiles.Part.whole(zipped.toString()),
        InputFiles.Part.whole(crawl.toString()), InputFiles.Part.whole(tiny.toString()));
    assertThat(parts.subList(3, parts.size())).hasSize((int) ((Files.size(rows) + 99) / 100))
        .allMatch(p -> !p.isWhole() && p.file().equals(rows.toString()));
    assertThat(read(parts, accumulators())).extracting(Document::id).hasSize(40 + 40 + 1 + 2)
        .endsWith("t", docs.get(0).id(), docs.get(1).id());
  }
}
