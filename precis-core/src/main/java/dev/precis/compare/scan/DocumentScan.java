package dev.precis.compare.scan;

import dev.precis.compare.scan.Tokens.Token;
import dev.precis.model.Span;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One document as the report sees it: paragraphs, sentences, tokens, quotation spans and name mentions. Every
 * pass is linear in the document's length (look-arounds are bounded by small constants).
 */
public final class DocumentScan {
  /** A quotation span found in the text, before attribution. */
  public static final class RawQuote {
    public int open; // index of the opening mark
    public int close = -1; // index of the closing mark, -1 when the quotation runs to the end of its paragraph
    public Span span; // the quoted words
    public int paragraph;
    boolean single; // single quotation marks
    boolean continuesNext; // no closing mark, and the next paragraph opens with a quotation mark
    public boolean continuation; // continues a quotation of the previous paragraph
    public int openTok = -1; // token of the opening mark
    public int closeTok = -1; // token of the closing mark
    // attribution
    public int entity = -1;
    public boolean anonymous;
    public int confidence;
    public Span speakerSpan;
    public String how = "none";
  }

  /** A capitalized name (or organisation) in the text outside quotations. */
  public static final class Mention {
    public int tokStart; // first token of the run (titles included)
    public int tokEnd; // after the last token
    public int nameStart; // first token of the name proper
    public Span span; // the name proper
    public boolean org;
    public boolean possessive;
    public boolean strong;
    boolean theBefore;
    public boolean speechSubject;
    public boolean roleOnly; // "the US President": refers to whoever holds the role
    public List<String> given = List.of(); // name tokens before the surname (persons)
    public String surname; // person: last name token, as written
    public String display; // the name as written (person: given + surname; org: without "The")
    public String titles = ""; // stripped title words and role words before the name
    public char gender;
    public int age = -1;
    public Span ageSpan;
    public int ageTok = -1;
    public int sentence;
    public int paragraph;
    public int entity = -1;
    boolean subject;
  }

  public final int index;
  public final String text;
  public final LocalDateTime date;
  public final List<Span> paragraphs = new ArrayList<>();
  final List<Span> sentences;
  List<Token> toks;
  public int[] tokPara;
  public int[] tokSent;
  public boolean[] tokInQuote; // inside a quotation or a quotation mark
  public final List<RawQuote> quotes = new ArrayList<>();
  public final List<Mention> mentions = new ArrayList<>();
  Mention[] mentionAtTok;
  private String[] lowerBases;

  public DocumentScan(int index, String text, LocalDateTime date, List<Span> sentences) {
    this.index = index;
    this.text = text;
    this.date = date;
    this.sentences = sentences;
    findParagraphs();
    findQuotes();
    tokenize();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Paragraphs: blank-line separated when the text has blank lines, one per line otherwise (as the Segmenter).

  private void findParagraphs() {
    boolean blankLines = false;
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        if (blank(lineStart, i) && lineStart > 0 && i < n) {
          blankLines = true;
          break;
        }
        lineStart = i + 1;
      }
    }
    int start = -1;
    int lastNonBlankEnd = -1;
    lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        boolean blank = blank(lineStart, i);
        if (!blank) {
          if (start < 0) {
            start = lineStart;
          } else if (!blankLines) {
            addParagraph(start, lastNonBlankEnd);
            start = lineStart;
          }
          lastNonBlankEnd = i;
        } else if (start >= 0) {
          addParagraph(start, lastNonBlankEnd);
          start = -1;
        }
        lineStart = i + 1;
      }
    }
    if (start >= 0) {
      addParagraph(start, lastNonBlankEnd);
    }
  }

  private void addParagraph(int s, int e) {
    while (s < e && Tokens.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Tokens.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      paragraphs.add(new Span(s, e));
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Quotation spans.

  private static boolean isOpenPunct(char c) {
    return "([{\u2014\u2013-/:;\u2018'\u201C\"".indexOf(c) >= 0;
  }

  private boolean isDoubleOpener(int i, int ps, int pe) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    char next = i + 1 < pe ? text.charAt(i + 1) : ' ';
    if (Tokens.isSpace(next)) {
      return false;
    }
    char prev = i == ps ? ' ' : text.charAt(i - 1);
    return Tokens.isSpace(prev) || isOpenPunct(prev);
  }

  private boolean startsWithDoubleOpener(Span p) {
    return p.length() > 1 && isDoubleOpener(p.start(), p.start(), p.end());
  }

  private boolean isSingleOpener(int i, int ps, int pe) {
    char c = text.charAt(i);
    if (c != '\u2018' && c != '\'') {
      return false;
    }
    char next = i + 1 < pe ? text.charAt(i + 1) : ' ';
    if (!Character.isLetter(next)) {
      return false; // '90s, a lone mark
    }
    char prev = i == ps ? ' ' : text.charAt(i - 1);
    return Tokens.isSpace(prev) || "([{\u2014\u2013-:".indexOf(prev) >= 0;
  }

  /** The closing single mark of a single-quoted passage opened before {@code from}, or -1. */
  private int singleClose(int from, int pe) {
    int limit = Math.min(pe, from + 600);
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        return -1;
      }
      if (c == '\u2019' || c == '\'') {
        char prev = text.charAt(j - 1);
        char next = j + 1 < pe ? text.charAt(j + 1) : ' ';
        if (!Tokens.isSpace(prev) && !Character.isLetterOrDigit(next)) {
          return j;
        }
      }
    }
    return -1;
  }

  private void findQuotes() {
    boolean carry = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int ps = para.start();
      int pe = para.end();
      boolean in = false;
      int open = -1;
      boolean first = true;
      for (int i = ps; i < pe; i++) {
        char c = text.charAt(i);
        if (!in) {
          if (isDoubleOpener(i, ps, pe)) {
            in = true;
            open = i;
          } else if (isSingleOpener(i, ps, pe)) {
            int j = singleClose(i + 1, pe);
            if (j > 0 && emit(i, j, p, true, false, first && carry)) {
              first = false;
              carry = false;
              i = j;
            }
          }
        } else if (c == '\u201D' || c == '\u00BB' || c == '"'
            || (c == '\u201C' && !Tokens.isSpace(text.charAt(i - 1)))) {
          if (emit(open, i, p, false, false, first && carry)) {
            first = false;
            carry = false;
          }
          in = false;
        }
      }
      boolean continues = false;
      if (in) {
        continues = p + 1 < paragraphs.size() && startsWithDoubleOpener(paragraphs.get(p + 1));
        if (!emit(open, -1, p, false, continues, first && carry)) {
          continues = false;
        }
      }
      carry = continues;
    }
  }

  private boolean emit(int open, int close, int para, boolean single, boolean continuesNext, boolean continuation) {
    int s = open + 1;
    int e = close >= 0 ? close : paragraphs.get(para).end();
    while (s < e && Tokens.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Tokens.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    boolean letters = false;
    for (int k = s; k < e && !letters; k++) {
      letters = Character.isLetterOrDigit(text.charAt(k));
    }
    if (!letters) {
      return false;
    }
    RawQuote q = new RawQuote();
    q.open = open;
    q.close = close;
    q.span = new Span(s, e);
    q.paragraph = para;
    q.single = single;
    q.continuesNext = continuesNext;
    q.continuation = continuation;
    quotes.add(q);
    return true;
  }

  /** Whether {@code text[from, to)} is white space only, as {@link String#isBlank} says, without a substring. */
  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Tokens.

  private void tokenize() {
    toks = Tokens.tokenize(text, 0, text.length());
    int n = toks.size();
    tokPara = new int[n];
    tokSent = new int[n];
    tokInQuote = new boolean[n];
    Arrays.fill(tokSent, -1);
    int p = 0;
    int s = 0;
    int q = 0;
    for (int k = 0; k < n; k++) {
      Token t = toks.get(k);
      while (p + 1 < paragraphs.size() && paragraphs.get(p).end() <= t.start()) {
        p++;
      }
      tokPara[k] = p;
      while (s < sentences.size() && sentences.get(s).end() <= t.start()) {
        s++;
      }
      if (s < sentences.size() && sentences.get(s).start() <= t.start()) {
        tokSent[k] = s;
      } else {
        tokSent[k] = k > 0 ? tokSent[k - 1] : 0;
      }
      while (q < quotes.size() && quoteEnd(quotes.get(q)) < t.start()) {
        q++;
      }
      if (q < quotes.size()) {
        RawQuote rq = quotes.get(q);
        if (t.start() >= rq.open && t.start() <= quoteEnd(rq)) {
          tokInQuote[k] = true;
          if (t.start() == rq.open) {
            rq.openTok = k;
          }
          if (t.start() == rq.close) {
            rq.closeTok = k;
          }
        }
      }
    }
  }

  /** Last character index belonging to a quotation (its closing mark, or the end of its paragraph). */
  private int quoteEnd(RawQuote q) {
    return q.close >= 0 ? q.close : paragraphs.get(q.paragraph).end() - 1;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers over tokens.

  public Token tok(int k) {
    return toks.get(k);
  }

  public int size() {
    return toks.size();
  }

  public boolean isWord(int k) {
    return k >= 0 && k < toks.size() && toks.get(k).isWord();
  }

  /** Whether token {@code k} ends in a possessive 's (false outside the text). */
  public boolean isPossessive(int k) {
    return k >= 0 && k < toks.size() && toks.get(k).isPossessive();
  }

  public boolean isLowerWord(int k) {
    return isWord(k) && Character.isLowerCase(toks.get(k).text().charAt(0));
  }

  /** Token {@code k} in lower case without a possessive 's ("" outside the text), made once per token. */
  public String lower(int k) {
    if (k < 0 || k >= toks.size()) {
      return "";
    }
    if (lowerBases == null) {
      lowerBases = new String[toks.size()];
    }
    String lower = lowerBases[k];
    if (lower == null) {
      lower = toks.get(k).lowerBase();
      lowerBases[k] = lower;
    }
    return lower;
  }

  public boolean isPunct(int k, char c) {
    return k >= 0 && k < toks.size() && toks.get(k).isPunct(c);
  }

  public boolean isQuoteMark(int k) {
    if (k < 0 || k >= toks.size()) {
      return false;
    }
    String t = toks.get(k).text();
    if (t.length() != 1) {
      return false;
    }
    char c = t.charAt(0);
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\''
        || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
  }

  public boolean isSentenceInitial(int k) {
    if (k == 0 || tokSent[k] != tokSent[k - 1] || tokPara[k] != tokPara[k - 1]) {
      return true;
    }
    Token prev = toks.get(k - 1);
    return prev.text().length() == 1 && "\"\u201C\u2018'([\u2014\u2013-:".indexOf(prev.text().charAt(0)) >= 0;
  }

  public boolean isSpeechVerb(int k) {
    return isLowerWord(k) && Lexicon.SPEECH_VERBS.contains(toks.get(k).lower());
  }

  /** Title abbreviations after which a full stop does not end a name ("Dr.", "St.", "Mr."). */
  private static final Set<String> DOTTED_TITLES = Lexicon.english("dotted-titles");

  public boolean isAbbreviationDot(int k) {
    if (!isPunct(k, '.') || k == 0) {
      return false;
    }
    Token prev = toks.get(k - 1);
    if (prev.end() != toks.get(k).start()) {
      return false;
    }
    String lw = prev.lower();
    return DOTTED_TITLES.contains(lw) || (prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0)));
  }

  /** Finds the capitalized runs outside quotations and classifies them ({@link MentionFinder}). */
  public void findMentions(Set<String> lowerWords) {
    MentionFinder.findIn(this, lowerWords);
  }

  public Mention mentionAt(int k) {
    return k >= 0 && k < mentionAtTok.length ? mentionAtTok[k] : null;
  }
}
