package dev.precis.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Measures {@link DebrisCleaner} on a hand-labeled set: precision and recall of removal over labeled lines.
 *
 * <h2>Labeled-set format</h2>
 *
 * UTF-8 text, one record per line, fields separated by a TAB; blank lines and lines starting with {@code #} are
 * ignored:
 *
 * <pre>
 * OUTLET  name  kind                 starts an outlet; its articles are cleaned together ({@link DebrisCleaner#cleanOutlet})
 * ARTICLE id                         starts an article of the current outlet
 * K       text                       a real line: must survive unchanged
 * D       REASON  text               a debris line: must be removed entirely (REASON is the expected {@link Reason})
 * I       REASON  text  expected     a real line with in-line debris: must survive as expected
 *                                    (in expected, the two characters \n stand for a line break)
 * </pre>
 *
 * A label followed by {@code +} ({@code K+}, {@code D+}, {@code I+}) joins its line to the previous one with a
 * single line break (same paragraph); otherwise each line is a paragraph of its own.
 *
 * <h2>Scoring</h2>
 *
 * Debris items are the D lines plus the debris fragment of each I line; real items are the K lines plus the real
 * part of each I line. A D line is a true positive when it is removed and a false negative otherwise. A K line is a
 * false positive when it is removed or altered. An I line is one true positive when its output equals the expected
 * text, a true positive and a false positive when the whole line is removed, one false negative when it is kept
 * unchanged, and a false negative and a false positive when it comes out any other way. Precision = TP / (TP + FP),
 * recall = TP / (TP + FN).
 */
public final class CleanerEvaluator {
  private final DebrisCleaner cleaner;

  public CleanerEvaluator() {
    this(new DebrisCleaner());
  }

  public CleanerEvaluator(DebrisCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  /** One labeled line. */
  record Labeled(String article, char label, Reason reason, String text, String expected, boolean joined) {}

  /** A mistake, for reports. */
  public record Error(String article, String kind, String line, String got) {
    @Override
    public String toString() {
      return kind + " [" + article + "] " + line + (got == null ? "" : "\n      got: " + got);
    }
  }

  /** The figures. */
  public record Report(
      int debrisItems,
      int realItems,
      int debrisLines,
      int realLines,
      int inlineLines,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int reasonAgreements,
      Map<Reason, int[]> recallByReason,
      List<Error> errors,
      List<String> reasonMismatches) {

    public double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : truePositives / (double) (truePositives + falseNegatives);
    }

    /** Human-readable summary: counts, precision, recall, recall per expected reason, then the errors. */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT,
          "labeled lines: %d debris (D), %d real (K), %d real with in-line debris (I)%n",
          debrisLines, realLines, inlineLines));
      sb.append(String.format(Locale.ROOT, "items: %d debris, %d real%n", debrisItems, realItems));
      sb.append(String.format(Locale.ROOT, "TP %d  FP %d  FN %d%n", truePositives, falsePositives, falseNegatives));
      sb.append(String.format(Locale.ROOT, "precision %.4f  recall %.4f  (reason agreed on %d of %d removed D/I)%n",
          precision(), recall(), reasonAgreements, truePositives));
      for (Map.Entry<Reason, int[]> e : recallByReason.entrySet()) {
        int[] v = e.getValue();
        sb.append(String.format(Locale.ROOT, "  %-14s %3d/%3d removed%n", e.getKey(), v[0], v[1]));
      }
      for (Error e : errors) {
        sb.append("  ").append(e).append('\n');
      }
      for (String m : reasonMismatches) {
        sb.append("  reason: ").append(m).append('\n');
      }
      return sb.toString();
    }
  }

  public Report evaluate(Path labeledSet) throws IOException {
    try (Reader r = Files.newBufferedReader(labeledSet, StandardCharsets.UTF_8)) {
      return evaluate(r);
    }
  }

  public Report evaluate(InputStream labeledSet) throws IOException {
    return evaluate(new InputStreamReader(labeledSet, StandardCharsets.UTF_8));
  }

  public Report evaluate(Reader labeledSet) throws IOException {
    List<List<List<Labeled>>> outlets = parse(labeledSet);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int agree = 0;
    int dLines = 0;
    int kLines = 0;
    int iLines = 0;
    Map<Reason, int[]> byReason = new EnumMap<>(Reason.class);
    List<Error> errors = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    for (List<List<Labeled>> outlet : outlets) {
      List<String> texts = new ArrayList<>();
      for (List<Labeled> article : outlet) {
        texts.add(text(article));
      }
      List<DebrisCleaner.Article> results = cleaner.process(texts, true);
      for (int a = 0; a < outlet.size(); a++) {
        List<Labeled> labeled = outlet.get(a);
        List<DebrisCleaner.Line> lines = results.get(a).contentLines();
        if (lines.size() != labeled.size()) {
          throw new IllegalStateException("line count mismatch in " + labeled.get(0).article());
        }
        for (int i = 0; i < labeled.size(); i++) {
          Labeled l = labeled.get(i);
          DebrisCleaner.Line line = lines.get(i);
          String out = line.removed == null ? line.output() : null;
          switch (l.label()) {
            case 'K' -> {
              kLines++;
              if (out == null) {
                fp++;
                errors.add(new Error(l.article(), "FP removed " + line.removed, l.text(), null));
              } else if (!out.equals(l.text())) {
                fp++;
                errors.add(new Error(l.article(), "FP altered", l.text(), out));
              }
            }
            case 'D' -> {
              dLines++;
              int[] v = byReason.computeIfAbsent(l.reason(), k -> new int[2]);
              v[1]++;
              if (out == null) {
                tp++;
                v[0]++;
                if (line.removed == l.reason()) {
                  agree++;
                } else {
                  mismatches.add("expected " + l.reason() + ", got " + line.removed + ": " + l.text());
                }
              } else {
                fn++;
                errors.add(new Error(l.article(), "FN " + l.reason(), l.text(), out.equals(l.text()) ? null : out));
              }
            }
            default -> {
              iLines++;
              int[] v = byReason.computeIfAbsent(l.reason(), k -> new int[2]);
              v[1]++;
              if (out != null && out.equals(l.expected())) {
                tp++;
                v[0]++;
                if (line.inline.stream().anyMatch(r -> r.reason() == l.reason())) {
                  agree++;
                } else {
                  mismatches.add("expected " + l.reason() + ", got " + line.inline + ": " + l.text());
                }
              } else if (out == null) {
                tp++;
                fp++;
                v[0]++;
                errors.add(new Error(l.article(), "FP in-line line removed " + line.removed, l.text(), null));
              } else if (out.equals(l.text())) {
                fn++;
                errors.add(new Error(l.article(), "FN in-line " + l.reason(), l.text(), null));
              } else {
                fn++;
                fp++;
                errors.add(new Error(l.article(), "FN+FP in-line " + l.reason(), l.expected(), out));
              }
            }
          }
        }
      }
    }
    return new Report(dLines + iLines, kLines + iLines, dLines, kLines, iLines, tp, fp, fn, agree, byReason,
        errors, mismatches);
  }

  private static String text(List<Labeled> article) {
    StringBuilder sb = new StringBuilder();
    for (Labeled l : article) {
      if (sb.length() > 0) {
        sb.append(l.joined() ? "\n" : "\n\n");
      }
      sb.append(l.text());
    }
    return sb.toString();
  }

  static List<List<List<Labeled>>> parse(Reader in) throws IOException {
    List<List<List<Labeled>>> outlets = new ArrayList<>();
    List<List<Labeled>> outlet = null;
    List<Labeled> article = null;
    String articleId = null;
    BufferedReader r = new BufferedReader(in);
    String raw;
    int no = 0;
    while ((raw = r.readLine()) != null) {
      no++;
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      String[] f = raw.split("\t", -1);
      String label = f[0];
      switch (label) {
        case "OUTLET" -> {
          outlet = new ArrayList<>();
          outlets.add(outlet);
          article = null;
        }
        case "ARTICLE" -> {
          if (outlet == null || f.length < 2) {
            throw new IllegalArgumentException("line " + no + ": ARTICLE outside an outlet");
          }
          article = new ArrayList<>();
          outlet.add(article);
          articleId = f[1];
        }
        default -> {
          if (article == null) {
            throw new IllegalArgumentException("line " + no + ": labeled line outside an article");
          }
          boolean joined = label.endsWith("+");
          char c = label.charAt(0);
          Labeled l;
          if (c == 'K' && f.length == 2) {
            l = new Labeled(articleId, 'K', null, f[1], null, joined);
          } else if (c == 'D' && f.length == 3) {
            l = new Labeled(articleId, 'D', Reason.valueOf(f[1]), f[2], null, joined);
          } else if (c == 'I' && f.length == 4) {
            l = new Labeled(articleId, 'I', Reason.valueOf(f[1]), f[2], f[3].replace("\\n", "\n"), joined);
          } else {
            throw new IllegalArgumentException("line " + no + ": bad record: " + raw);
          }
          if (l.text().isBlank() || l.text().indexOf('\n') >= 0 || !l.text().equals(l.text().strip())) {
            throw new IllegalArgumentException("line " + no + ": text must be one trimmed, non-blank line");
          }
          if (article.isEmpty() && joined) {
            throw new IllegalArgumentException("line " + no + ": first line of an article cannot be joined");
          }
          article.add(l);
        }
      }
    }
    return outlets;
  }

  /** Prints the report for the labeled set at {@code args[0]}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CleanerEvaluator LABELED.tsv");
      System.exit(2);
    }
    try {
      System.out.print(new CleanerEvaluator().evaluate(Path.of(args[0])).format());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
