package dev.precis.eval;

import dev.precis.eval.rouge.RougeOptions;
import dev.precis.model.Story;
import java.util.Locale;

/**
 * The conventions of one benchmark: how ROUGE is run, which of R, P and F is reported, and how long a summary
 * is when the user gives no budget. Each preset computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4.
 */
public enum Preset {
  /** DUC: recall, stemmed ({@code -m}), 100-word cut ({@code -l 100}), 100-word summaries. */
  DUC("-n 2 -2 4 -U -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a", Measure.RECALL) {
    @Override
    public int words(Story story) {
      return 100;
    }
  },
  /**
   * Multi-News: F1, no stemming. Summary length follows the story's size: {@code 188 + 35 x documents} words,
   * between 225 and 500. On Multi-News train the mean reference grows by about 28 words per added article from
   * 206 words for two articles ({@code 150 + 28 x documents}); ROUGE-1 F1 was highest at 1.25 times that length
   * (3,000 train stories, lengths 1.0 to 1.6 times tried; see BENCHMARKS.md), so the preset writes 1.25 times the
   * expected reference length.
   */
  MULTINEWS("-n 2 -2 4 -U -p 0.5 -c 95 -r 1000 -f A -t 0 -a", Measure.F) {
    @Override
    public int words(Story story) {
      return Math.max(225, Math.min(500, 188 + 35 * story.documents().size()));
    }
  },
  /** TAC 2011 MultiLing: F1, no stemming, 250-word summaries. */
  TAC("-n 2 -2 4 -U -p 0.5 -c 95 -r 1000 -f A -t 0 -a", Measure.F) {
    @Override
    public int words(Story story) {
      return 250;
    }
  };

  /** Which part of a ROUGE score a preset reports. */
  public enum Measure {
    RECALL,
    PRECISION,
    F
  }

  private final String flags;
  private final Measure measure;

  Preset(String flags, Measure measure) {
    this.flags = flags;
    this.measure = measure;
  }

  /** ROUGE-1.5.5 flags this preset scores with. */
  public String flags() {
    return flags;
  }

  public RougeOptions rougeOptions() {
    return RougeOptions.parse(flags);
  }

  public Measure measure() {
    return measure;
  }

  /** Summary length in words for {@code story} when the user sets none. */
  public abstract int words(Story story);

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The preset called {@code name} (case-insensitive). */
  public static Preset of(String name) {
    for (Preset p : values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown preset '" + name + "'; known: duc, multinews, tac");
  }

  /** The preset that fits a story from a benchmark file, judged by its {@code source}-like id. */
  public static Preset guess(String source) {
    String s = source == null ? "" : source.toLowerCase(Locale.ROOT);
    if (s.contains("duc")) {
      return DUC;
    }
    if (s.contains("tac") || s.contains("multiling")) {
      return TAC;
    }
    return MULTINEWS;
  }
}
