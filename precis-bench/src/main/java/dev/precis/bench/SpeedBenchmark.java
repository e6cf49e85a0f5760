package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.summarize.Summarizers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the whole library path (segment, analyze, select, order, cite) on real stories after warm-up:
 * every DUC 2003 cluster (10 newswire articles each) and one story of 1,000 articles (all DUC 2003 articles,
 * then Multi-News validation ones). Prints a Markdown table with median and spread per summarizer.
 *
 * <p>Usage: {@code SpeedBenchmark SHARED_DATA_DIR [ALGORITHM...]}
 */
public final class SpeedBenchmark {
  private SpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<String> algorithms = args.length > 1
        ? Arrays.asList(args).subList(1, args.length) : new ArrayList<>(Summarizers.all().keySet());
    List<Story> duc = read(data.resolve("duc2003.jsonl"), Integer.MAX_VALUE);
    Story thousand = thousandArticles(duc, data.resolve("multinews-val.jsonl.gz"));
    System.out.printf(Locale.ROOT, "| algorithm | 10-article story (DUC 2003, %d stories): median ms [p10, p90] "
        + "| 1,000-article story (%d words): median ms [min, max] |%n", duc.size(), words(thousand));
    System.out.println("|---|---|---|");
    for (String name : algorithms) {
      Precis precis = Precis.builder().summarizer(name).build();
      // Warm-up: the JIT compiles the hot paths before anything is timed.
      for (int round = 0; round < 5; round++) {
        for (Story story : duc) {
          precis.summarize(story);
        }
      }
      precis.summarize(thousand);
      double[] small = new double[duc.size() * 5];
      int k = 0;
      for (int round = 0; round < 5; round++) {
        for (Story story : duc) {
          long t0 = System.nanoTime();
          precis.summarize(story);
          small[k++] = (System.nanoTime() - t0) / 1e6;
        }
      }
      double[] large = new double[5];
      for (int i = 0; i < large.length; i++) {
        long t0 = System.nanoTime();
        precis.summarize(thousand);
        large[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(small);
      Arrays.sort(large);
      System.out.printf(Locale.ROOT, "| %s | %.2f [%.2f, %.2f] | %.0f [%.0f, %.0f] |%n", name,
          quantile(small, 0.5), quantile(small, 0.1), quantile(small, 0.9),
          quantile(large, 0.5), large[0], large[large.length - 1]);
    }
  }

  private static List<Story> read(Path file, int limit) throws Exception {
    List<Story> out = new ArrayList<>();
    StoryReader reader = new StoryReader(w -> System.err.println("warning: " + w));
    try (StoryStream stream = reader.open(List.of(file.toString()))) {
      while (stream.hasNext() && out.size() < limit) {
        out.add(stream.next());
      }
    }
    return out;
  }

  /**
   * One story of 1,000 articles: the 300 full-length DUC 2003 articles, then Multi-News validation articles
   * (shorter, truncated) up to 1,000.
   */
  private static Story thousandArticles(List<Story> duc, Path file) throws Exception {
    List<Document> docs = new ArrayList<>();
    for (Story story : duc) {
      for (Document d : story.documents()) {
        docs.add(new Document("d" + docs.size(), d.title(), d.source(), d.url(), d.date(), d.text()));
      }
    }
    StoryReader reader = new StoryReader(w -> System.err.println("warning: " + w));
    try (StoryStream stream = reader.open(List.of(file.toString()))) {
      while (stream.hasNext() && docs.size() < 1000) {
        for (Document d : stream.next().documents()) {
          if (docs.size() < 1000) {
            docs.add(new Document("d" + docs.size(), d.title(), d.source(), d.url(), d.date(), d.text()));
          }
        }
      }
    }
    return Story.of("thousand", docs);
  }

  private static int words(Story story) {
    return story.documents().stream().mapToInt(d -> dev.precis.model.Words.count(d.text())).sum();
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
