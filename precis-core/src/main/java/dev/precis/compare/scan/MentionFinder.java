package dev.precis.compare.scan;

import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.Tokens.Token;
import dev.precis.lang.GivenNames;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name mentions of one document: capitalized runs outside quotations, classified as people (given names,
 * surname, titles, age, gender cues, whether they speak) or organisations, with the role words before them.
 */
public final class MentionFinder {
  private final DocumentScan d;

  private MentionFinder(DocumentScan d) {
    this.d = d;
  }

  private static final Set<String> PARTICLES = Lexicon.english("name-particles");

  /** Capitalized words at the start of a sentence that are function words, never names. */
  public static final Set<String> FUNCTION_WORDS = Lexicon.english("function-words");

  private boolean isNameToken(int k) {
    if (!d.isWord(k) || d.tokInQuote[k]) {
      return false;
    }
    Token t = d.toks.get(k);
    char c = t.text().charAt(0);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (t.isAllCaps() && t.text().replace(".", "").length() > 4) {
      return false; // headline capitals
    }
    String lw = d.lower(k);
    return !Lexicon.WEEKDAYS.contains(lw) && !(Lexicon.MONTHS.contains(lw) && !lw.equals("may"));
  }

  private boolean orgWord(String lw) {
    return Lexicon.ORG_WORDS.contains(lw);
  }

  /**
   * Finds the capitalized runs of {@code d} outside quotations and classifies them: fills its {@code mentions} and
   * {@code mentionAtTok}.
   *
   * @param lowerWords words the story also writes in lower case (so "Shocking" at a sentence start is no name)
   */
  static void findIn(DocumentScan d, Set<String> lowerWords) {
    new MentionFinder(d).find(lowerWords);
  }

  private void find(Set<String> lowerWords) {
    int n = d.toks.size();
    d.mentionAtTok = new Mention[n];
    int k = 0;
    while (k < n) {
      if (!isNameToken(k)) {
        k++;
        continue;
      }
      int s = k;
      int e = k + 1;
      while (e < n) {
        Token last = d.toks.get(e - 1);
        if (d.tokPara[e] != d.tokPara[s] || (d.tokSent[e] != d.tokSent[s] && !d.isAbbreviationDot(e - 1)
            && !d.isAbbreviationDot(e))) {
          break;
        }
        if (d.isAbbreviationDot(e) && isNameToken(e + 1)) {
          e += 2;
        } else if (last.isPossessive()) {
          if (isNameToken(e) && orgWord(d.lower(e))) {
            e++;
          } else {
            break;
          }
        } else if (d.isPunct(e, '\u2019') || d.isPunct(e, '\'')) {
          if (last.text().endsWith("s") && d.toks.get(e).start() == last.end() && isNameToken(e + 1)
              && orgWord(d.lower(e + 1))) {
            e += 2;
          } else {
            break;
          }
        } else if (d.isLowerWord(e) && isNameToken(e + 1)) {
          String lw = d.lower(e);
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
        } else if (d.isPunct(e, '&') && isNameToken(e + 1)) {
          e += 2;
        } else if (isNameToken(e)) {
          e++;
        } else {
          break;
        }
      }
      k = e;
      // Drop sentence-initial function words and common words ("The", "Shocking").
      while (s < e && d.isSentenceInitial(s)) {
        String lw = d.lower(s);
        boolean common = FUNCTION_WORDS.contains(lw)
            || (lowerWords.contains(lw) && !Lexicon.TITLES.contains(lw) && !Lexicon.PERSON_NOUNS.contains(lw)
                && !GivenNames.contains(lw) && !orgWord(lw));
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
      while (e > s && !d.toks.get(e - 1).isWord()) {
        e--;
      }
      if (e - s == 1 && (Lexicon.GROUP_NOUNS.contains(d.lower(s)) || Lexicon.PERSON_NOUNS.contains(d.lower(s)))) {
        continue; // "Investigators said", "Doctors said"
      }
      Mention m = classify(s, e);
      if (m != null) {
        d.mentions.add(m);
        for (int j = s; j < e; j++) {
          d.mentionAtTok[j] = m;
        }
      }
    }
  }

  private boolean orgAhead(int from) {
    for (int j = from; j < Math.min(d.toks.size(), from + 4) && isNameToken(j); j++) {
      if (orgWord(d.lower(j))) {
        return true;
      }
    }
    return false;
  }

  private Mention classify(int s, int e) {
    Mention m = new Mention();
    m.tokStart = s;
    m.tokEnd = e;
    m.sentence = d.tokSent[s];
    m.paragraph = d.tokPara[s];
    Token lastTok = d.toks.get(e - 1);
    m.possessive = lastTok.isPossessive()
        || (e < d.toks.size() && (d.isPunct(e, '\u2019') || d.isPunct(e, '\'')) && lastTok.text().endsWith("s")
            && d.toks.get(e).start() == lastTok.end() && d.isLowerWord(e + 1));
    m.theBefore = s > 0 && d.lower(s - 1).equals("the") && !d.tokInQuote[s - 1];
    // Name tokens: words of the run (dots and connectors dropped later).
    List<Integer> words = new ArrayList<>();
    for (int j = s; j < e; j++) {
      if (d.isWord(j)) {
        words.add(j);
      }
    }
    // Person cues before the run: lower-case role words ("press secretary Sarah Sanders").
    StringBuilder rolePrefix = new StringBuilder();
    boolean personCue = false;
    char gender = 0;
    int j = s - 1;
    int steps = 0;
    while (j >= 0 && steps < 4 && d.isLowerWord(j) && !d.tokInQuote[j]) {
      String lw = d.lower(j);
      if (Lexicon.NP_STOPS.contains(lw) || Lexicon.DEFINITE.contains(lw) || Lexicon.INDEFINITE.contains(lw)) {
        break;
      }
      if (Lexicon.PERSON_NOUNS.contains(lw) || Lexicon.TITLES.contains(lw)) {
        personCue = true;
      }
      if (Lexicon.genderCue(lw) != 0) {
        gender = Lexicon.genderCue(lw);
      }
      rolePrefix.insert(0, d.toks.get(j).text() + " ");
      j--;
      steps++;
    }
    if (!personCue) {
      rolePrefix.setLength(0);
    } else {
      // The organisation before the role words: "Varnholm Transit chief executive Lotte Brandvik".
      int c = j;
      int taken = 0;
      while (c >= 0 && taken < 4 && isNameToken(c) && d.tokSent[c] == d.tokSent[s]) {
        c--;
        taken++;
      }
      if (taken > 0) {
        StringBuilder org = new StringBuilder();
        for (int x = c + 1; x <= j; x++) {
          if (d.isSentenceInitial(x) && FUNCTION_WORDS.contains(d.lower(x))) {
            continue;
          }
          org.append(d.toks.get(x).text()).append(' ');
        }
        rolePrefix.insert(0, org);
      }
    }
    // Is it an organisation or a place?
    boolean org = m.theBefore;
    boolean acronyms = true;
    for (int w = 0; w < words.size(); w++) {
      String lw = d.lower(words.get(w));
      if (orgWord(lw) && !(w == 0 && Lexicon.PERSON_NOUNS.contains(lw) && words.size() > 1)) {
        org = true;
      }
      if (!d.toks.get(words.get(w)).isAllCaps()) {
        acronyms = false;
      }
    }
    if (acronyms) {
      org = true;
    }
    // Split titles from the name: the name starts after the last title or role word (the surname stays).
    int nameFrom = 0;
    for (int w = 0; w < words.size() - 1; w++) {
      Token t = d.toks.get(words.get(w));
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
        if (orgWord(d.lower(words.get(w)))) {
          org = true;
        }
      }
    }
    StringBuilder titles = new StringBuilder(rolePrefix);
    for (int w = 0; w < nameFrom; w++) {
      String tw = d.toks.get(words.get(w)).text();
      titles.append(tw).append(' ');
      char g = Lexicon.genderCue(tw);
      if (g != 0) {
        gender = g;
      }
    }
    boolean titled = nameFrom > 0;
    // Title phrase words ("State", "National Intelligence") left at the start of a long name.
    while (words.size() - nameFrom > 1 && (Lexicon.TITLE_PHRASE_WORDS.contains(d.lower(words.get(nameFrom)))
        || d.toks.get(words.get(nameFrom)).isAllCaps()) && !GivenNames.contains(d.lower(words.get(nameFrom)))) {
      titles.append(d.toks.get(words.get(nameFrom)).text()).append(' ');
      nameFrom++;
    }
    List<Integer> name = new ArrayList<>(words.subList(nameFrom, words.size()));
    if (name.size() >= 3 && !org && !GivenNames.contains(d.lower(name.get(0)))) {
      // "Russia Michael McFaul" (after "ambassador to"): the name starts at its given name
      for (int w = 1; w < name.size() - 1; w++) {
        if (GivenNames.contains(d.lower(name.get(w)))) {
          for (int x = 0; x < w; x++) {
            titles.append(d.toks.get(name.get(x)).text()).append(' ');
          }
          name = new ArrayList<>(name.subList(w, name.size()));
          break;
        }
      }
    }
    if (name.size() > 3 && !org) {
      int firstGiven = -1;
      for (int w = 0; w < name.size() - 1; w++) {
        if (GivenNames.contains(d.lower(name.get(w)))) {
          firstGiven = w;
          break;
        }
      }
      name = new ArrayList<>(name.subList(firstGiven >= 0 ? firstGiven : name.size() - 3, name.size()));
    }
    // Age: "Della Marsh, 34," / ", aged 34".
    int after = e;
    if (d.isPunct(after, ',') && after + 1 < d.toks.size()) {
      int a = after + 1;
      if (d.lower(a).equals("aged")) {
        a++;
      }
      if (a < d.toks.size() && isSmallNumber(d.toks.get(a).text())
          && (a + 1 >= d.toks.size() || d.isPunct(a + 1, ',') || d.isPunct(a + 1, '.') || d.isPunct(a + 1, ';')
              || d.lower(a + 1).equals("who") || d.lower(a + 1).equals("and") || d.lower(a + 1).equals("from"))) {
        m.age = Integer.parseInt(d.toks.get(a).text());
        m.ageSpan = new Span(d.toks.get(a).start(), d.toks.get(a).end());
        m.ageTok = a;
      }
    }
    m.speechSubject = looksLikeSpeechSubject(s, e);
    boolean allTitles = true;
    boolean personTitle = false;
    for (int w : words) {
      String lw = d.lower(w);
      if (orgWord(lw) || (!Lexicon.TITLES.contains(lw) && !Lexicon.TITLE_PHRASE_WORDS.contains(lw)
          && !Lexicon.PERSON_NOUNS.contains(lw))) {
        allTitles = false;
      }
      personTitle |= Lexicon.PERSON_NOUNS.contains(lw);
    }
    allTitles &= personTitle;
    String first = d.lower(words.get(0));
    if (m.theBefore && (Lexicon.TITLES.contains(first) || Lexicon.PERSON_NOUNS.contains(first))
        && !GivenNames.contains(first)) {
      boolean orgy = false;
      for (int w : words) {
        orgy |= orgWord(d.lower(w));
      }
      allTitles |= !orgy; // "the Chief Whip", "the Prime Minister"
    }
    if (allTitles && m.theBefore) { // "the US President": a role, resolved to its holder later
      m.roleOnly = true;
      m.display = d.text.substring(d.toks.get(s).start(), lastTok.isPossessive() ? lastTok.end() - 2 : lastTok.end());
      m.span = new Span(d.toks.get(s).start(), d.toks.get(s).start() + m.display.length());
      m.nameStart = s;
      m.surname = m.display;
      return m;
    }
    String firstName = d.lower(name.get(0));
    char given = name.size() > 1 ? GivenNames.gender(firstName) : 0;
    boolean foundGivenInside = words.size() > name.size() && given != 0 && !orgWord(d.lower(name.get(name.size() - 1)));
    if (org && !m.theBefore && given != 0 && name.size() <= 3
        && (titled || personCue || m.age >= 0 || foundGivenInside)) {
      org = false; // "Ruth Green", "Victoria Hall, 34,"
    }
    m.org = org;
    if (org) {
      int from = 0;
      while (from < words.size() - 1 && Lexicon.PERSON_NOUNS.contains(d.lower(words.get(from)))) {
        from++; // "Insurer Harlow Mutual"
      }
      int startChar = d.toks.get(words.get(from)).start();
      int endChar = d.toks.get(words.get(words.size() - 1)).end();
      if (lastTok.isPossessive()) {
        endChar -= 2;
      }
      m.span = new Span(startChar, endChar);
      m.display = d.text.substring(startChar, endChar);
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
    int startChar = d.toks.get(name.get(0)).start();
    Token sur = d.toks.get(name.get(name.size() - 1));
    int endChar = sur.isPossessive() ? sur.end() - 2 : sur.end();
    m.span = new Span(startChar, endChar);
    m.surname = sur.base();
    List<String> g = new ArrayList<>();
    for (int w = 0; w < name.size() - 1; w++) {
      String tw = d.toks.get(name.get(w)).text();
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
    boolean givenKnown = !g.isEmpty() && GivenNames.contains(g.get(0));
    m.strong = titled || personCue || m.age >= 0 || givenKnown || m.speechSubject
        || (g.size() >= 1 && name.size() <= 3 && !d.isSentenceInitial(m.nameStart) && rolePrefix.length() > 0);
    return m;
  }

  /** Whether the run [s, e) is the subject of a speech verb ("X said", "X, 52, said", "said X"). */
  private boolean looksLikeSpeechSubject(int s, int e) {
    int before = s - 1;
    while (before >= 0 && d.isLowerWord(before) && (Lexicon.DEFINITE.contains(d.lower(before))
        || Lexicon.PERSON_NOUNS.contains(d.lower(before)) || Lexicon.TITLES.contains(d.lower(before)))) {
      before--;
    }
    boolean according = d.lower(before).equals("to") && d.lower(before - 1).equals("according");
    if (d.isLowerWord(before) && Lexicon.NP_STOPS.contains(d.lower(before)) && !according
        && !d.isSpeechVerb(before) && !d.lower(before).equals("and")) {
      return false; // "Neil Ashworth of the Fire Service said": the organisation is not the subject
    }
    if (d.isLowerWord(before) && d.lower(before).equals("of")) {
      return false;
    }
    int j = e;
    int guard = 0;
    while (j < d.toks.size() && guard++ < 3) {
      if (d.isPunct(j, ',')) {
        int c = j + 1;
        while (c < d.toks.size() && c < j + 30 && !d.isPunct(c, ',') && !d.isPunct(c, '.') && !d.tokInQuote[c]) {
          c++;
        }
        if (d.isPunct(c, ',')) {
          j = c + 1;
          continue;
        }
        break;
      }
      if (d.isLowerWord(j) && Lexicon.PRE_VERB_FILLERS.contains(d.lower(j)) && !d.isSpeechVerb(j)) {
        j++;
        guard--;
        if (guard < -4) {
          break;
        }
        continue;
      }
      break;
    }
    if (d.isSpeechVerb(j)) {
      return true;
    }
    int b = s - 1;
    while (b >= 0 && d.isLowerWord(b) && (Lexicon.PERSON_NOUNS.contains(d.lower(b)) || Lexicon.TITLES.contains(d.lower(b))
        || Lexicon.DEFINITE.contains(d.lower(b)))) {
      b--;
    }
    if (d.isSpeechVerb(b) && (d.isPunct(b - 1, ',') || d.isQuoteMark(b - 1))) {
      return true;
    }
    return b >= 1 && d.lower(b).equals("to") && d.lower(b - 1).equals("according");
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
}
