package dev.precis.compare;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.StoryAnalyzer;
import dev.precis.compare.conflict.Claim;
import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.conflict.ContradictionFinder;
import dev.precis.compare.entity.Names;
import dev.precis.compare.quote.Quotations;
import dev.precis.compare.quote.Quote;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.model.Span;
import dev.precis.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures {@link QuoteExtractor} and {@link ContradictionFinder} on {@link LabeledStory labeled stories}.
 *
 * <ul>
 *   <li><b>Speaker attribution accuracy</b>: labeled quotations whose extracted quote (the one ending where the
 *       label stood, within three characters for a dropped comma or closing mark) exists and has the labeled
 *       speaker, over all labeled quotations. Speakers are compared with {@link Names#sameSpeaker}.
 *   <li><b>Quote detection</b>: labeled quotations found, and extracted quotes that match no label.
 *   <li><b>Contradiction precision</b>: reported conflicts that hold claims on two different sides of one planted
 *       {@code @conflict} of the same kind (a claim is on a side when its value overlaps that side's anchor), over
 *       all reported conflicts. <b>Recall</b>: planted conflicts hit by at least one reported conflict.
 *   <li><b>Non-contradictions flagged</b>: planted {@code @same} items for which one reported conflict holds two
 *       claims with different values on two of the item's anchors in different documents.
 * </ul>
 *
 * <p>Run {@code main} with a directory of {@code *.story} files to print the figures and every error.
 */
public final class ReportEvaluator {
  /** The figures of one evaluation; {@code errors} lists every miss, one line each. */
  public record Result(int goldQuotes, int quotesFound, int speakersCorrect, int extractedQuotes,
      int unmatchedQuotes, int goldConflicts, int conflictsHit, int reportedConflicts, int reportedCorrect,
      int goldSame, int sameFlagged, Map<Conflict.Kind, int[]> byKind, List<String> errors) {
    public Result {
      byKind = Map.copyOf(byKind);
      errors = List.copyOf(errors);
    }

    public double speakerAccuracy() {
      return ratio(speakersCorrect, goldQuotes);
    }

    public double quoteRecall() {
      return ratio(quotesFound, goldQuotes);
    }

    public double quotePrecision() {
      return ratio(extractedQuotes - unmatchedQuotes, extractedQuotes);
    }

    public double contradictionPrecision() {
      return ratio(reportedCorrect, reportedConflicts);
    }

    public double contradictionRecall() {
      return ratio(conflictsHit, goldConflicts);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }

    /** The figures as a few lines of text. */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "speaker attribution accuracy %.3f (%d/%d labeled quotes)%n",
          speakerAccuracy(), speakersCorrect, goldQuotes));
      sb.append(String.format(Locale.ROOT,
          "quote detection: recall %.3f (%d/%d), precision %.3f (%d of %d extracted match no label)%n",
          quoteRecall(), quotesFound, goldQuotes, quotePrecision(), unmatchedQuotes, extractedQuotes));
      sb.append(String.format(Locale.ROOT,
          "contradictions: precision %.3f (%d/%d reported), recall %.3f (%d/%d planted)%n",
          contradictionPrecision(), reportedCorrect, reportedConflicts, contradictionRecall(), conflictsHit,
          goldConflicts));
      sb.append(String.format(Locale.ROOT, "non-contradictions wrongly flagged: %d/%d%n", sameFlagged, goldSame));
      for (Conflict.Kind k : Conflict.Kind.values()) {
        int[] c = byKind.getOrDefault(k, new int[4]);
        sb.append(String.format(Locale.ROOT, "  %-13s planted %2d hit %2d | reported %2d correct %2d%n", k, c[0],
            c[1], c[2], c[3]));
      }
      return sb.toString();
    }
  }

  private final StoryAnalyzer analyzer;
  private final QuoteExtractor extractor;
  private final ContradictionFinder finder;

  /** Evaluates without debris cleaning: labeled texts are clean, and gold offsets refer to them as written. */
  public ReportEvaluator() {
    this(new StoryAnalyzer(), new QuoteExtractor(), new ContradictionFinder());
  }

  public ReportEvaluator(StoryAnalyzer analyzer, QuoteExtractor extractor, ContradictionFinder finder) {
    this.analyzer = analyzer;
    this.extractor = extractor;
    this.finder = finder;
  }

  public Result evaluate(List<LabeledStory> stories) {
    int goldQuotes = 0;
    int found = 0;
    int correct = 0;
    int extracted = 0;
    int unmatched = 0;
    int goldConflicts = 0;
    int hit = 0;
    int reported = 0;
    int reportedCorrect = 0;
    int goldSame = 0;
    int flagged = 0;
    Map<Conflict.Kind, int[]> byKind = new EnumMap<>(Conflict.Kind.class);
    for (Conflict.Kind k : Conflict.Kind.values()) {
      byKind.put(k, new int[4]);
    }
    List<String> errors = new ArrayList<>();
    for (LabeledStory ls : stories) {
      String id = ls.story().id();
      AnalyzedStory analyzed = analyzer.analyze(new Segmenter().segment(ls.story()));
      QuoteExtractor.Extraction extraction = extractor.analyze(analyzed.segmented());
      Quotations quotations = extraction.quotations();
      // Quotes.
      Set<Quote> matched = new HashSet<>();
      for (LabeledStory.GoldQuote g : ls.quotes()) {
        goldQuotes++;
        Quote best = null;
        for (Quote q : quotations.quotes()) {
          if (q.document() == g.document() && q.span().end() <= g.end() && q.span().end() >= g.end() - 3
              && (best == null || q.span().end() > best.span().end())) {
            best = q;
          }
        }
        String docId = ls.story().documents().get(g.document()).id();
        if (best == null) {
          errors.add(String.format(Locale.ROOT, "%s/%s quote missed at %d (%s): ...%s", id, docId, g.end(),
              g.speaker(), context(ls, g.document(), g.end())));
          continue;
        }
        matched.add(best);
        found++;
        if (Names.sameSpeaker(g.speaker(), best.speaker())) {
          correct++;
        } else {
          errors.add(String.format(Locale.ROOT, "%s/%s speaker %s, expected %s: \"%s\"", id, docId,
              best.speaker(), g.speaker(), abbreviate(best.text())));
        }
      }
      for (Quote q : quotations.quotes()) {
        extracted++;
        if (!matched.contains(q)) {
          unmatched++;
          errors.add(String.format(Locale.ROOT, "%s/%s unlabeled quote \"%s\" (%s)", id,
              ls.story().documents().get(q.document()).id(), abbreviate(q.text()), q.speaker()));
        }
      }
      // Conflicts.
      List<ContradictionFinder.Found> reportedHere = finder.findDetailed(analyzed, extraction);
      boolean[] goldHit = new boolean[ls.conflicts().size()];
      for (ContradictionFinder.Found f : reportedHere) {
        reported++;
        Conflict.Kind kind = f.conflict().kind();
        byKind.get(kind)[2]++;
        boolean ok = false;
        for (int g = 0; g < ls.conflicts().size(); g++) {
          LabeledStory.GoldItem item = ls.conflicts().get(g);
          if (item.kind() == kind && sidesHit(ls, item, f, false) >= 2) {
            ok = true;
            goldHit[g] = true;
          }
        }
        if (ok) {
          reportedCorrect++;
          byKind.get(kind)[3]++;
        } else {
          errors.add(id + " false conflict " + describe(ls, f.conflict()));
        }
      }
      for (int g = 0; g < ls.conflicts().size(); g++) {
        LabeledStory.GoldItem item = ls.conflicts().get(g);
        goldConflicts++;
        byKind.get(item.kind())[0]++;
        if (goldHit[g]) {
          hit++;
          byKind.get(item.kind())[1]++;
        } else {
          errors.add(id + " missed conflict " + item.kind() + " " + item.label());
        }
      }
      for (LabeledStory.GoldItem item : ls.same()) {
        goldSame++;
        for (ContradictionFinder.Found f : reportedHere) {
          if (sidesHit(ls, item, f, true) >= 2) {
            flagged++;
            errors.add(id + " non-contradiction flagged: " + item.kind() + " " + item.label() + " by "
                + describe(ls, f.conflict()));
            break;
          }
        }
      }
    }
    return new Result(goldQuotes, found, correct, extracted, unmatched, goldConflicts, hit, reported,
        reportedCorrect, goldSame, flagged, byKind, errors);
  }

  /**
   * For a planted conflict: the number of distinct sides whose anchors some claim's value overlaps. For a planted
   * non-contradiction ({@code same}): 2 when two claims in different documents with different values overlap two
   * of its anchors, else 0.
   */
  private static int sidesHit(LabeledStory ls, LabeledStory.GoldItem item, ContradictionFinder.Found f,
      boolean same) {
    List<Claim> claims = f.conflict().claims();
    List<int[]> hits = new ArrayList<>(); // claim index, gold claim index
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      Span value = f.valueSpans().get(c);
      for (int g = 0; g < item.claims().size(); g++) {
        LabeledStory.GoldClaim gc = item.claims().get(g);
        if (gc.document() == claim.document() && overlapsAnchor(ls, item.kind(), gc, value)) {
          hits.add(new int[] {c, g});
        }
      }
    }
    if (same) {
      for (int[] a : hits) {
        for (int[] b : hits) {
          Claim ca = claims.get(a[0]);
          Claim cb = claims.get(b[0]);
          if (a[1] != b[1] && ca.document() != cb.document()
              && !f.sides().get(a[0]).equals(f.sides().get(b[0]))) {
            return 2;
          }
        }
      }
      return 0;
    }
    Set<String> sides = new HashSet<>();
    for (int[] h : hits) {
      sides.add(item.claims().get(h[1]).side());
    }
    return sides.size();
  }

  private static boolean overlapsAnchor(LabeledStory ls, Conflict.Kind kind, LabeledStory.GoldClaim gc, Span v) {
    if (overlaps(gc.anchor(), v)) {
      return true;
    }
    if (kind == Conflict.Kind.NAME) { // a name may be cited at any of its occurrences
      String text = ls.story().documents().get(gc.document()).text();
      for (int at = text.indexOf(gc.anchorText()); at >= 0; at = text.indexOf(gc.anchorText(), at + 1)) {
        if (overlaps(new Span(at, at + gc.anchorText().length()), v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static String describe(LabeledStory ls, Conflict c) {
    StringBuilder sb = new StringBuilder(c.kind().toString()).append(':');
    for (Claim claim : c.claims()) {
      sb.append(" [").append(ls.story().documents().get(claim.document()).id()).append(' ').append(claim.value())
          .append(": ").append(abbreviate(claim.text())).append(']');
    }
    return sb.toString();
  }

  private static String context(LabeledStory ls, int doc, int end) {
    String text = ls.story().documents().get(doc).text();
    return text.substring(Math.max(0, end - 60), end).replace('\n', ' ');
  }

  private static String abbreviate(String s) {
    String t = s.replace('\n', ' ');
    return t.length() <= 70 ? t : t.substring(0, 67) + "...";
  }

  /** Prints the figures and errors for the {@code *.story} files of the directory given as the argument. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ReportEvaluator <directory of .story files>");
      System.exit(2);
    }
    Result r = new ReportEvaluator().evaluate(LabeledStory.readDirectory(Path.of(args[0])));
    r.errors().forEach(System.out::println);
    System.out.print(r.summary());
  }
}
