package dev.precis.eval.rouge;

import java.math.BigDecimal;

/**
 * Settings of a ROUGE run, mirroring ROUGE-1.5.5's command-line flags (see {@link #parse(String)}).
 *
 * @param maxNgram ROUGE-N is computed for N = 1..maxNgram ({@code -n}); 0 for none
 * @param lcs compute ROUGE-L (summary-level union LCS); false with {@code -x}
 * @param wlcsWeight weight of ROUGE-W ({@code -w}, typically 1.2); 0 for no ROUGE-W
 * @param skipMode which skip-bigram metrics to compute ({@code -2}, {@code -u}, {@code -U})
 * @param skipGap maximum number of words between the two words of a skip bigram ({@code -2 4}
 *     gives ROUGE-S4/SU4); negative for no limit (ROUGE-S*); ignored when {@code skipMode} is NONE
 * @param stem stem with the WordNet exception table and ROUGE's Porter stemmer ({@code -m})
 * @param removeStopwords drop words of the SMART stop-word list ({@code -s})
 * @param wordLimit keep only the first N words of the peer and of each reference ({@code -l});
 *     0 or negative for no limit
 * @param byteLimit keep only the first N bytes instead ({@code -b}); 0 or negative for no limit
 * @param pooled {@code -f A} (true): pool clipped hits and counts over all references before
 *     dividing; {@code -f B} (false): take the reference giving the best recall
 * @param alpha F = 1 / (alpha/P + (1-alpha)/R) ({@code -p}); 0.5 is F1
 * @param resamples bootstrap resamples for averages and confidence intervals ({@code -r})
 * @param confidence confidence level in percent of the bootstrap interval ({@code -c})
 * @param escapeHtml HTML-escape each sentence first ({@code & < > " '} to {@code &amp; &lt; &gt;
 *     &quot; &#x27;}), as the wrapper that produced the reference figures did when it wrote ROUGE's
 *     HTML (SEE) input files; ROUGE does not decode entities, so their names ({@code amp},
 *     {@code quot}, {@code x27}, ...) count as words. True in {@link #parse} and the presets, because
 *     {@code ../shared/data/rouge-fixtures.jsonl} is only reproduced that way; false scores the raw
 *     text as ROUGE's one-sentence-per-line (SPL) input would
 */
public record RougeOptions(
    int maxNgram,
    boolean lcs,
    double wlcsWeight,
    SkipMode skipMode,
    int skipGap,
    boolean stem,
    boolean removeStopwords,
    int wordLimit,
    int byteLimit,
    boolean pooled,
    double alpha,
    int resamples,
    double confidence,
    boolean escapeHtml) {

  /** Which skip-bigram metrics to compute. */
  public enum SkipMode {
    /** No skip bigrams. */
    NONE,
    /** ROUGE-S only ({@code -2 N}). */
    PLAIN,
    /** ROUGE-SU only, skip bigrams plus unigrams ({@code -2 N -u}). */
    WITH_UNIGRAMS,
    /** Both ROUGE-S and ROUGE-SU ({@code -2 N -U}). */
    BOTH;

    boolean plain() {
      return this == PLAIN || this == BOTH;
    }

    boolean withUnigrams() {
      return this == WITH_UNIGRAMS || this == BOTH;
    }
  }

  public RougeOptions {
    if (maxNgram < 0) {
      throw new IllegalArgumentException("maxNgram must be >= 0: " + maxNgram);
    }
    if (wlcsWeight < 0) {
      throw new IllegalArgumentException("wlcsWeight must be >= 0: " + wlcsWeight);
    }
    if (skipMode == null) {
      throw new IllegalArgumentException("skipMode must not be null");
    }
    if (wordLimit > 0 && byteLimit > 0) {
      throw new IllegalArgumentException("specify a word limit or a byte limit, not both");
    }
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be within [0, 1]: " + alpha);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
    }
    if (!(confidence >= 0 && confidence <= 100)) {
      throw new IllegalArgumentException("confidence must be within [0, 100]: " + confidence);
    }
  }

  /**
   * DUC convention: {@code -n 2 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a} (ROUGE-1/2,
   * stemmed, 100-word cut; report recall). Needs loaded {@link RougeResources}.
   */
  public static RougeOptions duc() {
    return parse("-n 2 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a");
  }

  /**
   * Multi-News convention: {@code -n 2 -2 4 -U -p 0.5 -c 95 -r 1000 -f A -t 0 -w 1.2 -a}
   * (ROUGE-1/2/L/W-1.2/S4/SU4, no stemming; report F1). Works with {@link RougeResources#none()}.
   */
  public static RougeOptions multinews() {
    return parse("-n 2 -2 4 -U -p 0.5 -c 95 -r 1000 -f A -t 0 -w 1.2 -a");
  }

  /**
   * Parses a ROUGE-1.5.5 flag string such as {@code "-n 2 -x -m -l 100 -p 0.5 -f A -a"}.
   *
   * <p>Supported: {@code -n -x -w -2 -u -U -m -s -l -b -f -p -r -c}, {@code -t 0}; accepted and
   * ignored because they do not change scores: {@code -a -d -v -e DIR -z FORMAT} and a trailing
   * configuration file / system id. Unsupported ({@code -3} BE scoring, {@code -M}, {@code -t 1|2})
   * raise {@link IllegalArgumentException}. As in ROUGE, without {@code -n} no ROUGE-N is computed,
   * ROUGE-L is computed unless {@code -x}, and {@code -u}/{@code -U} need {@code -2}.
   */
  public static RougeOptions parse(String flags) {
    int n = 0;
    boolean lcs = true;
    double w = 0;
    Integer gap = null;
    boolean u = false;
    boolean bigU = false;
    boolean stem = false;
    boolean stop = false;
    int words = 0;
    int bytes = 0;
    boolean pooled = true;
    double alpha = 0.5;
    int resamples = 1000;
    double cf = 95;
    String[] t = flags.trim().isEmpty() ? new String[0] : flags.trim().split("\\s+");
    for (int i = 0; i < t.length; i++) {
      String f = t[i];
      switch (f) {
        case "-n" -> n = Integer.parseInt(arg(t, ++i, f));
        case "-x" -> lcs = false;
        case "-w" -> {
          w = Double.parseDouble(arg(t, ++i, f));
          if (w <= 0) {
            throw new IllegalArgumentException("ROUGE-W weight factor must be greater than 0");
          }
        }
        case "-2" -> gap = Integer.parseInt(arg(t, ++i, f));
        case "-u" -> u = true;
        case "-U" -> bigU = true;
        case "-m" -> stem = true;
        case "-s" -> stop = true;
        case "-l" -> words = Integer.parseInt(arg(t, ++i, f));
        case "-b" -> bytes = Integer.parseInt(arg(t, ++i, f));
        case "-f" -> pooled = !arg(t, ++i, f).equals("B"); // ROUGE treats anything but B as A
        case "-p" -> alpha = Double.parseDouble(arg(t, ++i, f));
        case "-r" -> resamples = Integer.parseInt(arg(t, ++i, f));
        case "-c" -> cf = Double.parseDouble(arg(t, ++i, f));
        case "-t" -> {
          String mode = arg(t, ++i, f);
          if (mode.equals("1") || mode.equals("2")) {
            throw new IllegalArgumentException("-t " + mode + " (token-level averaging) is not supported");
          }
        }
        case "-a", "-d", "-v" -> {}
        case "-e", "-z" -> i++;
        case "-3", "-M" -> throw new IllegalArgumentException(f + " is not supported");
        default -> {
          if (f.startsWith("-")) {
            throw new IllegalArgumentException("unknown ROUGE flag: " + f);
          }
          // configuration file or system id: irrelevant here
        }
      }
    }
    if (words > 0 && bytes > 0) {
      throw new IllegalArgumentException("specify -l or -b, not both");
    }
    SkipMode mode;
    if (gap == null) {
      mode = SkipMode.NONE;
    } else if (u) {
      mode = SkipMode.WITH_UNIGRAMS; // ROUGE checks -u before -U
    } else if (bigU) {
      mode = SkipMode.BOTH;
    } else {
      mode = SkipMode.PLAIN;
    }
    return new RougeOptions(
        n, lcs, w, mode, gap == null ? 4 : gap, stem, stop, words, bytes, pooled, alpha, resamples, cf,
        true);
  }

  private static String arg(String[] t, int i, String flag) {
    if (i >= t.length) {
      throw new IllegalArgumentException("missing value after " + flag);
    }
    return t[i];
  }

  /** A copy with stemming ({@code -m}) switched on or off. */
  public RougeOptions withStem(boolean value) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, value, removeStopwords,
        wordLimit, byteLimit, pooled, alpha, resamples, confidence, escapeHtml);
  }

  /** A copy with stop-word removal ({@code -s}) switched on or off. */
  public RougeOptions withStopwordRemoval(boolean value) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, stem, value,
        wordLimit, byteLimit, pooled, alpha, resamples, confidence, escapeHtml);
  }

  /** A copy with a word limit ({@code -l}; 0 or negative for none) and no byte limit. */
  public RougeOptions withWordLimit(int words) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, stem, removeStopwords,
        words, 0, pooled, alpha, resamples, confidence, escapeHtml);
  }

  /** A copy with a byte limit ({@code -b}; 0 or negative for none) and no word limit. */
  public RougeOptions withByteLimit(int bytes) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, stem, removeStopwords,
        0, bytes, pooled, alpha, resamples, confidence, escapeHtml);
  }

  /** A copy with HTML escaping of the input on or off (see the {@code escapeHtml} component). */
  public RougeOptions withEscapeHtml(boolean value) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, stem, removeStopwords,
        wordLimit, byteLimit, pooled, alpha, resamples, confidence, value);
  }

  /** A copy with another alpha ({@code -p}). */
  public RougeOptions withAlpha(double value) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, stem, removeStopwords,
        wordLimit, byteLimit, pooled, value, resamples, confidence, escapeHtml);
  }

  /** A copy with ROUGE-L on or off. */
  public RougeOptions withLcs(boolean value) {
    return new RougeOptions(maxNgram, value, wlcsWeight, skipMode, skipGap, stem, removeStopwords,
        wordLimit, byteLimit, pooled, alpha, resamples, confidence, escapeHtml);
  }

  /** A copy with another ROUGE-W weight (0 for no ROUGE-W). */
  public RougeOptions withWlcsWeight(double value) {
    return new RougeOptions(maxNgram, lcs, value, skipMode, skipGap, stem, removeStopwords,
        wordLimit, byteLimit, pooled, alpha, resamples, confidence, escapeHtml);
  }

  /** A copy with multi-reference pooling {@code -f A} (true) or best reference {@code -f B}. */
  public RougeOptions withPooled(boolean value) {
    return new RougeOptions(maxNgram, lcs, wlcsWeight, skipMode, skipGap, stem, removeStopwords,
        wordLimit, byteLimit, value, alpha, resamples, confidence, escapeHtml);
  }

  /** Metric name of ROUGE-W as ROUGE prints it, e.g. {@code "ROUGE-W-1.2"}. */
  String wlcsName() {
    return "ROUGE-W-" + new BigDecimal(Double.toString(wlcsWeight)).stripTrailingZeros().toPlainString();
  }

  /** Metric name of the skip-bigram metric, e.g. {@code "ROUGE-S4"} or {@code "ROUGE-SU4"}. */
  String skipName(boolean withUnigrams) {
    return (withUnigrams ? "ROUGE-SU" : "ROUGE-S") + (skipGap >= 0 ? Integer.toString(skipGap) : "*");
  }
}
