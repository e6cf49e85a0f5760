package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.ingest.InputException;
import dev.precis.ingest.StoryReader;
import dev.precis.ingest.StoryStream;
import dev.precis.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Times ingest and debris cleaning of HTML pages through the real path: invented news pages (about 50 KB each, in
 * varied layouts: navigation, cookie banner, article of 8 to 20 paragraphs with ads and share bars, related links,
 * comments, footer, inline scripts and styles; JSON-LD, OpenGraph only or microdata) are written to a temporary
 * directory, one subdirectory per story, and every story is read with {@link StoryReader} (a directory is one
 * story) and cleaned with the facade ({@link Precis#clean}). After one untimed warm-up pass over all pages, the
 * timed passes give pages per second (median, min and max), MB/s of HTML (MB = 2^20 bytes), the split between
 * ingest and cleaning, the CPU time per page of the worker threads (what the wall time would be on idle cores: on
 * a machine other work shares, pages/s understate the code's speed and CPU time does not), and the peak heap.
 * {@code --stages} adds where the time goes, by stage (read, decode, jsoup parse, metadata, pruning, readability4j
 * and its parts, text, cleaning), from stack samples of one more pass.
 *
 * <p>Usage: {@code IngestBenchmark [--pages N] [--kb K] [--per-story N] [--threads N] [--runs N] [--stages]
 * [--dir DIR]} (defaults 10,000 pages, 50 KB, 50 pages per story, 1 thread, 3 runs; {@code --dir} keeps the
 * pages in DIR instead of a temporary directory that is deleted at the end).
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pages = 10_000;
    int kb = 50;
    int perStory = 50;
    int threads = 1;
    int runs = 3;
    boolean stages = false;
    Path keep = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pages" -> pages = Integer.parseInt(args[++i]);
        case "--kb" -> kb = Integer.parseInt(args[++i]);
        case "--per-story" -> perStory = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--stages" -> stages = true;
        case "--dir" -> keep = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: IngestBenchmark [--pages N] [--kb K] [--per-story N] [--threads N] [--runs N] [--stages]"
            + " [--dir DIR]");
      }
    }
    Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("precis-ingest-bench");
    try {
      long t0 = System.nanoTime();
      Corpus corpus = PageGenerator.write(root, pages, kb * 1024, perStory, 20260311L);
      System.err.printf(Locale.ROOT, "ingest bench: wrote %,d pages (%.1f MB, %d stories) in %.1f s to %s%n",
          corpus.pages, corpus.bytes / 1048576.0, corpus.stories.size(), (System.nanoTime() - t0) / 1e9, root);

      System.err.println("ingest bench: warm-up pass");
      Pass warm = pass(corpus, threads);
      if (warm.pagesRead != corpus.pages) {
        System.err.printf(Locale.ROOT, "ingest bench: %d of %d pages gave no article; %d warnings%n",
            corpus.pages - warm.pagesRead, corpus.pages, warm.warnings);
      }
      List<Pass> timed = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        System.gc();
        resetPeaks();
        Pass p = pass(corpus, threads);
        timed.add(p);
        System.err.printf(Locale.ROOT, "ingest bench: run %d: %.1f s, %.0f pages/s%n", r + 1, p.seconds(),
            corpus.pages / p.seconds());
      }
      report(corpus, timed, threads);
      if (stages) {
        stages(corpus);
      }
    } finally {
      if (keep == null) {
        deleteTree(root);
      }
    }
  }

  /** The pages written: one directory per story. */
  record Corpus(List<Path> stories, int pages, long bytes, double meanTextChars) {}

  /** One pass over all stories: wall time, and the time spent in ingest and in cleaning (summed over threads). */
  private record Pass(long wallNanos, long ingestNanos, long cleanNanos, long cpuNanos, int pagesRead,
      long warnings, long peakHeapRuntime, long peakHeapPools) {
    double seconds() {
      return wallNanos / 1e9;
    }
  }

  private static Pass pass(Corpus corpus, int threads) throws Exception {
    AtomicLong ingest = new AtomicLong();
    AtomicLong clean = new AtomicLong();
    AtomicLong read = new AtomicLong();
    AtomicLong warnings = new AtomicLong();
    AtomicLong peak = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
    ThreadLocal<StoryReader> readers = ThreadLocal.withInitial(() -> new StoryReader(w -> warnings.incrementAndGet()));
    Precis precis = new Precis();
    Runtime rt = Runtime.getRuntime();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (Path dir : corpus.stories) {
        tasks.add(pool.submit(() -> {
          long cpu0 = threadsBean.getCurrentThreadCpuTime();
          long a = System.nanoTime();
          Story story = readOne(readers.get(), dir);
          long b = System.nanoTime();
          precis.clean(story);
          long c = System.nanoTime();
          cpu.addAndGet(threadsBean.getCurrentThreadCpuTime() - cpu0);
          ingest.addAndGet(b - a);
          clean.addAndGet(c - b);
          read.addAndGet(story.documents().size());
          peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
          return null;
        }));
      }
      for (Future<?> f : tasks) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    long wall = System.nanoTime() - start;
    return new Pass(wall, ingest.get(), clean.get(), cpu.get(), (int) read.get(), warnings.get(), peak.get(),
        poolPeaks());
  }

  private static Story readOne(StoryReader reader, Path dir) {
    try (StoryStream stories = reader.open(List.of(dir.toString()))) {
      return stories.next();
    } catch (InputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void report(Corpus corpus, List<Pass> timed, int threads) {
    double[] rates = timed.stream().mapToDouble(p -> corpus.pages / p.seconds()).sorted().toArray();
    double median = median(rates);
    double mb = corpus.bytes / 1048576.0;
    double[] mbs = timed.stream().mapToDouble(p -> mb / p.seconds()).sorted().toArray();
    long ingest = timed.stream().mapToLong(Pass::ingestNanos).sum();
    long clean = timed.stream().mapToLong(Pass::cleanNanos).sum();
    double cpuMs = timed.stream().mapToLong(Pass::cpuNanos).sum() / 1e6 / ((double) corpus.pages * timed.size());
    double pagesTimed = (double) corpus.pages * timed.size();
    long peakRuntime = timed.stream().mapToLong(Pass::peakHeapRuntime).max().orElse(0);
    long peakPools = timed.stream().mapToLong(Pass::peakHeapPools).max().orElse(0);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "| pages | HTML | threads (of %d cores) | pages/s, median [min, max] of %d runs "
        + "| MB/s, median | ms per page: ingest + clean | CPU ms per page (pages/s per core) "
        + "| peak heap (max %d MB) |%n",
        rt.availableProcessors(), timed.size(), rt.maxMemory() >> 20);
    System.out.println("|---|---|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| %,d in %d stories | %.0f MB, %.1f KB/page, %,.0f chars of text/page | %d "
        + "| %.0f [%.0f, %.0f] | %.1f | %.2f + %.2f | %.2f (%.0f) | %d MB (pools), %d MB (Runtime samples) |%n",
        corpus.pages, corpus.stories.size(), mb, corpus.bytes / 1024.0 / corpus.pages, corpus.meanTextChars,
        threads, median, rates[0], rates[rates.length - 1], median(mbs), ingest / 1e6 / pagesTimed,
        clean / 1e6 / pagesTimed, cpuMs, 1000 / cpuMs, peakPools >> 20, peakRuntime >> 20);
  }

  /** Stages of ingest and cleaning, told by the frames on the stack: the first that matches wins. */
  private static final String[][] STAGES = {
      {"debris cleaning (StoryCleaner)", "dev.precis.clean."},
      {"page metadata (PageMetadata: JSON-LD, OpenGraph, meta)", "dev.precis.ingest.PageMetadata."},
      {"article text from the chosen element (HtmlText.paragraphs)", "dev.precis.ingest.HtmlText.paragraphs"},
      {"readability4j: find the article (ArticleGrabber)", "net.dankito.readability4j.processor.ArticleGrabber."},
      {"readability4j: preprocess (Preprocessor)", "net.dankito.readability4j.processor.Preprocessor."},
      {"readability4j: its own metadata (MetadataParser)", "net.dankito.readability4j.processor.MetadataParser."},
      {"readability4j: make links absolute (Postprocessor)", "net.dankito.readability4j.processor.Postprocessor."},
      {"readability4j: set-up and the rest", "net.dankito.readability4j."},
      {"boilerplate pruning (HtmlText.prune)", "dev.precis.ingest.HtmlText.prune"},
      {"jsoup parse", "org.jsoup.Jsoup.parse"},
      {"decode and charset checks (Encodings, TextDecoder)", "dev.precis.ingest.Encodings.",
          "dev.precis.ingest.TextDecoder."},
      {"read and sniff (RawInput, Formats)", "dev.precis.ingest.RawInput.", "dev.precis.ingest.Formats."},
  };

  /**
   * Where the time of ingest and cleaning goes: one more single-threaded pass over the first 2,000 pages while a
   * sampler takes the worker's stack every millisecond ({@link Thread#getStackTrace}, so biased towards safepoints,
   * but it is the real path, not a re-enactment). Each sample is put in the first matching {@link #STAGES} entry.
   */
  private static void stages(Corpus corpus) throws Exception {
    List<Path> dirs = new ArrayList<>();
    int pages = 0;
    for (Path dir : corpus.stories) {
      if (pages >= 2000) {
        break;
      }
      dirs.add(dir);
      try (Stream<Path> s = Files.list(dir)) {
        pages += (int) s.count();
      }
    }
    StoryReader reader = new StoryReader(w -> {});
    Precis precis = new Precis();
    long[] counts = new long[STAGES.length + 1];
    long[] samples = new long[1];
    Thread worker = Thread.currentThread();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        StackTraceElement[] stack = worker.getStackTrace();
        int stage = stageOf(stack);
        if (stage >= 0) {
          counts[stage]++;
          samples[0]++;
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "ingest-bench-sampler");
    sampler.setDaemon(true);
    long t0 = System.nanoTime();
    sampler.start();
    for (Path dir : dirs) {
      precis.clean(readOne(reader, dir));
    }
    sampler.interrupt();
    sampler.join();
    double msPerPage = (System.nanoTime() - t0) / 1e6 / pages;
    System.out.println();
    System.out.printf(Locale.ROOT, "| stage (%,d pages, 1 thread, %,d stack samples) | share | ms per page |%n",
        pages, samples[0]);
    System.out.println("|---|---|---|");
    for (int i = 0; i <= STAGES.length; i++) {
      double share = samples[0] == 0 ? 0 : (double) counts[i] / samples[0];
      System.out.printf(Locale.ROOT, "| %s | %.0f%% | %.2f |%n", i < STAGES.length ? STAGES[i][0] : "other",
          100 * share, share * msPerPage);
    }
    System.out.printf(Locale.ROOT, "| **ingest + clean** | 100%% | **%.2f** |%n", msPerPage);
  }

  /** The stage of a stack, {@code STAGES.length} for other work of the pass, -1 when not in the pass. */
  private static int stageOf(StackTraceElement[] stack) {
    boolean inPass = false;
    for (StackTraceElement f : stack) {
      if (f.getClassName().equals(IngestBenchmark.class.getName())) {
        inPass = true;
        break;
      }
    }
    if (!inPass) {
      return -1;
    }
    for (int i = 0; i < STAGES.length; i++) {
      for (StackTraceElement f : stack) {
        String name = f.getClassName() + "." + f.getMethodName();
        for (int k = 1; k < STAGES[i].length; k++) {
          if (name.startsWith(STAGES[i][k])) {
            return i;
          }
        }
      }
    }
    return STAGES.length;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the peak usage of the heap pools since the last reset (an upper bound of the real peak). */
  private static long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Invented news pages; the same seed gives the same pages. */
  static final class PageGenerator {
    private static final String[] WORDS = ("the of and to in a is that for on was with said as at by from it an be "
        + "has have had were are will after its their but not this which more than about who been also two three "
        + "council residents officials water river bridge road police fire school hospital week month year "
        + "morning evening night minister mayor report plan budget workers union company market prices farmers "
        + "storm flood rain wind power station line service trains buses ferry harbour port village town city "
        + "district county region state government court judge trial case investigation inquiry committee "
        + "members vote election campaign party leader spokesman statement warning repairs damage cost million "
        + "percent people families children homes streets centre north south east west local national early "
        + "late new old first last second major small large public private emergency crews engineers staff "
        + "scheme project contract funding decision agreement talks strike protest crowd match season club "
        + "team coach players fans stadium record rise fall increase cut delay closure opening reopened "
        + "expected announced confirmed reported told added warned urged called described estimated").split(" ");
    private static final String[] PLACES = {"Veldenburg", "Korimako", "Ashby", "Pellham", "Kestwick", "Lindrach",
        "Brackenfold", "Harrowgate", "Osterhalde", "Marrowby", "Tullin", "Saint-Aubrac", "Eskervale", "Dunmore"};
    private static final String[] PEOPLE = {"Ilse Marden", "Tomas Quill", "Wiremu Fenn", "Agnes Roumier",
        "Piet van Houten", "Mara Ellison", "Colm Ashdown", "Rina Takeda", "Oskar Lind", "Hanna Brierley"};
    private static final String[][] OUTLETS = {{"The Northmere Courier", "courier.example"},
        {"Tidewater Post", "tidewater.example"}, {"Pellham Gazette", "gazette.example"},
        {"Harrowgate Evening Lamp", "lamp.example"}, {"Valley Herald", "valleyherald.example"},
        {"Kestwick Daily", "kestwick.example"}, {"The Eskervale Mercury", "mercury.example"},
        {"Coastline News", "coastline.example"}, {"Dunmore Observer", "observer.example"},
        {"Regional Wire", "wire.example"}, {"Marrowby Times", "marrowby.example"}, {"Tullin Today", "tullin.example"}};

    private final Random rnd;

    private PageGenerator(long seed) {
      this.rnd = new Random(seed);
    }

    static Corpus write(Path root, int pages, int targetBytes, int perStory, long seed) throws IOException {
      PageGenerator g = new PageGenerator(seed);
      List<Path> stories = new ArrayList<>();
      long bytes = 0;
      long textChars = 0;
      Path dir = null;
      for (int i = 0; i < pages; i++) {
        if (i % perStory == 0) {
          dir = Files.createDirectories(root.resolve(String.format(Locale.ROOT, "story-%04d", i / perStory)));
          stories.add(dir);
        }
        Page p = g.page(i, targetBytes);
        Files.write(dir.resolve(String.format(Locale.ROOT, "page-%05d.html", i)), p.bytes);
        bytes += p.bytes.length;
        textChars += p.textChars;
      }
      return new Corpus(stories, pages, bytes, (double) textChars / pages);
    }

    private record Page(byte[] bytes, int textChars) {}

    private Page page(int n, int targetBytes) {
      int outletIndex = rnd.nextInt(OUTLETS.length);
      String outlet = OUTLETS[outletIndex][0];
      String host = OUTLETS[outletIndex][1];
      // The outlet decides the layout, with some variation per page.
      int layout = outletIndex % 4; // 0 <article>, 1 <main> + div.story-body, 2 itemprop=articleBody, 3 bare divs
      int metadata = outletIndex % 3 == 2 ? 1 : rnd.nextInt(10) == 0 ? 2 : 0; // 0 JSON-LD, 1 OpenGraph only, 2 both
      boolean latin = outletIndex == 7;
      boolean bodyInJsonLd = outletIndex == 4;
      String place = pick(PLACES);
      String author = pick(PEOPLE);
      String headline = capitalize(sentenceWords(6 + rnd.nextInt(6))) + " in " + place;
      String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      String url = "https://" + host + "/news/2026/03/" + (10 + n % 18) + "/" + slug;
      String date = String.format(Locale.ROOT, "2026-03-%02dT%02d:%02d:00+01:00", 10 + n % 18, 6 + rnd.nextInt(14),
          rnd.nextInt(60));
      int paragraphCount = 8 + rnd.nextInt(13);
      List<String> paragraphs = new ArrayList<>();
      for (int i = 0; i < paragraphCount; i++) {
        paragraphs.add(paragraph(place));
      }
      int textChars = paragraphs.stream().mapToInt(String::length).sum();

      StringBuilder h = new StringBuilder(targetBytes + 8192);
      h.append("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"no-js\">\n<head>\n");
      h.append(latin ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
          : "<meta charset=\"utf-8\">\n");
      h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      h.append("<title>").append(headline).append(" | ").append(outlet).append("</title>\n");
      h.append("<meta name=\"description\" content=\"").append(paragraphs.get(0), 0,
          Math.min(150, paragraphs.get(0).length())).append("\">\n");
      h.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n");
      for (String r : new String[] {"preconnect", "dns-prefetch", "icon", "apple-touch-icon", "manifest"}) {
        h.append("<link rel=\"").append(r).append("\" href=\"https://static.").append(host).append("/").append(r)
            .append("\">\n");
      }
      for (int i = 0; i < 4; i++) {
        h.append("<link rel=\"stylesheet\" href=\"https://static.").append(host).append("/css/bundle-").append(i)
            .append(".css\">\n");
      }
      if (metadata != 0) {
        h.append("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"")
            .append(headline).append("\">\n<meta property=\"og:site_name\" content=\"").append(outlet)
            .append("\">\n<meta property=\"og:url\" content=\"").append(url)
            .append("\">\n<meta property=\"article:published_time\" content=\"").append(date)
            .append("\">\n<meta property=\"og:image\" content=\"https://static.").append(host)
            .append("/img/lead.jpg\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
            .append("<meta name=\"author\" content=\"").append(author).append("\">\n");
      }
      if (metadata != 1) {
        h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":")
            .append("\"NewsArticle\",\"headline\":\"").append(headline).append("\",\"datePublished\":\"")
            .append(date).append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"").append(author)
            .append("\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(outlet)
            .append("\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://static.").append(host)
            .append("/logo.png\"}},\"mainEntityOfPage\":\"").append(url).append("\",\"inLanguage\":\"en-GB\"");
        if (bodyInJsonLd) {
          h.append(",\"articleBody\":\"").append(String.join("\\n\\n", paragraphs)).append('"');
        }
        h.append("}</script>\n");
      }
      h.append("<style>\n");
      int rules = 40 + rnd.nextInt(60);
      for (int i = 0; i < rules; i++) {
        h.append(".c").append(Integer.toString(rnd.nextInt(1 << 20), 36)).append("{margin:").append(rnd.nextInt(24))
            .append("px ").append(rnd.nextInt(24)).append("px;color:#").append(Integer.toHexString(rnd.nextInt(1 << 24)))
            .append(";display:flex;font:").append(12 + rnd.nextInt(8)).append("px/1.4 Georgia,serif}\n");
      }
      h.append("</style>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
          .append("gtag('js',new Date());gtag('config','G-").append(Integer.toString(rnd.nextInt(1 << 30), 36))
          .append("');</script>\n</head>\n");
      h.append("<body class=\"article-page theme-").append(outletIndex).append("\">\n");
      h.append("<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n");
      h.append("<div id=\"cookie-consent\" class=\"cmp-banner\" role=\"dialog\"><p>We and our ")
          .append(100 + rnd.nextInt(700)).append(" partners use cookies and similar technologies to store and ")
          .append("access information on your device, for personalised ads and content, measurement and audience ")
          .append("insights.</p><button class=\"accept\">Accept all</button><button>Manage choices</button>")
          .append("<a href=\"/privacy\">Privacy policy</a></div>\n");
      h.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(outlet).append("</a>\n<nav ")
          .append("class=\"main-nav\"><ul>");
      int sections = 30 + rnd.nextInt(50);
      for (int i = 0; i < sections; i++) {
        String w = capitalize(pick(WORDS));
        h.append("<li class=\"nav-item\"><a href=\"/").append(w.toLowerCase(Locale.ROOT)).append("\">").append(w)
            .append("</a></li>");
      }
      h.append("</ul></nav><form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"Search\">")
          .append("<button>Go</button></form></header>\n");
      h.append("<div class=\"breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/news\">News</a> &rsaquo; ")
          .append(place).append("</div>\n");
      h.append("<div class=\"ad-slot ad-leaderboard\" data-ad-unit=\"top\">Advertisement</div>\n");

      String open;
      String close;
      switch (layout) {
        case 0 -> {
          open = "<main id=\"content\"><article class=\"story\">";
          close = "</article></main>";
        }
        case 1 -> {
          open = "<main id=\"content\"><div class=\"story-body\">";
          close = "</div></main>";
        }
        case 2 -> {
          open = "<div id=\"content\" class=\"layout\"><div class=\"col\" itemscope "
              + "itemtype=\"https://schema.org/NewsArticle\"><div itemprop=\"articleBody\">";
          close = "</div></div></div>";
        }
        default -> {
          open = "<div id=\"content\" class=\"wrapper\"><div class=\"content-main\">";
          close = "</div></div>";
        }
      }
      h.append(open).append("\n<h1 class=\"headline\">").append(headline).append("</h1>\n")
          .append("<div class=\"byline\">By <a href=\"/authors/").append(author.toLowerCase(Locale.ROOT)
              .replace(' ', '-')).append("\">").append(author).append("</a> <time datetime=\"").append(date)
          .append("\">10 March 2026</time></div>\n")
          .append("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a> ")
          .append("<a href=\"#\">Email</a> <a href=\"#\">Copy link</a></div>\n")
          .append("<figure class=\"lead-image\"><img src=\"https://static.").append(host)
          .append("/img/lead.jpg\" alt=\"\" width=\"1200\" height=\"800\"><figcaption>")
          .append(capitalize(sentenceWords(8))).append(". <span class=\"credit\">Photo: ").append(pick(PEOPLE))
          .append("</span></figcaption></figure>\n");
      for (int i = 0; i < paragraphs.size(); i++) {
        h.append("<p>").append(withInlineMarkup(paragraphs.get(i))).append("</p>\n");
        if (i % 4 == 3) {
          h.append("<div class=\"ad-slot ad-inline\" data-ad-unit=\"inline-").append(i)
              .append("\"><span>Advertisement</span></div>\n");
        }
        if (i == paragraphs.size() / 2) {
          if (rnd.nextBoolean()) {
            h.append("<aside class=\"related-inline\"><h3>Read more</h3><a href=\"/news/").append(rnd.nextInt(99999))
                .append("\">").append(capitalize(sentenceWords(7))).append("</a></aside>\n");
          } else {
            h.append("<blockquote class=\"pull-quote\"><p>").append(capitalize(sentenceWords(14)))
                .append(".</p></blockquote>\n");
          }
        }
      }
      h.append("<div class=\"newsletter-signup\"><h3>Get the morning briefing</h3><form><input type=\"email\">")
          .append("<button>Sign up</button></form></div>\n<ul class=\"tags\">");
      for (int i = 0; i < 5; i++) {
        h.append("<li><a href=\"/tag/").append(pick(WORDS)).append("\">").append(pick(WORDS)).append("</a></li>");
      }
      h.append("</ul>\n").append(close).append('\n');
      if (rnd.nextInt(3) == 0) {
        h.append("<section id=\"comments\" class=\"comments\"><h2>Comments</h2>");
        int comments = 3 + rnd.nextInt(6);
        for (int i = 0; i < comments; i++) {
          h.append("<div class=\"comment\"><b>").append(pick(WORDS)).append(rnd.nextInt(999)).append("</b><p>")
              .append(capitalize(sentenceWords(10 + rnd.nextInt(25)))).append(".</p></div>");
        }
        h.append("</section>\n");
      }
      h.append("<section class=\"related-articles\"><h2>Related stories</h2><ul>");
      int related = 8 + rnd.nextInt(5);
      for (int i = 0; i < related; i++) {
        h.append("<li class=\"card\"><a href=\"/news/").append(rnd.nextInt(99999)).append("\"><img src=\"/img/t")
            .append(i).append(".jpg\" alt=\"\"><h3>").append(capitalize(sentenceWords(7))).append("</h3><p>")
            .append(capitalize(sentenceWords(18))).append(".</p></a></li>");
      }
      h.append("</ul></section>\n<aside class=\"most-read sidebar\"><h2>Most read</h2><ol>");
      for (int i = 0; i < 10; i++) {
        h.append("<li><a href=\"/news/").append(rnd.nextInt(99999)).append("\">").append(capitalize(sentenceWords(8)))
            .append("</a></li>");
      }
      h.append("</ol></aside>\n<footer class=\"site-footer\">");
      for (int col = 0; col < 4; col++) {
        h.append("<div class=\"footer-col\"><h4>").append(capitalize(pick(WORDS))).append("</h4><ul>");
        for (int i = 0; i < 10; i++) {
          String w = pick(WORDS);
          h.append("<li><a href=\"/").append(w).append("\">").append(capitalize(w)).append("</a></li>");
        }
        h.append("</ul></div>");
      }
      h.append("<p class=\"copyright\">&copy; 2026 ").append(outlet).append(". All rights reserved. ")
          .append("Registered office: 1 Harbour Street, ").append(place).append(".</p></footer>\n");
      // Application state and loaders, as news sites ship them; they bring the page to its size.
      h.append("<script id=\"__APP_STATE__\" type=\"application/json\">{\"page\":{\"id\":").append(n)
          .append(",\"section\":\"news\"},\"teasers\":[");
      boolean first = true;
      while (h.length() < targetBytes - 600) {
        if (!first) {
          h.append(',');
        }
        first = false;
        h.append("{\"id\":").append(rnd.nextInt(1_000_000)).append(",\"title\":\"")
            .append(capitalize(sentenceWords(8))).append("\",\"url\":\"/news/").append(rnd.nextInt(99999))
            .append("\",\"image\":{\"src\":\"/img/").append(Integer.toHexString(rnd.nextInt()))
            .append(".jpg\",\"w\":640,\"h\":360}}");
      }
      h.append("]}</script>\n<script src=\"https://static.").append(host).append("/js/app.js\" defer></script>\n")
          .append("<script>(function(){var s=document.createElement('script');s.async=true;s.src='https://ads.")
          .append(host).append("/loader.js';document.head.appendChild(s);})();</script>\n</body>\n</html>\n");
      byte[] bytes = h.toString().getBytes(latin ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
      return new Page(bytes, textChars);
    }

    private String paragraph(String place) {
      int sentences = 3 + rnd.nextInt(4);
      StringBuilder p = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          p.append(' ');
        }
        String sentence = capitalize(sentenceWords(10 + rnd.nextInt(16)));
        switch (rnd.nextInt(6)) {
          case 0 -> sentence += ", " + pick(PEOPLE) + " said";
          case 1 -> sentence += " in " + place;
          case 2 -> sentence += ", up " + (2 + rnd.nextInt(40)) + " per cent on last year";
          case 3 -> sentence = "\u201c" + sentence + ",\u201d said " + pick(PEOPLE);
          default -> { }
        }
        p.append(sentence).append('.');
      }
      return p.toString();
    }

    /** Some words of the paragraph in links, emphasis or bold, as articles have them. */
    private String withInlineMarkup(String paragraph) {
      String[] words = paragraph.split(" ");
      StringBuilder out = new StringBuilder(paragraph.length() + 64);
      for (int i = 0; i < words.length; i++) {
        if (i > 0) {
          out.append(' ');
        }
        int r = rnd.nextInt(40);
        if (r == 0) {
          out.append("<a href=\"/topic/").append(words[i].replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT))
              .append("\">").append(words[i]).append("</a>");
        } else if (r == 1) {
          out.append("<em>").append(words[i]).append("</em>");
        } else if (r == 2) {
          out.append("<strong>").append(words[i]).append("</strong>");
        } else {
          out.append(words[i]);
        }
      }
      return out.toString();
    }

    private String sentenceWords(int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          s.append(' ');
        }
        s.append(rnd.nextInt(12) == 0 ? pick(PLACES) : pick(WORDS));
      }
      return s.toString();
    }

    private String pick(String[] from) {
      return from[rnd.nextInt(from.length)];
    }

    private static String capitalize(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
