package dev.precis.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ROUGE scorer that reproduces the official ROUGE-1.5.5 Perl script per evaluation case
 * (sentence-level averaging, {@code -t 0}).
 *
 * <p>Metrics, named as ROUGE prints them: {@code ROUGE-1} .. {@code ROUGE-N}, {@code ROUGE-L},
 * {@code ROUGE-W-<weight>}, {@code ROUGE-S<gap>} and {@code ROUGE-SU<gap>}, depending on {@link
 * RougeOptions}. ROUGE's counting details are kept, quirks included:
 *
 * <ul>
 *   <li>n-grams and skip bigrams run across sentence boundaries; hits are clipped per reference;
 *   <li>ROUGE-L is the summary-level union LCS: for each reference sentence the tokens on one LCS
 *       with each peer sentence are marked, and marked tokens count while both the reference's and
 *       the peer's unigram budgets last;
 *   <li>ROUGE-SU counts unigrams for every token except the last one;
 *   <li>ROUGE-W weights the reference length twice (ROUGE-1.5.5 does);
 *   <li>with several references, {@code -f A} sums hits, reference counts and (once per reference)
 *       peer counts; {@code -f B} keeps the reference with the best recall (first one on ties);
 *   <li>R and P are rounded to 5 decimals and F is computed from the rounded values.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. Scoring a 250-word peer against one reference takes
 * well under a millisecond.
 */
public final class Rouge {
  private final RougeOptions options;
  private final RougeResources resources;
  private final List<String> metricNames;

  /**
   * @param resources the loaded data files; {@link RougeResources#none()} is enough when neither
   *     stemming nor stop-word removal is asked for
   * @throws IllegalArgumentException if stemming or stop-word removal is asked for without data
   */
  public Rouge(RougeOptions options, RougeResources resources) {
    if ((options.stem() || options.removeStopwords()) && !resources.isLoaded()) {
      throw new IllegalArgumentException(
          "stemming (-m) and stop-word removal (-s) need RougeResources.load(rougeDir)");
    }
    this.options = options;
    this.resources = resources;
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= options.maxNgram(); n++) {
      names.add("ROUGE-" + n);
    }
    if (options.lcs()) {
      names.add("ROUGE-L");
    }
    if (options.wlcsWeight() > 0) {
      names.add(options.wlcsName());
    }
    if (options.skipMode().plain()) {
      names.add(options.skipName(false));
    }
    if (options.skipMode().withUnigrams()) {
      names.add(options.skipName(true));
    }
    this.metricNames = Collections.unmodifiableList(names);
  }

  public RougeOptions options() {
    return options;
  }

  /** The metric names {@link #score} returns, in ROUGE's order. */
  public List<String> metricNames() {
    return metricNames;
  }

  /**
   * Scores one peer summary against its references.
   *
   * @param peerSentences the peer summary, one sentence per element (an element containing line
   *     breaks counts as several sentences, as it would in ROUGE's one-sentence-per-line files)
   * @param referenceSentences each reference summary as a list of sentences
   * @return metric name to score, in the order of {@link #metricNames()}
   */
  public Map<String, Score> score(List<String> peerSentences, List<List<String>> referenceSentences) {
    Vocab vocab = new Vocab();
    Text peer = prepare(peerSentences, vocab);
    List<Text> refs = new ArrayList<>(referenceSentences.size());
    for (List<String> r : referenceSentences) {
      refs.add(prepare(r, vocab));
    }
    Map<String, Score> out = new LinkedHashMap<>();
    for (int n = 1; n <= options.maxNgram(); n++) {
      out.put("ROUGE-" + n, ngram(peer, refs, n));
    }
    if (options.lcs() || options.wlcsWeight() > 0) {
      int[] peerCounts = unigramCounts(peer.flat, vocab.size());
      List<int[]> refCounts = new ArrayList<>(refs.size());
      for (Text r : refs) {
        refCounts.add(unigramCounts(r.flat, vocab.size()));
      }
      if (options.lcs()) {
        out.put("ROUGE-L", lcs(peer, refs, peerCounts, refCounts));
      }
      if (options.wlcsWeight() > 0) {
        out.put(options.wlcsName(), wlcs(peer, refs, peerCounts, refCounts));
      }
    }
    if (options.skipMode() != RougeOptions.SkipMode.NONE) {
      skipBigrams(peer, refs, out);
    }
    return out;
  }

  /**
   * Convenience for plain strings: the peer and each reference are split into sentences on line
   * breaks ({@code '\n'}), as ROUGE reads one-sentence-per-line files.
   */
  public Map<String, Score> score(String peerText, List<String> referenceTexts) {
    List<List<String>> refs = new ArrayList<>(referenceTexts.size());
    for (String r : referenceTexts) {
      refs.add(List.of(r));
    }
    return score(List.of(peerText), refs);
  }

  // ---------------------------------------------------------------------------------------------
  // text preparation

  /** Token ids shared by the peer and the references of one case. */
  private static final class Vocab {
    /** Sized for a summary and a reference of a few hundred words each, which it then holds without rehashing. */
    private final HashMap<String, Integer> ids = new HashMap<>(1024);

    int id(String token) {
      Integer id = ids.get(token);
      if (id == null) {
        id = ids.size();
        ids.put(token, id);
      }
      return id;
    }

    int size() {
      return ids.size();
    }
  }

  /** One summary: all tokens in order (for n-grams) and tokens per sentence (for LCS). */
  private static final class Text {
    final int[] flat;
    final int[][] units;

    Text(int[] flat, int[][] units) {
      this.flat = flat;
      this.units = units;
    }
  }

  private Text prepare(List<String> sentences, Vocab vocab) {
    List<String> lines = RougeText.lines(sentences);
    if (options.escapeHtml()) {
      lines.replaceAll(RougeText::escapeHtml);
    }
    List<String> ngramLines;
    List<String> lcsLines;
    if (options.wordLimit() > 0) {
      List<String> lower = new ArrayList<>(lines.size());
      for (String l : lines) {
        lower.add(RougeText.lowerAscii(l));
      }
      ngramLines = RougeText.limitWords(lower, options.wordLimit());
      lcsLines = ngramLines;
    } else if (options.byteLimit() > 0) {
      List<String> bytes = new ArrayList<>(lines.size());
      for (String l : lines) {
        bytes.add(RougeText.lowerAscii(RougeText.asBytes(l)));
      }
      ngramLines = RougeText.limitBytes(bytes, options.byteLimit(), false);
      lcsLines = RougeText.limitBytes(bytes, options.byteLimit(), true);
    } else {
      ngramLines = lines;
      lcsLines = lines;
    }
    int[][] units = tokenize(lcsLines, vocab);
    int[][] ngramUnits = lcsLines == ngramLines ? units : tokenize(ngramLines, vocab);
    int total = 0;
    for (int[] u : ngramUnits) {
      total += u.length;
    }
    int[] flat = new int[total];
    int k = 0;
    for (int[] u : ngramUnits) {
      System.arraycopy(u, 0, flat, k, u.length);
      k += u.length;
    }
    return new Text(flat, units);
  }

  private int[][] tokenize(List<String> lines, Vocab vocab) {
    int[][] units = new int[lines.size()][];
    IntList buf = new IntList();
    boolean stop = options.removeStopwords();
    boolean stem = options.stem();
    for (int i = 0; i < units.length; i++) {
      buf.clear();
      RougeText.rawTokens(
          lines.get(i),
          raw -> {
            String t = RougeText.normalize(raw, stop, stem, resources);
            if (t != null) {
              buf.add(vocab.id(t));
            }
          });
      units[i] = buf.toArray();
    }
    return units;
  }

  private static final class IntList {
    int[] a = new int[64];
    int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    void clear() {
      n = 0;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // accumulation over references (-f A / -f B)

  private final class Acc {
    double hit;
    double modelCount;
    double peerCount;
    double best = -1;

    void add(double h, double m, double p, double score) {
      if (options.pooled()) {
        hit += h;
        modelCount += m;
        peerCount += p;
      } else if (score > best) {
        best = score;
        hit = h;
        modelCount = m;
        peerCount = p;
      }
    }

    Score score() {
      return score(1);
    }

    /** The score with recall and precision raised to {@code power} (ROUGE-W: 1 / weight). */
    Score score(double power) {
      // Math.pow(x, 1) is exactly x, so score() is the plain ratio.
      double r = modelCount != 0 ? Math.pow(hit / modelCount, power) : 0;
      double p = peerCount != 0 ? Math.pow(hit / peerCount, power) : 0;
      return Score.of(r, p, options.alpha());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ROUGE-N and ROUGE-S / SU

  private Score ngram(Text peer, List<Text> refs, int n) {
    HashMap<Long, Integer> intern = n >= 3 ? new HashMap<>() : null;
    long[] pk = ngramKeys(peer.flat, n, intern);
    KeyCounts peerCounts = new KeyCounts(pk);
    Acc acc = new Acc();
    for (Text r : refs) {
      long[] rk = ngramKeys(r.flat, n, intern);
      int hit = peerCounts.clippedHits(rk);
      acc.add(hit, rk.length, pk.length, recallKey(hit, rk.length));
    }
    return acc.score();
  }

  /** Keys of all n-grams of {@code t}, in text order; equal n-grams get equal keys. */
  private static long[] ngramKeys(int[] t, int n, HashMap<Long, Integer> intern) {
    int count = t.length - n + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] keys = new long[count];
    if (n == 1) {
      for (int i = 0; i < count; i++) {
        keys[i] = t[i];
      }
    } else {
      // ids of the (n-1)-gram prefixes, interned pairwise; the last step packs two ints
      int[] prefix = Arrays.copyOf(t, t.length);
      for (int k = 2; k < n; k++) {
        for (int i = 0; i + k <= t.length; i++) {
          long pair = ((long) prefix[i] << 32) | t[i + k - 1];
          Integer id = intern.get(pair);
          if (id == null) {
            id = intern.size();
            intern.put(pair, id);
          }
          prefix[i] = id;
        }
      }
      for (int i = 0; i < count; i++) {
        keys[i] = ((long) prefix[i] << 32) | t[i + n - 1];
      }
    }
    return keys;
  }

  /**
   * ROUGE-S and/or ROUGE-SU. Skip bigrams and unigrams never share a key, so SU's clipped hits and
   * counts are the sums of those of the skip bigrams and of the unigrams; each is computed once.
   */
  private void skipBigrams(Text peer, List<Text> refs, Map<String, Score> out) {
    RougeOptions.SkipMode mode = options.skipMode();
    int gap = options.skipGap();
    long[] ps = skipKeys(peer.flat, gap);
    KeyCounts psCounts = new KeyCounts(ps);
    // ROUGE-1.5.5 adds the unigram of every token but the last one
    long[] pu = mode.withUnigrams() ? unigramKeys(peer.flat, peer.flat.length - 1) : null;
    KeyCounts puCounts = pu != null ? new KeyCounts(pu) : null;
    Acc s = new Acc();
    Acc su = new Acc();
    for (Text r : refs) {
      long[] rs = skipKeys(r.flat, gap);
      int hit = psCounts.clippedHits(rs);
      s.add(hit, rs.length, ps.length, recallKey(hit, rs.length));
      if (pu != null) {
        long[] ru = unigramKeys(r.flat, r.flat.length - 1);
        int hitU = hit + puCounts.clippedHits(ru);
        int countU = rs.length + ru.length;
        su.add(hitU, countU, ps.length + pu.length, recallKey(hitU, countU));
      }
    }
    if (mode.plain()) {
      out.put(options.skipName(false), s.score());
    }
    if (mode.withUnigrams()) {
      out.put(options.skipName(true), su.score());
    }
  }

  /** ROUGE's per-reference score for {@code -f B} n-gram choices: rounded recall, 0 if no n-grams. */
  private static double recallKey(int hit, int count) {
    return count != 0 ? Score.round5((double) hit / count) : 0;
  }

  /** Keys of the first {@code count} tokens (none if count < 1). */
  private static long[] unigramKeys(int[] t, int count) {
    if (count < 1) {
      return new long[0];
    }
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = t[i];
    }
    return keys;
  }

  /** Skip-bigram keys: pairs (i, j) with i < j <= i + gap + 1 (any j if gap < 0). */
  private static long[] skipKeys(int[] t, int gap) {
    int last = t.length - 1;
    int size = 0;
    for (int i = 0; i < last; i++) {
      size += (gap < 0 ? last : Math.min(last, i + gap + 1)) - i;
    }
    long[] keys = new long[size];
    int k = 0;
    for (int i = 0; i < last; i++) {
      long hi = (long) t[i] << 32;
      int jMax = gap < 0 ? last : Math.min(last, i + gap + 1);
      for (int j = i + 1; j <= jMax; j++) {
        keys[k++] = hi | t[j];
      }
    }
    return keys;
  }

  /**
   * The keys of one peer summary with their counts, in an open-addressing hash table, so that the clipped hits
   * against each reference (the sum over distinct keys of the smaller of the two counts) take one pass over the
   * reference's keys and neither side is sorted.
   */
  private static final class KeyCounts {
    private final long[] keys;
    /** How often each slot's key occurs in the peer; 0 marks an empty slot. */
    private final int[] counts;
    private final int mask;
    private final int shift;

    KeyCounts(long[] peerKeys) {
      int capacity = 4;
      while (capacity < 2 * peerKeys.length) {
        capacity <<= 1;
      }
      keys = new long[capacity];
      counts = new int[capacity];
      mask = capacity - 1;
      shift = Long.numberOfLeadingZeros(capacity) + 1;
      for (long key : peerKeys) {
        int slot = slot(key);
        keys[slot] = key;
        counts[slot]++;
      }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      while (counts[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    /** Sum over distinct keys of min(count in the peer, count in {@code refKeys}). */
    int clippedHits(long[] refKeys) {
      int[] left = counts.clone();
      int hit = 0;
      for (long key : refKeys) {
        int slot = slot(key);
        if (left[slot] > 0) {
          left[slot]--;
          hit++;
        }
      }
      return hit;
    }
  }

  private static int[] unigramCounts(int[] tokens, int vocabSize) {
    int[] c = new int[vocabSize];
    for (int t : tokens) {
      c[t]++;
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // ROUGE-L

  private Score lcs(Text peer, List<Text> refs, int[] peerCounts, List<int[]> refCounts) {
    int maxPeer = maxLength(peer.units);
    Acc acc = new Acc();
    int[] table = new int[0];
    int[] inPeer = new int[peerCounts.length];
    int stamp = 0;
    int[] rows = new int[0];
    for (int r = 0; r < refs.size(); r++) {
      Text ref = refs.get(r);
      int[] modelLeft = refCounts.get(r).clone();
      int[] peerLeft = peerCounts.clone();
      int hit = 0;
      int base = 0;
      int need = (maxLength(ref.units) + 1) * (maxPeer + 1);
      if (table.length < need) {
        table = new int[need];
      }
      if (rows.length < maxLength(ref.units)) {
        rows = new int[maxLength(ref.units)];
      }
      for (int[] unit : ref.units) {
        base += unit.length;
        if (unit.length == 0) {
          continue;
        }
        boolean[] mask = new boolean[unit.length];
        for (int[] p : peer.units) {
          markLcs(unit, p, mask, table, inPeer, ++stamp, rows);
        }
        for (int j = 0; j < unit.length; j++) {
          int tok = unit[j];
          if (mask[j] && modelLeft[tok] > 0 && peerLeft[tok] > 0) {
            hit++;
            modelLeft[tok]--;
            peerLeft[tok]--;
          }
        }
      }
      acc.add(hit, base, peer.flat.length, base > 0 ? (double) hit / base : 0);
    }
    return acc.score();
  }

  /**
   * Marks in {@code mask} the positions of {@code x} on ROUGE's traceback of one LCS with y. A token of x that y
   * lacks gives a row of the table equal to the one above it, which the traceback passes straight up through, so
   * only the rows of tokens y has are computed ({@code rows} receives their positions in x; {@code inPeer} is
   * stamped with {@code stamp} at the tokens of y): the same marks at a fraction of the cost.
   */
  private static void markLcs(int[] x, int[] y, boolean[] mask, int[] c, int[] inPeer, int stamp, int[] rows) {
    for (int t : y) {
      inPeer[t] = stamp;
    }
    int m = 0;
    for (int i = 0; i < x.length; i++) {
      if (inPeer[x[i]] == stamp) {
        rows[m++] = i;
      }
    }
    int n = y.length;
    if (m == 0 || n == 0) {
      return;
    }
    int s = n + 1;
    Arrays.fill(c, 0, s, 0);
    for (int i = 1; i <= m; i++) {
      int row = i * s;
      int prev = row - s;
      c[row] = 0;
      int xi = x[rows[i - 1]];
      // The cell to the left and the one up-left are carried from the step before rather than read again.
      int left = 0;
      int diagonal = 0;
      for (int j = 1; j <= n; j++) {
        int up = c[prev + j];
        int v = xi == y[j - 1] ? diagonal + 1 : up >= left ? up : left;
        c[row + j] = v;
        diagonal = up;
        left = v;
      }
    }
    int i = m;
    int j = n;
    while (i != 0 && j != 0) {
      if (x[rows[i - 1]] == y[j - 1]) {
        i--;
        j--;
        mask[rows[i]] = true;
      } else if (c[(i - 1) * s + j] >= c[i * s + j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }

  private static int maxLength(int[][] units) {
    int max = 0;
    for (int[] u : units) {
      max = Math.max(max, u.length);
    }
    return max;
  }

  // ---------------------------------------------------------------------------------------------
  // ROUGE-W

  private Score wlcs(Text peer, List<Text> refs, int[] peerCounts, List<int[]> refCounts) {
    double w = options.wlcsWeight();
    int maxPeer = maxLength(peer.units);
    int maxLen = maxPeer;
    for (Text r : refs) {
      maxLen = Math.max(maxLen, maxLength(r.units));
    }
    double[] weight = new double[maxLen + 2];
    for (int k = 0; k < weight.length; k++) {
      weight[k] = Math.pow(k, w);
    }
    Acc acc = new Acc();
    double peerWeight = Math.pow(peer.flat.length, w);
    double[] table = new double[0];
    int[] runs = new int[0];
    for (int r = 0; r < refs.size(); r++) {
      Text ref = refs.get(r);
      int[] modelLeft = refCounts.get(r).clone();
      int[] peerLeft = peerCounts.clone();
      double hit = 0;
      double base = 0;
      int need = (maxLength(ref.units) + 1) * (maxPeer + 1);
      if (table.length < need) {
        table = new double[need];
        runs = new int[need];
      }
      for (int[] unit : ref.units) {
        base += weight[unit.length];
        if (unit.length == 0) {
          continue;
        }
        boolean[] mask = new boolean[unit.length];
        for (int[] p : peer.units) {
          markWlcs(unit, p, mask, table, runs, weight);
        }
        // ROUGE's run bookkeeping: a run is closed at a clipped hit followed by an unmarked
        // position or at the end of the sentence.
        int hitLen = 0;
        for (int j = 0; j < unit.length; j++) {
          int tok = unit[j];
          if (mask[j] && modelLeft[tok] > 0 && peerLeft[tok] > 0) {
            hitLen++;
            if (j + 1 < unit.length && !mask[j + 1]) {
              hit += weight[hitLen];
              hitLen = 0;
            } else if (j + 1 == unit.length) {
              hit += weight[hitLen];
              hitLen = 0;
            }
            modelLeft[tok]--;
            peerLeft[tok]--;
          }
        }
      }
      acc.add(hit, Math.pow(base, w), peerWeight, base > 0 ? Math.pow(hit / base, 1 / w) : 0);
    }
    return acc.score(1 / w);
  }

  private static void markWlcs(
      int[] x, int[] y, boolean[] mask, double[] c, int[] l, double[] weight) {
    int m = x.length;
    int n = y.length;
    if (m == 0 || n == 0) {
      return;
    }
    int s = n + 1;
    Arrays.fill(c, 0, s, 0);
    Arrays.fill(l, 0, s, 0);
    for (int i = 1; i <= m; i++) {
      int row = i * s;
      int prev = row - s;
      c[row] = 0;
      l[row] = 0;
      int xi = x[i - 1];
      for (int j = 1; j <= n; j++) {
        if (xi == y[j - 1]) {
          int k = l[prev + j - 1];
          c[row + j] = c[prev + j - 1] + weight[k + 1] - weight[k];
          l[row + j] = k + 1;
        } else {
          double up = c[prev + j];
          double left = c[row + j - 1];
          c[row + j] = up >= left ? up : left;
          l[row + j] = 0;
        }
      }
    }
    int i = m;
    int j = n;
    while (i != 0 && j != 0) {
      if (x[i - 1] == y[j - 1]) {
        i--;
        j--;
        mask[i] = true;
      } else if (c[(i - 1) * s + j] >= c[i * s + j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }
}
