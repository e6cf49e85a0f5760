package dev.precis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Document;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the Spark job's benchmark corpus: {@code N} article rows (the clustering streams' row format, with the
 * gold {@code story}) made from Multi-News train, spread over a year, in date order, in gzipped part files.
 *
 * <p>The year is cut into 12 slots of 30 days; in each slot every Multi-News cluster is told once more as a new
 * story (ids {@code SLOT-CLUSTER-DOC}) starting on a random day of the slot, its articles within two days of the
 * start. One cluster in five is a lone article (only its first document), unrelated to any other; one article in
 * six gets a wire copy (another outlet, a few hours later, a line added). Run with a clustering window under 30
 * days (the benchmark uses 7), a slot's stories never meet the next slot's retelling of the same cluster.
 *
 * <p>Usage: {@code SparkCorpus --data multinews-train.jsonl.gz --articles N --out DIR [--files K] [--seed S]}.
 * The data is read from where it lies and never copied into the project.
 */
public final class SparkCorpus {
  private static final String[] OUTLETS = {"Harbour Wire", "Northmere Courier", "Valley Ledger", "Tidemark News",
      "Kestrel Gazette", "Meridian Press", "Coastline Daily", "Upland Herald"};
  private static final LocalDateTime YEAR = LocalDateTime.of(2025, 1, 1, 0, 0);
  private static final ObjectMapper JSON = new ObjectMapper();

  private SparkCorpus() {}

  /** One article to write: when, which cluster and document, and whether it is a wire copy. */
  private record Planned(long minute, int cluster, int doc, int slot, boolean copy, int outlet) {}

  public static void main(String[] args) throws IOException, InputException {
    Path data = null;
    Path out = null;
    int articles = 1_000_000;
    int files = 16;
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--articles" -> articles = Integer.parseInt(args[++i].replace("_", ""));
        case "--out" -> out = Path.of(args[++i]);
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (data == null || out == null) {
      throw new IllegalArgumentException("usage: SparkCorpus --data FILE --articles N --out DIR [--files K]");
    }
    List<List<String>> clusters = read(data);
    SplittableRandom random = new SplittableRandom(seed);
    List<Planned> plan = new ArrayList<>(articles + 16);
    outer:
    for (int slot = 0; slot < 12; slot++) {
      int[] order = shuffled(clusters.size(), random);
      for (int c : order) {
        long start = slot * 30L * 1440 + random.nextLong(28L * 1440);
        int docs = random.nextDouble() < 0.2 ? 1 : clusters.get(c).size();
        for (int d = 0; d < docs; d++) {
          long minute = start + random.nextLong(2L * 1440);
          int outlet = random.nextInt(OUTLETS.length);
          plan.add(new Planned(minute, c, d, slot, false, outlet));
          if (random.nextInt(6) == 0) {
            plan.add(new Planned(minute + 30 + random.nextLong(6L * 60), c, d, slot, true,
                (outlet + 1 + random.nextInt(OUTLETS.length - 1)) % OUTLETS.length));
          }
          if (plan.size() >= articles) {
            break outer;
          }
        }
      }
    }
    plan.sort((a, b) -> a.minute != b.minute ? Long.compare(a.minute, b.minute)
        : a.cluster != b.cluster ? Integer.compare(a.cluster, b.cluster) : Boolean.compare(a.copy, b.copy));
    Files.createDirectories(out);
    int perFile = (plan.size() + files - 1) / files;
    for (int f = 0; f < files; f++) {
      Path file = out.resolve(String.format(Locale.ROOT, "part-%05d.jsonl.gz", f));
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
          StandardCharsets.UTF_8)) {
        for (Planned p : plan.subList(Math.min(plan.size(), f * perFile), Math.min(plan.size(), (f + 1) * perFile))) {
          ObjectNode row = JSON.createObjectNode();
          row.put("id", p.slot + "-" + p.cluster + "-" + p.doc + (p.copy ? "-copy" : ""));
          row.put("title", "");
          String text = clusters.get(p.cluster).get(p.doc);
          row.put("text", p.copy ? text + "\n\nThis report was distributed by " + OUTLETS[p.outlet] + "." : text);
          row.put("date", YEAR.plusMinutes(p.minute).toString());
          row.put("source", OUTLETS[p.outlet]);
          row.put("lang", "en");
          row.put("story", p.slot + "-" + p.cluster);
          w.write(row.toString());
          w.write('\n');
        }
      }
    }
    System.out.printf(Locale.ROOT, "%,d articles from %,d Multi-News clusters in %d files under %s%n", plan.size(),
        clusters.size(), files, out);
  }

  /** The texts of every cluster of a Multi-News JSONL file (one story per line), read by the library's reader. */
  private static List<List<String>> read(Path data) throws InputException {
    List<List<String>> clusters = new ArrayList<>();
    try (StoryStream stories = new StoryReader(System.err::println).open(List.of(data.toString()))) {
      while (stories.hasNext()) {
        List<String> texts = stories.next().documents().stream().map(Document::text).filter(t -> !t.isBlank())
            .toList();
        if (!texts.isEmpty()) {
          clusters.add(texts);
        }
      }
    }
    return clusters;
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] a = new int[n];
    Arrays.setAll(a, i -> i);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
