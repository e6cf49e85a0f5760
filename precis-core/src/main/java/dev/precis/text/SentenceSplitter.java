package dev.precis.text;

import dev.precis.lang.WordLists;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Rule-based sentence splitter for news text.
 *
 * <p>The splitter makes one linear pass over the text (plus two cheap linear pre-passes that gather document-level
 * statistics) and never uses regular expressions, so its running time is proportional to the input length whatever
 * the input looks like. Every look-ahead and look-behind is bounded by a small constant.
 *
 * <p>What it knows about:
 *
 * <ul>
 *   <li>terminal punctuation {@code . ! ? …} (and runs such as {@code ?!}, {@code ...}, {@code . . .}), closing quotes
 *       and brackets after it, and CJK full stops;
 *   <li>abbreviations: titles that never end a sentence ({@code Mr.}, {@code Dr.}, {@code Sen.}, {@code e.g.},
 *       {@code vs.} ...), abbreviations that can end one ({@code U.S.}, {@code Inc.}, {@code a.m.}, {@code etc.},
 *       months, states ...) where the sentence is only ended when a common sentence opener follows, {@code No.} before
 *       a number, initials ({@code John F. Kennedy}, {@code J.R.R. Tolkien});
 *   <li>ellipses: a following capitalized word starts a new sentence, a lowercase one continues it;
 *   <li>quotations with speech tags ({@code "Is this the end?" she asked.} is one sentence);
 *   <li>line structure: a blank line always ends a sentence; a single line break ends one when the next line starts
 *       a new paragraph (text with one paragraph per line, headlines without final punctuation, bullets); hard-wrapped
 *       text (lines broken mid-sentence, as in DUC wire copy) is detected and its line breaks are treated as spaces,
 *       except before indented lines and after short (headline) lines;
 *   <li>mostly lower-case text (Multi-News), where a clear period followed by a lowercase word still ends a sentence,
 *       and tokenized text ({@code he said . the president}).
 * </ul>
 */
public final class SentenceSplitter {

  public SentenceSplitter() {}

  /**
   * Sentence spans in text, in order, non-overlapping; each span trimmed of surrounding white space, never empty.
   */
  public List<Span> split(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new Scan(text).run());
  }

  /** White space as the splitter sees it: Java white space plus no-break, zero-width and other Unicode spaces. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c < '\u0085') {
      return false;
    }
    return c == '\u0085' || c == '\u200B' || c == '\uFEFF' || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean isHSpace(char c) {
    return isSpace(c) && !isLineBreak(c);
  }

  private static boolean isTerminal(char c) {
    switch (c) {
      case '.', '!', '?', '\u2026', '\u203C', '\u2047', '\u2048', '\u2049', '\u3002', '\uFF1F', '\uFF01', '\uFF61':
        return true;
      default:
        return false;
    }
  }

  private static boolean isQuoteCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB' || c == '\u203A';
  }

  private static boolean isCloser(char c) {
    return isQuoteCloser(c) || c == ')' || c == ']' || c == '}' || c == '\u300D' || c == '\u300F';
  }

  private static boolean isOpener(char c) {
    switch (c) {
      case '(', '[', '{', '"', '\'', '`', '\u201C', '\u2018', '\u201E', '\u201A', '\u00AB', '\u2039', '\u00BF',
          '\u00A1', '\u300C', '\u300E':
        return true;
      default:
        return false;
    }
  }

  private static boolean isQuoteOpener(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '\u201C' || c == '\u2018' || c == '\u201E' || c == '\u00AB';
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Word lists (all lower case).

  /** Abbreviations that (practically) never end a sentence: titles before names, Latin "e.g.", "vs." ... */
  private static final Set<String> NEVER = WordLists.words("en", "abbreviations-never-ending");

  /** Abbreviations that don't end a sentence when a number follows ("No. 5", "fig. 3"), and are words otherwise. */
  private static final Set<String> BEFORE_NUMBER = WordLists.words("en", "abbreviations-before-number");

  /**
   * Abbreviations that may end a sentence; the sentence is ended only if a common sentence opener follows. Dotted
   * acronyms (U.S., a.m., J.R.R.) and initials are treated the same way.
   */
  private static final Set<String> ENDING = WordLists.words("en", "abbreviations-ending");

  /** Like {@link #ENDING} but also ordinary words, so only recognized when capitalized ("Mass." but not "mass."). */
  private static final Set<String> ENDING_CAPITALIZED = WordLists.words("en", "abbreviations-ending-capitalized");

  /** Capitalized words that commonly open a sentence; used after an abbreviation that may end one (mixed case). */
  private static final Set<String> STARTERS = WordLists.words("en", "sentence-starters");

  /** Sentence openers that are safe to trust in lower-cased text ("the u.s. in 2010" must not split). */
  private static final Set<String> LOWER_STARTERS = WordLists.words("en", "sentence-starters-lower-case");

  /** Verbs of a speech tag after a quotation ("... ?" she asked). */
  private static final Set<String> SPEECH_VERBS = WordLists.tagged("en", "speech-verbs", "tag");

  private enum Kind { PERIOD, ELLIPSIS, QUESTION_OR_EXCLAMATION }

  private enum Cls { NONE, NORMAL, NEVER, BEFORE_NUMBER, ENDING, INITIAL, LIST_NUMBER }

  /** One split of one text. */
  private static final class Scan {
    private final String t;
    /**
     * The text's characters: read from an array, which costs less than {@link String#charAt} does before the JIT's
     * last tier compiles it (a range check and a call per character on text that is not Latin-1).
     */
    private final char[] chars;
    private final int n;
    private final boolean lower;
    private final boolean mixed;
    private boolean wrapped;
    private int minIndent;
    private double wrapWidth;

    private final List<Span> out = new ArrayList<>();
    private int lastCut;
    private int lineStart;
    // results of skipGap
    private int gapNewlines;
    private int gapLastNewline;

    Scan(String t) {
      this.t = t;
      this.chars = t.toCharArray();
      this.n = t.length();
      this.lower = mostlyLowerCase();
      this.mixed = !lower;
      analyzeLines();
    }

    List<Span> run() {
      int i = 0;
      while (i < n) {
        char c = chars[i];
        if (isTerminal(c)) {
          i = handleRun(i);
        } else if (isLineBreak(c)) {
          i = handleLineBreak(i);
        } else {
          i++;
        }
      }
      emit(lastCut, n);
      return out;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Document-level statistics.

    /** True when fewer than 2% of the words start with a capital letter (e.g. lower-cased Multi-News input). */
    private boolean mostlyLowerCase() {
      int up = 0;
      int low = 0;
      boolean boundary = true;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c < 0x80) {
          // ASCII without the Unicode tables: the same answers for these characters.
          if (c >= 'a' && c <= 'z') {
            low += boundary ? 1 : 0;
            boundary = false;
          } else if (c >= 'A' && c <= 'Z') {
            up += boundary ? 1 : 0;
            boundary = false;
          } else {
            boundary = (c < '0' || c > '9') && c != '\'';
          }
        } else if (Character.isLetter(c)) {
          if (boundary) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
              up++;
            } else if (Character.isLowerCase(c)) {
              low++;
            }
          }
          boundary = false;
        } else {
          boundary = !Character.isDigit(c) && c != '\u2019';
        }
      }
      return low > 0 && (long) up * 50 < (long) up + low;
    }

    /**
     * Decides whether the text is hard-wrapped (line breaks in the middle of sentences) and, if so, its typical line
     * width and the indentation of its continuation lines.
     */
    private void analyzeLines() {
      int total = 0;
      int lowerNext = 0;
      int noTerm = 0;
      long lenLower = 0;
      long lenNoTerm = 0;
      int minInd = Integer.MAX_VALUE;
      boolean havePrev = false;
      int prevLen = 0;
      boolean prevTerm = false;
      int i = 0;
      while (true) {
        int ls = i;
        int le = i;
        while (le < n && !isLineBreak(chars[le])) {
          le++;
        }
        int f = ls;
        while (f < le && isSpace(chars[f])) {
          f++;
        }
        if (f == le) {
          havePrev = false;
        } else {
          int l = le - 1;
          while (l > f && isSpace(chars[l])) {
            l--;
          }
          minInd = Math.min(minInd, f - ls);
          if (havePrev) {
            total++;
            if (Character.isLowerCase(chars[skipOpeners(f)])) {
              lowerNext++;
              lenLower += prevLen;
            }
            if (!prevTerm) {
              noTerm++;
              lenNoTerm += prevLen;
            }
          }
          havePrev = true;
          prevLen = l - ls + 1;
          prevTerm = endsWithTerminal(f, l);
        }
        if (le >= n) {
          break;
        }
        char c = chars[le];
        if (c == '\r' && le + 1 < n && chars[le + 1] == '\n') {
          le++;
        } else if (c == '\u2029' || c == '\u000B' || c == '\u000C') {
          havePrev = false;
        }
        i = le + 1;
      }
      minIndent = minInd == Integer.MAX_VALUE ? 0 : minInd;
      if (mixed) {
        wrapped = lowerNext >= 2 && lowerNext * 10L >= total * 3L;
        wrapWidth = wrapped ? (double) lenLower / lowerNext : 0;
      } else {
        wrapped = total >= 3 && noTerm * 10L >= total * 6L && lenNoTerm >= 40L * noTerm;
        wrapWidth = wrapped ? (double) lenNoTerm / noTerm : 0;
      }
    }

    private boolean endsWithTerminal(int f, int l) {
      int j = l;
      int steps = 0;
      while (j > f && isCloser(chars[j]) && steps++ < 8) {
        j--;
      }
      return isTerminal(chars[j]);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Output.

    private void cut(int pos) {
      emit(lastCut, pos);
      lastCut = pos;
    }

    private void emit(int a, int b) {
      while (a < b && isSpace(chars[a])) {
        a++;
      }
      while (b > a && isSpace(chars[b - 1])) {
        b--;
      }
      if (a < b) {
        out.add(new Span(a, b));
      }
    }

    /** Skips white space from {@code i}; records the number of line breaks (a paragraph break counts 2). */
    private int skipGap(int i) {
      int g = i;
      int nl = 0;
      int last = -1;
      while (g < n) {
        char c = chars[g];
        if (!isSpace(c)) {
          break;
        }
        switch (c) {
          case '\n', '\u0085', '\u2028' -> {
            nl++;
            last = g;
          }
          case '\r' -> {
            if (g + 1 >= n || chars[g + 1] != '\n') {
              nl++;
              last = g;
            }
          }
          case '\u2029', '\u000B', '\u000C' -> {
            nl += 2;
            last = g;
          }
          default -> { }
        }
        g++;
      }
      gapNewlines = nl;
      gapLastNewline = last;
      return g;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Line breaks after lines without terminal punctuation.

    private int handleLineBreak(int i) {
      int g = skipGap(i);
      int nl = gapNewlines;
      int prevLineStart = lineStart;
      lineStart = gapLastNewline + 1;
      if (g >= n) {
        return n;
      }
      if (nl >= 2) {
        cut(i);
        return g;
      }
      int e = i - 1;
      while (e >= prevLineStart && isSpace(chars[e])) {
        e--;
      }
      if (e < prevLineStart) {
        return g;
      }
      boolean bullet = isBullet(g);
      boolean nextLower = Character.isLowerCase(chars[skipOpeners(g)]);
      if (wrapped) {
        if (bullet || g - lineStart > minIndent) {
          cut(i);
        } else if (!(mixed && nextLower) && e - prevLineStart + 1 < 0.6 * wrapWidth) {
          cut(i); // a short line: headline or paragraph end without punctuation
        }
      } else if (bullet) {
        cut(i);
      } else if (mixed && nextLower) {
        // continuation of the sentence on the next line
      } else if (nextLower && chars[e] == '-' && e > prevLineStart && Character.isLetter(chars[e - 1])) {
        // hyphenated word broken across lines
      } else {
        cut(i);
      }
      return g;
    }

    private int skipOpeners(int q) {
      int k = 0;
      while (q < n - 1 && k < 4 && isOpener(chars[q])) {
        q++;
        k++;
      }
      return q;
    }

    private boolean isBullet(int g) {
      char c = chars[g];
      if ("\u2022\u25E6\u25AA\u25AB\u25CF\u25CB\u25A0\u25A1\u25BA\u25B8\u2023\u2043".indexOf(c) >= 0) {
        return true;
      }
      char d = g + 1 < n ? chars[g + 1] : 'x';
      if ((c == '-' || c == '\u2013' || c == '\u2014' || c == '*' || c == '\u00B7') && isHSpace(d)) {
        return true;
      }
      if (Character.isDigit(c)) {
        int k = g;
        while (k < n && k - g < 3 && Character.isDigit(chars[k])) {
          k++;
        }
        return k + 1 < n && (chars[k] == '.' || chars[k] == ')') && isHSpace(chars[k + 1]);
      }
      return false;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Terminal punctuation.

    private int handleRun(int ps) {
      int pe = ps;
      int dots = 0;
      boolean qe = false;
      boolean ell = false;
      boolean cjk = false;
      while (pe < n) {
        char c = chars[pe];
        if (c == '.') {
          int m = 0;
          int q = pe + 1;
          while (q + 1 < n && chars[q] == ' ' && chars[q + 1] == '.') {
            m++;
            q += 2;
          }
          if (m >= 2) { // spaced ellipsis ". . ."
            dots += m + 1;
            ell = true;
            pe = q;
          } else {
            dots++;
            pe++;
          }
        } else if (c == '\u2026') {
          ell = true;
          pe++;
        } else if (c == '?' || c == '!' || c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049') {
          qe = true;
          pe++;
        } else if (c == '\u3002' || c == '\uFF1F' || c == '\uFF01' || c == '\uFF61') {
          cjk = true;
          pe++;
        } else {
          break;
        }
      }
      int ce = pe;
      boolean quote = false;
      boolean paren = false;
      while (ce < n && isCloser(chars[ce])) {
        if (isQuoteCloser(chars[ce])) {
          quote = true;
        } else {
          paren = true;
        }
        ce++;
      }
      if (cjk) {
        cut(ce);
        return ce;
      }
      if (ce >= n) {
        return n;
      }
      if (!isSpace(chars[ce])) {
        return ce; // 3.5, U.S.-based, www.example.com, "end."The
      }
      int g;
      int rounds = 0;
      while (true) {
        g = skipGap(ce);
        if (gapNewlines == 0 && g < n && rounds++ < 3) {
          // tokenized closers after the period: he said . '' Then / ( see below . )
          int q = g;
          while (q < n && q - g < 4 && isCloser(chars[q])) {
            q++;
          }
          boolean lone = q - g == 1 && (chars[g] == '"' || chars[g] == '\'');
          if (q > g && (q == n || isSpace(chars[q])) && !lone) {
            for (int k = g; k < q; k++) {
              if (isQuoteCloser(chars[k])) {
                quote = true;
              } else {
                paren = true;
              }
            }
            ce = q;
            continue;
          }
        }
        break;
      }
      int nl = gapNewlines;
      int lastNl = gapLastNewline;
      int ns = g;
      if (nl >= 1) {
        lineStart = lastNl + 1;
      }
      if (ns >= n) {
        return n;
      }
      if (nl >= 2) {
        cut(ce);
        return ns;
      }
      Kind kind = qe ? Kind.QUESTION_OR_EXCLAMATION : (ell || dots >= 2) ? Kind.ELLIPSIS : Kind.PERIOD;
      if (decide(kind, ps, ns, nl, lastNl, quote, quote || paren)) {
        cut(ce);
      }
      return ns;
    }

    private boolean decide(Kind kind, int ps, int ns, int nl, int lastNl, boolean quote, boolean closed) {
      boolean standalone = kind == Kind.PERIOD && (ps == 0 || isSpace(chars[ps - 1]));
      int q = skipOpeners(ns);
      boolean opener = q > ns;
      char nc = chars[q];
      boolean nextLower = Character.isLowerCase(nc);
      boolean nextUpper = Character.isLetter(nc) && !nextLower;
      boolean nextDigit = Character.isDigit(nc);
      Cls cls = kind == Kind.PERIOD && !standalone ? classify(ps) : Cls.NONE;

      boolean paragraphBreak = nl == 1 && (!wrapped || isBullet(ns) || ns - (lastNl + 1) > minIndent);
      if (paragraphBreak) {
        switch (cls) {
          case NEVER, LIST_NUMBER:
            return false;
          case INITIAL:
            return endingRule(cls, opener, ns, q, nextUpper, closed);
          case BEFORE_NUMBER:
            if (nextDigit) {
              return false;
            }
            break;
          default:
            break;
        }
        return !(mixed && nextLower);
      }
      switch (kind) {
        case QUESTION_OR_EXCLAMATION:
          if (mixed && nextLower) {
            return false;
          }
          return !(quote && speechTagFollows(ns));
        case ELLIPSIS:
          if (!nextUpper) {
            return false;
          }
          return !(quote && speechTagFollows(ns));
        default:
          break;
      }
      if (standalone) {
        return !(mixed && nextLower);
      }
      switch (cls) {
        case NEVER:
        case LIST_NUMBER:
          return false;
        case BEFORE_NUMBER:
          if (nextDigit) {
            return false;
          }
          return !(mixed && nextLower);
        case ENDING:
        case INITIAL:
          return endingRule(cls, opener, ns, q, nextUpper, closed);
        default:
          return !(mixed && nextLower);
      }
    }

    /** After an abbreviation that may end a sentence: end it only before a likely sentence opener. */
    private boolean endingRule(Cls cls, boolean opener, int ns, int q, boolean nextUpper, boolean closed) {
      if (mixed && !nextUpper) {
        return false;
      }
      if (cls == Cls.ENDING && ((opener && isQuoteOpener(chars[ns])) || (closed && mixed))) {
        return true;
      }
      if (opener) {
        return false;
      }
      String w = wordAt(q);
      return mixed ? STARTERS.contains(w) : LOWER_STARTERS.contains(w);
    }

    /** The lower-cased letters of the word at {@code q} (up to an apostrophe), at most 20 characters. */
    private String wordAt(int q) {
      int e = q;
      while (e < n && e - q < 20 && Character.isLetter(chars[e])) {
        e++;
      }
      return t.substring(q, e).toLowerCase(Locale.ROOT);
    }

    /** Whether a speech tag ("she asked", "John Smith said") follows a closing quote. */
    private boolean speechTagFollows(int ns) {
      int limit = Math.min(n, ns + 80);
      int p = ns;
      for (int words = 0; words < 4 && p < limit; words++) {
        int ws = p;
        while (p < limit) {
          char c = chars[p];
          if (Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.') {
            p++;
          } else {
            break;
          }
        }
        if (p == ws) {
          return false;
        }
        int we = p;
        while (we > ws && chars[we - 1] == '.') {
          we--;
        }
        if (SPEECH_VERBS.contains(t.substring(ws, we).toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (mixed && !Character.isUpperCase(chars[ws])) {
          return false;
        }
        if (p >= limit || !isHSpace(chars[p])) {
          return false;
        }
        while (p < limit && isHSpace(chars[p])) {
          p++;
        }
      }
      return false;
    }

    /** Classifies the token that ends in the period at {@code ps} (which is attached to it). */
    private Cls classify(int ps) {
      int ts = ps;
      int steps = 0;
      while (ts > 0 && !isSpace(chars[ts - 1])) {
        if (++steps > 48) {
          return Cls.NORMAL;
        }
        ts--;
      }
      if (isCloser(chars[ps - 1])) {
        return Cls.NORMAL; // "(AP)." "said'."
      }
      int cs = ts;
      while (cs < ps && isOpener(chars[cs])) {
        cs++;
      }
      for (int k = ps - 1; k >= cs; k--) {
        char c = chars[k];
        if (c == '-' || c == '/' || c == '\u2013' || c == '\u2014') {
          cs = k + 1;
          break;
        }
      }
      if (cs >= ps) {
        return Cls.NORMAL;
      }
      String core = t.substring(cs, ps);
      if (allDigits(core)) {
        return core.length() <= 3 && listContext(cs) ? Cls.LIST_NUMBER : Cls.NORMAL;
      }
      String lc = core.toLowerCase(Locale.ROOT);
      if (NEVER.contains(lc)) {
        return Cls.NEVER;
      }
      if (BEFORE_NUMBER.contains(lc)) {
        return Cls.BEFORE_NUMBER;
      }
      char c0 = core.charAt(0);
      if (ENDING.contains(lc) || (ENDING_CAPITALIZED.contains(lc) && Character.isUpperCase(c0))) {
        return Cls.ENDING;
      }
      if (core.length() == 1 && Character.isLetter(c0)) {
        if (listContext(cs)) {
          return Cls.LIST_NUMBER; // "a. first item", "Q. What did you see?"
        }
        return Character.isUpperCase(c0) || lower ? Cls.INITIAL : Cls.NORMAL;
      }
      int d = 0;
      while (d < lc.length() && Character.isDigit(lc.charAt(d))) {
        d++;
      }
      String rest = d == 0 ? lc : lc.substring(d); // "5p.m"
      if (isDotted(rest)) {
        return NEVER.contains(rest) ? Cls.NEVER : Cls.ENDING;
      }
      return Cls.NORMAL;
    }

    /** A list marker: the number or letter starts a line, follows a colon, or starts the current sentence. */
    private boolean listContext(int cs) {
      int j = cs - 1;
      int steps = 0;
      while (j >= 0 && isHSpace(chars[j]) && steps++ < 64) {
        j--;
      }
      if (j < 0 || j < lastCut) {
        return true;
      }
      char c = chars[j];
      return isLineBreak(c) || c == ':';
    }

    private static boolean allDigits(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isDigit(s.charAt(i))) {
          return false;
        }
      }
      return !s.isEmpty();
    }

    /** Single letters separated by periods: "u.s", "j.r.r", "a.m". */
    private static boolean isDotted(String s) {
      int len = s.length();
      if (len < 3 || len % 2 == 0) {
        return false;
      }
      for (int i = 0; i < len; i++) {
        char c = s.charAt(i);
        if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
          return false;
        }
      }
      return true;
    }
  }
}
