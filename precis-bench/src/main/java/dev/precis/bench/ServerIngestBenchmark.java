package dev.precis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.json.PrecisJson;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Sustained ingest into a running {@code precis serve}: the articles of the first N clusters of a benchmark JSONL
 * (Multi-News train) as a news stream, each cluster a story whose articles come from different outlets and arrive
 * over a few hours, stories starting one after another and overlapping, posted in batches to
 * {@code POST /api/articles}. Timed from the first post until {@code /healthz} says the story updater is idle
 * (every article clustered, every story summarized): articles per second including clustering and summary
 * updates, with the backlog drained. Then writes the ids of the shown stories, one a line, for {@code wrk}.
 *
 * <p>With {@code --per-story K}, a cluster of fewer than K articles is filled up to K with articles made of its own
 * paragraphs in another order (another outlet rewriting the story), so that N stories hold N K articles.
 *
 * <p>Usage: {@code ServerIngestBenchmark --url http://127.0.0.1:PORT --data FILE.jsonl.gz --stories N
 * [--per-story K] [--batch 20] [--ids FILE]}
 */
public final class ServerIngestBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int OUTLETS = 40;

  private ServerIngestBenchmark() {}

  private record Item(LocalDateTime at, Document doc) {}

  public static void main(String[] args) throws Exception {
    String url = null;
    Path data = null;
    Path ids = null;
    int stories = 1000;
    int batch = 20;
    int perStory = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = args[++i];
        case "--data" -> data = Path.of(args[++i]);
        case "--stories" -> stories = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--per-story" -> perStory = Integer.parseInt(args[++i]);
        case "--ids" -> ids = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null || data == null) {
      throw new IllegalArgumentException("give --url and --data");
    }
    List<Item> stream = stream(data, stories, perStory);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long started = System.nanoTime();
    int created = 0;
    for (int i = 0; i < stream.size(); i += batch) {
      StringBuilder body = new StringBuilder("[");
      for (Item item : stream.subList(i, Math.min(stream.size(), i + batch))) {
        body.append(body.length() > 1 ? "," : "").append(PrecisJson.write(item.doc()));
      }
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles"))
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
          .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200 && r.statusCode() != 201) {
        throw new IllegalStateException("POST /api/articles: " + r.statusCode() + " " + r.body());
      }
      for (JsonNode a : JSON.readTree(r.body()).get("articles")) {
        created += a.get("created").asBoolean() ? 1 : 0;
      }
    }
    double posted = (System.nanoTime() - started) / 1e9;
    JsonNode health;
    int polls = 0;
    while (true) {
      health = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/healthz")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      if (health.get("stories").get("idle").asBoolean()) {
        break;
      }
      if (++polls % 100 == 0) {
        System.out.printf(Locale.ROOT, "  backlog after %.0f s: clustered through %d, %d stories to summarize%n",
            (System.nanoTime() - started) / 1e9, health.get("stories").get("clustered_through").asLong(),
            health.get("stories").get("pending_summaries").asInt());
      }
      Thread.sleep(100);
    }
    double drained = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "articles: %d posted (%d new) from %d clusters, in batches of %d%n",
        stream.size(), created, stories, batch);
    System.out.printf(Locale.ROOT, "posting: %.1f s (%.0f articles/s acknowledged)%n", posted, stream.size() / posted);
    System.out.printf(Locale.ROOT, "backlog drained (clustered and summarized): %.1f s after the first post:"
        + " %.0f articles/s sustained%n", drained, stream.size() / drained);
    List<Long> shown = new ArrayList<>();
    for (int offset = 0; ; offset += 1000) {
      JsonNode page = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url
          + "/api/stories?limit=1000&offset=" + offset)).build(), HttpResponse.BodyHandlers.ofString()).body());
      page.get("stories").forEach(s -> shown.add(s.get("id").asLong()));
      if (page.get("stories").size() < 1000) {
        break;
      }
    }
    System.out.printf(Locale.ROOT, "stories shown: %d%n", shown.size());
    if (ids != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ids))) {
        shown.forEach(out::println);
      }
    }
  }

  /**
   * The articles of the first {@code n} clusters as a stream: cluster i starts at minute 5 i, its articles follow
   * every 40 minutes from outlets chosen so that no two articles of a story share one; clusters of fewer than
   * {@code perStory} articles are filled up with rewritten ones.
   */
  static List<Item> stream(Path data, int n, int perStory) throws Exception {
    List<Item> items = new ArrayList<>();
    LocalDateTime epoch = LocalDateTime.parse("2026-01-01T00:00:00");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
      String line;
      int i = 0;
      while (i < n && (line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Story story = PrecisJson.readStory(line);
        List<Document> docs = new ArrayList<>(story.documents().stream().filter(d -> !d.text().isBlank()).toList());
        if (docs.isEmpty()) {
          continue;
        }
        for (int k = docs.size(), original = docs.size(); k < perStory; k++) {
          docs.add(rewritten(docs.get(k % original), k));
        }
        int j = 0;
        for (Document d : docs) {
          LocalDateTime at = epoch.plusMinutes(5L * i + 40L * j);
          String outlet = "Outlet " + ((i * 7 + j) % OUTLETS);
          items.add(new Item(at, new Document("c" + i + "-" + j, d.title(), outlet,
              "https://outlet" + ((i * 7 + j) % OUTLETS) + ".example/" + i + "/" + j, at, d.text())));
          j++;
        }
        i++;
      }
    }
    items.sort(Comparator.comparing(Item::at));
    return items;
  }

  /**
   * Another outlet's version of an article: its paragraphs (its sentences when it has fewer than three) rotated by
   * {@code k}, the last one dropped when there are more than two, and a desk line of its own.
   */
  private static Document rewritten(Document d, int k) {
    List<String> units = new ArrayList<>(List.of(d.text().split("\\n\\s*\\n")));
    String glue = "\n\n";
    if (units.size() < 3) {
      units = new ArrayList<>(List.of(d.text().split("(?<=[.!?])\\s+")));
      glue = " ";
    }
    java.util.Collections.rotate(units, k);
    if (units.size() > 2) {
      units.remove(units.size() - 1);
    }
    return d.withText(String.join(glue, units) + "\n\nFiled by desk " + k + ".");
  }
}
