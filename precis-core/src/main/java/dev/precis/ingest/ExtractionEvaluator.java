package dev.precis.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures {@link ArticleExtractor} on pages whose article is known: precision, recall and F1 of the main text
 * over word 4-gram shingles (the convention of the article-extraction benchmarks), and how often the title, the
 * author and the date are right.
 *
 * <h2>Scoring</h2>
 *
 * Texts are lower-cased and split into words (runs of letters and digits); a text's shingles are the multiset of
 * its runs of 4 consecutive words (a text of 1 to 3 words is one shingle). Per page, precision is the share of the
 * extracted shingles found in the expected text (multiset intersection), recall the share of the expected shingles
 * found in the extracted text, F1 their harmonic mean; a page the extractor refuses or returns no text for scores
 * 0 on all three. The figures reported are means over pages. A title or author is right when it equals the
 * expected one after lower-casing, folding quotes and dashes and collapsing white space (authors as a set of
 * names split at commas and "and"); a date is right when the calendar day is. Title, author and date are scored
 * only on pages that carry one.
 *
 * <h2>Page directory format</h2>
 *
 * Every {@code NAME.html} page has its expected result in {@code NAME.expected}: UTF-8, lines {@code Title:},
 * {@code Author:} and {@code Date:} (ISO 8601 date or date-time; each optional), a blank line, then the article's
 * text, paragraphs separated by blank lines.
 *
 * <p>Usage: {@code ExtractionEvaluator DIR [--pages]} ({@code --pages} adds one line per page).
 */
public final class ExtractionEvaluator {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 4;

  private final ArticleExtractor extractor;

  public ExtractionEvaluator() {
    this(new ArticleExtractor(w -> {}));
  }

  public ExtractionEvaluator(ArticleExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** What a reader should get from a page; null fields where the page carries none. */
  public record Expected(String title, String author, LocalDate date, String text) {
    public Expected {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The score of one page.
   *
   * @param error why the extractor gave no article, or null
   * @param title whether the title is right; null when none is expected (so for author and date)
   */
  public record PageScore(String page, double precision, double recall, double f1, String error, Boolean title,
      Boolean author, Boolean date, ExtractedArticle extracted) {}

  /** Means over pages. */
  public record Summary(int pages, int withoutText, double precision, double recall, double f1, Accuracy title,
      Accuracy author, Accuracy date) {}

  /** Right answers out of the pages that carry the field. */
  public record Accuracy(int right, int of) {
    public double share() {
      return of == 0 ? Double.NaN : (double) right / of;
    }
  }

  /** Extracts {@code page} and scores it against {@code expected}. */
  public PageScore score(String name, byte[] page, Expected expected) {
    ExtractedArticle a;
    try {
      a = extractor.extract(page, name);
    } catch (InputException e) {
      return new PageScore(name, 0, 0, 0, e.getMessage(), expected.title() == null ? null : false,
          expected.author() == null ? null : false, expected.date() == null ? null : false, null);
    }
    double[] prf = shingleScores(a.text(), expected.text());
    return new PageScore(name, prf[0], prf[1], prf[2], null,
        expected.title() == null ? null : sameText(a.title(), expected.title()),
        expected.author() == null ? null : sameAuthors(a.author(), expected.author()),
        expected.date() == null ? null : a.date() != null && a.date().toLocalDate().equals(expected.date()),
        a);
  }

  /** Means over {@code scores}. */
  public static Summary summarize(List<PageScore> scores) {
    double p = 0;
    double r = 0;
    double f = 0;
    int empty = 0;
    int[] title = new int[2];
    int[] author = new int[2];
    int[] date = new int[2];
    for (PageScore s : scores) {
      p += s.precision;
      r += s.recall;
      f += s.f1;
      empty += s.error != null ? 1 : 0;
      count(title, s.title);
      count(author, s.author);
      count(date, s.date);
    }
    int n = Math.max(1, scores.size());
    return new Summary(scores.size(), empty, p / n, r / n, f / n, new Accuracy(title[0], title[1]),
        new Accuracy(author[0], author[1]), new Accuracy(date[0], date[1]));
  }

  private static void count(int[] tally, Boolean right) {
    if (right != null) {
      tally[1]++;
      tally[0] += right ? 1 : 0;
    }
  }

  /** Precision, recall and F1 of {@code extracted}'s word 4-gram shingles against {@code expected}'s. */
  public static double[] shingleScores(String extracted, String expected) {
    Map<String, Integer> got = shingles(extracted);
    Map<String, Integer> want = shingles(expected);
    int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    if (gotTotal == 0 || wantTotal == 0) {
      double same = gotTotal == wantTotal ? 1 : 0;
      return new double[] {same, same, same};
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    double p = (double) common / gotTotal;
    double r = (double) common / wantTotal;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** The multiset of word 4-gram shingles of {@code text}. */
  static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    if (words.isEmpty()) {
      return out;
    }
    int n = Math.min(SHINGLE, words.size());
    for (int i = 0; i + n <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  static boolean sameText(String got, String want) {
    return got != null && PageMetadata.folded(got).equals(PageMetadata.folded(want));
  }

  static boolean sameAuthors(String got, String want) {
    return got != null && names(got).equals(names(want));
  }

  private static TreeSet<String> names(String authors) {
    TreeSet<String> out = new TreeSet<>();
    for (String n : PageMetadata.folded(authors).split("\\s*(?:,|&|\\band\\b)\\s*")) {
      if (!n.isBlank()) {
        out.add(n.strip());
      }
    }
    return out;
  }

  /** Reads an expected file's content (format in the class comment). */
  public static Expected parseExpected(String content) {
    String text = TextNormalizer.normalize(content);
    Map<String, String> fields = new HashMap<>();
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      String line = text.substring(pos, nl < 0 ? text.length() : nl);
      int colon = line.indexOf(':');
      if (line.isBlank() || colon < 0) {
        break;
      }
      fields.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
      pos = nl < 0 ? text.length() : nl + 1;
    }
    String date = Articles.blankToNull(fields.get("date"));
    LocalDate day = null;
    if (date != null) {
      day = Objects.requireNonNull(Dates.parse(date), () -> "unreadable expected date " + date).toLocalDate();
    }
    return new Expected(Articles.blankToNull(fields.get("title")), Articles.blankToNull(fields.get("author")), day,
        text.substring(pos).strip());
  }

  /** Scores every page of a directory (format in the class comment), in name order. */
  public List<PageScore> evaluate(Path dir) throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.list(dir)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    List<PageScore> out = new ArrayList<>();
    for (Path page : pages) {
      String name = page.getFileName().toString();
      Path expected = page.resolveSibling(name.substring(0, name.length() - 5) + ".expected");
      out.add(score(name, Files.readAllBytes(page),
          parseExpected(Files.readString(expected, StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** The summary as a Markdown table row, after {@link #HEADER}. */
  public static String row(Summary s) {
    return String.format(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f | %d/%d | %d/%d | %d/%d |", s.pages,
        s.withoutText, s.precision, s.recall, s.f1, s.title.right, s.title.of, s.author.right, s.author.of,
        s.date.right, s.date.of);
  }

  public static final String HEADER = "| pages | without text | precision | recall | F1 | titles right | authors right"
      + " | dates right |\n|---|---|---|---|---|---|---|---|";

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractionEvaluator DIR [--pages]");
      System.exit(2);
    }
    List<PageScore> scores = new ExtractionEvaluator().evaluate(Path.of(args[0]));
    if (args.length > 1 && args[1].equals("--pages")) {
      for (PageScore s : scores) {
        System.out.printf(Locale.ROOT, "%-40s P %.3f R %.3f F1 %.3f title %s author %s date %s%s%n", s.page,
            s.precision, s.recall, s.f1, mark(s.title), mark(s.author), mark(s.date),
            s.error == null ? "" : "  " + s.error);
      }
    }
    System.out.println(HEADER);
    System.out.println(row(summarize(scores)));
  }

  private static String mark(Boolean b) {
    return b == null ? "-" : b ? "ok" : "WRONG";
  }
}
