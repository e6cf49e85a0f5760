package dev.precis.compare;

import dev.precis.compare.Tokens.Token;
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
final class DocumentScan {
  /** A quotation span found in the text, before attribution. */
  static final class RawQuote {
    int open; // index of the opening mark
    int close = -1; // index of the closing mark, -1 when the quotation runs to the end of its paragraph
    Span span; // the quoted words
    int paragraph;
    boolean single; // single quotation marks
    boolean continuesNext; // no closing mark, and the next paragraph opens with a quotation mark
    boolean continuation; // continues a quotation of the previous paragraph
    int openTok = -1; // token of the opening mark
    int closeTok = -1; // token of the closing mark
    // attribution
    int entity = -1;
    boolean anonymous;
    int confidence;
    Span speakerSpan;
    String how = "none";
  }

  /** A capitalized name (or organisation) in the text outside quotations. */
  static final class Mention {
    int tokStart; // first token of the run (titles included)
    int tokEnd; // after the last token
    int nameStart; // first token of the name proper
    Span span; // the name proper
    boolean org;
    boolean possessive;
    boolean strong;
    boolean theBefore;
    boolean speechSubject;
    boolean roleOnly; // "the US President": refers to whoever holds the role
    List<String> given = List.of(); // name tokens before the surname (persons)
    String surname; // person: last name token, as written
    String display; // the name as written (person: given + surname; org: without "The")
    String titles = ""; // stripped title words and role words before the name
    char gender;
    int age = -1;
    Span ageSpan;
    int ageTok = -1;
    int sentence;
    int paragraph;
    int entity = -1;
    boolean subject;
  }

  final int index;
  final String text;
  final LocalDateTime date;
  final List<Span> paragraphs = new ArrayList<>();
  final List<Span> sentences;
  List<Token> toks;
  int[] tokPara;
  int[] tokSent;
  boolean[] tokInQuote; // inside a quotation or a quotation mark
  final List<RawQuote> quotes = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();
  Mention[] mentionAtTok;

  DocumentScan(int index, String text, LocalDateTime date, List<Span> sentences) {
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
        if (text.substring(lineStart, i).isBlank() && lineStart > 0 && i < n) {
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
        boolean blank = text.substring(lineStart, i).isBlank();
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

  Token tok(int k) {
    return toks.get(k);
  }

  int size() {
    return toks.size();
  }

  boolean isWord(int k) {
    return k >= 0 && k < toks.size() && toks.get(k).isWord();
  }

  boolean isLowerWord(int k) {
    return isWord(k) && Character.isLowerCase(toks.get(k).text().charAt(0));
  }

  String lower(int k) {
    return k >= 0 && k < toks.size() ? toks.get(k).lowerBase() : "";
  }

  boolean isPunct(int k, char c) {
    return k >= 0 && k < toks.size() && toks.get(k).isPunct(c);
  }

  boolean isQuoteMark(int k) {
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

  boolean isSentenceInitial(int k) {
    if (k == 0 || tokSent[k] != tokSent[k - 1] || tokPara[k] != tokPara[k - 1]) {
      return true;
    }
    Token prev = toks.get(k - 1);
    return prev.text().length() == 1 && "\"\u201C\u2018'([\u2014\u2013-:".indexOf(prev.text().charAt(0)) >= 0;
  }

  boolean isSpeechVerb(int k) {
    return isLowerWord(k) && Lexicon.SPEECH_VERBS.contains(toks.get(k).lower());
  }

  /** Title abbreviations after which a full stop does not end a name ("Dr.", "St.", "Mr."). */
  private static final Set<String> DOTTED_TITLES = Lexicon.english("dotted-titles");

  boolean isAbbreviationDot(int k) {
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

  // ---------------------------------------------------------------------------------------------------------
  // Name mentions.

  private static final Set<String> PARTICLES = Lexicon.english("name-particles");

  /** Capitalized words at the start of a sentence that are function words, never names. */
  static final Set<String> FUNCTION_WORDS = Lexicon.english("function-words");

  private boolean isNameToken(int k) {
    if (!isWord(k) || tokInQuote[k]) {
      return false;
    }
    Token t = toks.get(k);
    char c = t.text().charAt(0);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (t.isAllCaps() && t.text().replace(".", "").length() > 4) {
      return false; // headline capitals
    }
    String lw = t.lowerBase();
    return !Lexicon.WEEKDAYS.contains(lw) && !(Lexicon.MONTHS.contains(lw) && !lw.equals("may"));
  }

  private boolean orgWord(String lw) {
    return Lexicon.ORG_WORDS.contains(lw);
  }

  /**
   * Finds the capitalized runs outside quotations and classifies them.
   *
   * @param lowerWords words the story also writes in lower case (so "Shocking" at a sentence start is no name)
   */
  void findMentions(Set<String> lowerWords) {
    int n = toks.size();
    mentionAtTok = new Mention[n];
    int k = 0;
    while (k < n) {
      if (!isNameToken(k)) {
        k++;
        continue;
      }
      int s = k;
      int e = k + 1;
      while (e < n) {
        Token last = toks.get(e - 1);
        if (tokPara[e] != tokPara[s] || (tokSent[e] != tokSent[s] && !isAbbreviationDot(e - 1)
            && !isAbbreviationDot(e))) {
          break;
        }
        if (isAbbreviationDot(e) && isNameToken(e + 1)) {
          e += 2;
        } else if (last.isPossessive()) {
          if (isNameToken(e) && orgWord(lower(e))) {
            e++;
          } else {
            break;
          }
        } else if (isPunct(e, '\u2019') || isPunct(e, '\'')) {
          if (last.text().endsWith("s") && toks.get(e).start() == last.end() && isNameToken(e + 1)
              && orgWord(lower(e + 1))) {
            e += 2;
          } else {
            break;
          }
        } else if (isLowerWord(e) && isNameToken(e + 1)) {
          String lw = lower(e);
          String prev = last.lowerBase();
          if (lw.equals("of") && (Lexicon.TITLES.contains(prev) || Lexicon.TITLE_PHRASE_WORDS.contains(prev)
              || orgWord(prev))) {
            e += 2;
          } else if ((lw.equals("and") || lw.equals("for")) && orgAhead(e + 1)) {
            e += 2;
          } else if (PARTICLES.contains(lw)) {
            e += 2;
          } else {
            break;
          }
        } else if (isPunct(e, '&') && isNameToken(e + 1)) {
          e += 2;
        } else if (isNameToken(e)) {
          e++;
        } else {
          break;
        }
      }
      k = e;
      // Drop sentence-initial function words and common words ("The", "Shocking").
      while (s < e && isSentenceInitial(s)) {
        String lw = lower(s);
        boolean common = FUNCTION_WORDS.contains(lw)
            || (lowerWords.contains(lw) && !Lexicon.TITLES.contains(lw) && !Lexicon.PERSON_NOUNS.contains(lw)
                && !Lexicon.isGivenName(lw) && !orgWord(lw));
        if (!common) {
          break;
        }
        s++;
        while (s < e && !isNameToken(s)) {
          s++;
        }
      }
      if (s >= e) {
        continue;
      }
      while (e > s && !toks.get(e - 1).isWord()) {
        e--;
      }
      if (e - s == 1 && (Lexicon.GROUP_NOUNS.contains(lower(s)) || Lexicon.PERSON_NOUNS.contains(lower(s)))) {
        continue; // "Investigators said", "Doctors said"
      }
      Mention m = classify(s, e);
      if (m != null) {
        mentions.add(m);
        for (int j = s; j < e; j++) {
          mentionAtTok[j] = m;
        }
      }
    }
  }

  private boolean orgAhead(int from) {
    for (int j = from; j < Math.min(toks.size(), from + 4) && isNameToken(j); j++) {
      if (orgWord(lower(j))) {
        return true;
      }
    }
    return false;
  }

  private Mention classify(int s, int e) {
    Mention m = new Mention();
    m.tokStart = s;
    m.tokEnd = e;
    m.sentence = tokSent[s];
    m.paragraph = tokPara[s];
    Token lastTok = toks.get(e - 1);
    m.possessive = lastTok.isPossessive()
        || (e < toks.size() && (isPunct(e, '\u2019') || isPunct(e, '\'')) && lastTok.text().endsWith("s")
            && toks.get(e).start() == lastTok.end() && isLowerWord(e + 1));
    m.theBefore = s > 0 && lower(s - 1).equals("the") && !tokInQuote[s - 1];
    // Name tokens: words of the run (dots and connectors dropped later).
    List<Integer> words = new ArrayList<>();
    for (int j = s; j < e; j++) {
      if (isWord(j)) {
        words.add(j);
      }
    }
    // Person cues before the run: lower-case role words ("press secretary Sarah Sanders").
    StringBuilder rolePrefix = new StringBuilder();
    boolean personCue = false;
    char gender = 0;
    int j = s - 1;
    int steps = 0;
    while (j >= 0 && steps < 4 && isLowerWord(j) && !tokInQuote[j]) {
      String lw = lower(j);
      if (Lexicon.NP_STOPS.contains(lw) || Lexicon.DEFINITE.contains(lw) || Lexicon.INDEFINITE.contains(lw)) {
        break;
      }
      if (Lexicon.PERSON_NOUNS.contains(lw) || Lexicon.TITLES.contains(lw)) {
        personCue = true;
      }
      if (Lexicon.genderCue(lw) != 0) {
        gender = Lexicon.genderCue(lw);
      }
      rolePrefix.insert(0, toks.get(j).text() + " ");
      j--;
      steps++;
    }
    if (!personCue) {
      rolePrefix.setLength(0);
    } else {
      // The organisation before the role words: "Varnholm Transit chief executive Lotte Brandvik".
      int c = j;
      int taken = 0;
      while (c >= 0 && taken < 4 && isNameToken(c) && tokSent[c] == tokSent[s]) {
        c--;
        taken++;
      }
      if (taken > 0) {
        StringBuilder org = new StringBuilder();
        for (int x = c + 1; x <= j; x++) {
          if (isSentenceInitial(x) && FUNCTION_WORDS.contains(lower(x))) {
            continue;
          }
          org.append(toks.get(x).text()).append(' ');
        }
        rolePrefix.insert(0, org);
      }
    }
    // Is it an organisation or a place?
    boolean org = m.theBefore;
    boolean acronyms = true;
    for (int w = 0; w < words.size(); w++) {
      String lw = lower(words.get(w));
      if (orgWord(lw) && !(w == 0 && Lexicon.PERSON_NOUNS.contains(lw) && words.size() > 1)) {
        org = true;
      }
      if (!toks.get(words.get(w)).isAllCaps()) {
        acronyms = false;
      }
    }
    if (acronyms) {
      org = true;
    }
    // Split titles from the name: the name starts after the last title or role word (the surname stays).
    int nameFrom = 0;
    for (int w = 0; w < words.size() - 1; w++) {
      Token t = toks.get(words.get(w));
      String lw = t.lowerBase();
      boolean descriptor = t.text().indexOf('-') > 0 && !t.text().substring(t.text().indexOf('-')).equals(
          t.text().substring(t.text().indexOf('-')).toUpperCase());
      if (Lexicon.TITLES.contains(lw) || Lexicon.PERSON_NOUNS.contains(lw) || descriptor || t.isPossessive()
          || lw.equals("of")) {
        nameFrom = w + 1;
      }
    }
    if (nameFrom > 0 && org && !m.theBefore && !acronyms) {
      // Organisation words before a title describe the title ("Carver County Fire Chief Dana Whitfield"): the
      // name part decides.
      org = false;
      for (int w = nameFrom; w < words.size(); w++) {
        if (orgWord(lower(words.get(w)))) {
          org = true;
        }
      }
    }
    StringBuilder titles = new StringBuilder(rolePrefix);
    for (int w = 0; w < nameFrom; w++) {
      String tw = toks.get(words.get(w)).text();
      titles.append(tw).append(' ');
      char g = Lexicon.genderCue(tw);
      if (g != 0) {
        gender = g;
      }
    }
    boolean titled = nameFrom > 0;
    // Title phrase words ("State", "National Intelligence") left at the start of a long name.
    while (words.size() - nameFrom > 1 && (Lexicon.TITLE_PHRASE_WORDS.contains(lower(words.get(nameFrom)))
        || toks.get(words.get(nameFrom)).isAllCaps()) && !Lexicon.isGivenName(lower(words.get(nameFrom)))) {
      titles.append(toks.get(words.get(nameFrom)).text()).append(' ');
      nameFrom++;
    }
    List<Integer> name = new ArrayList<>(words.subList(nameFrom, words.size()));
    if (name.size() >= 3 && !org && !Lexicon.isGivenName(lower(name.get(0)))) {
      // "Russia Michael McFaul" (after "ambassador to"): the name starts at its given name
      for (int w = 1; w < name.size() - 1; w++) {
        if (Lexicon.isGivenName(lower(name.get(w)))) {
          for (int x = 0; x < w; x++) {
            titles.append(toks.get(name.get(x)).text()).append(' ');
          }
          name = new ArrayList<>(name.subList(w, name.size()));
          break;
        }
      }
    }
    if (name.size() > 3 && !org) {
      int firstGiven = -1;
      for (int w = 0; w < name.size() - 1; w++) {
        if (Lexicon.isGivenName(lower(name.get(w)))) {
          firstGiven = w;
          break;
        }
      }
      name = new ArrayList<>(name.subList(firstGiven >= 0 ? firstGiven : name.size() - 3, name.size()));
    }
    // Age: "Della Marsh, 34," / ", aged 34".
    int after = e;
    if (isPunct(after, ',') && after + 1 < toks.size()) {
      int a = after + 1;
      if (lower(a).equals("aged")) {
        a++;
      }
      if (a < toks.size() && isSmallNumber(toks.get(a).text())
          && (a + 1 >= toks.size() || isPunct(a + 1, ',') || isPunct(a + 1, '.') || isPunct(a + 1, ';')
              || lower(a + 1).equals("who") || lower(a + 1).equals("and") || lower(a + 1).equals("from"))) {
        m.age = Integer.parseInt(toks.get(a).text());
        m.ageSpan = new Span(toks.get(a).start(), toks.get(a).end());
        m.ageTok = a;
      }
    }
    m.speechSubject = looksLikeSpeechSubject(s, e);
    boolean allTitles = true;
    boolean personTitle = false;
    for (int w : words) {
      String lw = lower(w);
      if (orgWord(lw) || (!Lexicon.TITLES.contains(lw) && !Lexicon.TITLE_PHRASE_WORDS.contains(lw)
          && !Lexicon.PERSON_NOUNS.contains(lw))) {
        allTitles = false;
      }
      personTitle |= Lexicon.PERSON_NOUNS.contains(lw);
    }
    allTitles &= personTitle;
    String first = lower(words.get(0));
    if (m.theBefore && (Lexicon.TITLES.contains(first) || Lexicon.PERSON_NOUNS.contains(first))
        && !Lexicon.isGivenName(first)) {
      boolean orgy = false;
      for (int w : words) {
        orgy |= orgWord(lower(w));
      }
      allTitles |= !orgy; // "the Chief Whip", "the Prime Minister"
    }
    if (allTitles && m.theBefore) { // "the US President": a role, resolved to its holder later
      m.roleOnly = true;
      m.display = text.substring(toks.get(s).start(), lastTok.isPossessive() ? lastTok.end() - 2 : lastTok.end());
      m.span = new Span(toks.get(s).start(), toks.get(s).start() + m.display.length());
      m.nameStart = s;
      m.surname = m.display;
      return m;
    }
    String firstName = lower(name.get(0));
    char given = name.size() > 1 ? Lexicon.givenNameGender(firstName) : 0;
    boolean foundGivenInside = words.size() > name.size() && given != 0 && !orgWord(lower(name.get(name.size() - 1)));
    if (org && !m.theBefore && given != 0 && name.size() <= 3
        && (titled || personCue || m.age >= 0 || foundGivenInside)) {
      org = false; // "Ruth Green", "Victoria Hall, 34,"
    }
    m.org = org;
    if (org) {
      int from = 0;
      while (from < words.size() - 1 && Lexicon.PERSON_NOUNS.contains(lower(words.get(from)))) {
        from++; // "Insurer Harlow Mutual"
      }
      int startChar = toks.get(words.get(from)).start();
      int endChar = toks.get(words.get(words.size() - 1)).end();
      if (lastTok.isPossessive()) {
        endChar -= 2;
      }
      m.span = new Span(startChar, endChar);
      m.display = text.substring(startChar, endChar);
      m.nameStart = words.get(from);
      m.strong = words.size() - from > 1 || m.speechSubject;
      return m;
    }
    if (gender == 0 && given != 0 && given != '?') {
      gender = given;
    }
    m.gender = gender;
    m.titles = titles.toString().trim();
    m.nameStart = name.get(0);
    int startChar = toks.get(name.get(0)).start();
    Token sur = toks.get(name.get(name.size() - 1));
    int endChar = sur.isPossessive() ? sur.end() - 2 : sur.end();
    m.span = new Span(startChar, endChar);
    m.surname = sur.base();
    List<String> g = new ArrayList<>();
    for (int w = 0; w < name.size() - 1; w++) {
      String tw = toks.get(name.get(w)).text();
      if (!PARTICLES.contains(tw)) {
        g.add(tw);
      }
    }
    m.given = g;
    StringBuilder disp = new StringBuilder();
    for (String gw : g) {
      disp.append(gw).append(' ');
    }
    m.display = disp.append(m.surname).toString();
    boolean givenKnown = !g.isEmpty() && Lexicon.isGivenName(g.get(0));
    m.strong = titled || personCue || m.age >= 0 || givenKnown || m.speechSubject
        || (g.size() >= 1 && name.size() <= 3 && !isSentenceInitial(m.nameStart) && rolePrefix.length() > 0);
    return m;
  }

  /** Whether the run [s, e) is the subject of a speech verb ("X said", "X, 52, said", "said X"). */
  private boolean looksLikeSpeechSubject(int s, int e) {
    int before = s - 1;
    while (before >= 0 && isLowerWord(before) && (Lexicon.DEFINITE.contains(lower(before))
        || Lexicon.PERSON_NOUNS.contains(lower(before)) || Lexicon.TITLES.contains(lower(before)))) {
      before--;
    }
    boolean according = lower(before).equals("to") && lower(before - 1).equals("according");
    if (isLowerWord(before) && Lexicon.NP_STOPS.contains(lower(before)) && !according
        && !isSpeechVerb(before) && !lower(before).equals("and")) {
      return false; // "Neil Ashworth of the Fire Service said": the organisation is not the subject
    }
    if (isLowerWord(before) && lower(before).equals("of")) {
      return false;
    }
    int j = e;
    int guard = 0;
    while (j < toks.size() && guard++ < 3) {
      if (isPunct(j, ',')) {
        int c = j + 1;
        while (c < toks.size() && c < j + 30 && !isPunct(c, ',') && !isPunct(c, '.') && !tokInQuote[c]) {
          c++;
        }
        if (isPunct(c, ',')) {
          j = c + 1;
          continue;
        }
        break;
      }
      if (isLowerWord(j) && Lexicon.PRE_VERB_FILLERS.contains(lower(j)) && !isSpeechVerb(j)) {
        j++;
        guard--;
        if (guard < -4) {
          break;
        }
        continue;
      }
      break;
    }
    if (isSpeechVerb(j)) {
      return true;
    }
    int b = s - 1;
    while (b >= 0 && isLowerWord(b) && (Lexicon.PERSON_NOUNS.contains(lower(b)) || Lexicon.TITLES.contains(lower(b))
        || Lexicon.DEFINITE.contains(lower(b)))) {
      b--;
    }
    if (isSpeechVerb(b) && (isPunct(b - 1, ',') || isQuoteMark(b - 1))) {
      return true;
    }
    return b >= 1 && lower(b).equals("to") && lower(b - 1).equals("according");
  }

  private static boolean isSmallNumber(String t) {
    if (t.isEmpty() || t.length() > 3) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  Mention mentionAt(int k) {
    return k >= 0 && k < mentionAtTok.length ? mentionAtTok[k] : null;
  }
}
