package dev.precis.compare.quote;

import dev.precis.compare.entity.Entities;
import dev.precis.compare.entity.Entities.Entity;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.DocumentScan.RawQuote;
import dev.precis.compare.scan.Lexicon;
import dev.precis.compare.scan.Tokens;
import dev.precis.compare.scan.Tokens.Token;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the quotations of one document their speakers (the rules are described on {@link QuoteExtractor}): a
 * speech tag after or before the quotation, a colon introduction, or the subject of the sentence, each noun
 * phrase resolved to a named person or organisation, a pronoun to the last fitting speaker, a description to the
 * entity it fits.
 */
final class SpeakerAttributor {
  /** A noun phrase that names, refers to or describes a speaker. */
  private static final class NP {
    static final int NONE = 0;
    static final int NAME = 1;
    static final int PRONOUN = 2;
    static final int ANON = 3;
    static final int DESC_PERSON = 4;
    static final int DESC_ORG = 5;
    int type;
    int a;
    int b;
    Mention mention;
    String head = "";
    char gender;
    boolean plural;
  }

  /** A speaker reference the timeline remembers, for pronouns and descriptions later on. */
  private static final class Entry {
    int tok;
    int entity; // -1: somebody unnamed
    boolean org;
    boolean plural;
    boolean subject;
    char gender;
    int para;
    Span span;
  }

  private static final Set<String> PREPOSITIONS = Lexicon.english("quote-prepositions");

  private static final Set<String> LEADING = Lexicon.english("leading-connectives");

  private static final Set<String> COMMERCIAL = Lexicon.english("commercial-nouns");

  private static final Set<String> PUBLIC_BODY = Lexicon.english("public-body-nouns");

  private static final Set<String> FAMILY = Lexicon.english("family-nouns");

  private final DocumentScan d;
  private final Entities entities;
  private final List<Entry> timeline = new ArrayList<>();

  SpeakerAttributor(DocumentScan d, Entities entities) {
    this.d = d;
    this.entities = entities;
    int lastSentence = -1;
    for (Mention m : d.mentions) {
      if (m.entity < 0) {
        continue;
      }
      boolean first = m.sentence != lastSentence;
      lastSentence = m.sentence;
      Entry e = entry(m);
      e.subject = m.speechSubject || (first && !m.possessive && !prepositionBefore(m.tokStart));
      timeline.add(e);
    }
  }

  private Entry entry(Mention m) {
    Entry e = new Entry();
    e.tok = m.tokStart;
    e.entity = m.entity;
    Entity ent = entities.get(m.entity);
    e.org = ent.org;
    e.gender = ent.org ? 0 : ent.gender() == '?' ? 0 : ent.gender();
    e.para = m.paragraph;
    e.span = m.span;
    return e;
  }

  private boolean prepositionBefore(int tok) {
    int j = tok - 1;
    while (j >= 0 && d.isLowerWord(j) && (Lexicon.PERSON_NOUNS.contains(d.lower(j))
        || Lexicon.TITLES.contains(d.lower(j)) || Lexicon.DEFINITE.contains(d.lower(j)))) {
      j--;
    }
    return j >= 0 && d.tokSent[j] == d.tokSent[tok] && d.isLowerWord(j) && PREPOSITIONS.contains(d.lower(j));
  }

  private void addEntry(Entry e) {
    int i = timeline.size();
    while (i > 0 && timeline.get(i - 1).tok > e.tok) {
      i--;
    }
    timeline.add(i, e);
  }

  void run() {
    RawQuote last = null;
    for (RawQuote q : d.quotes) {
      boolean done = postTag(q) || preTag(q);
      if (!done && last != null) {
        if (q.continuation) {
          inherit(q, last, "continuation");
          done = true;
        } else if (last.paragraph == q.paragraph) {
          inherit(q, last, "paragraph");
          done = true;
        } else if (startsParagraph(q) && last.paragraph == q.paragraph - 1 && isLastQuoteOf(last)) {
          inherit(q, last, "previous paragraph");
          done = true;
        }
      }
      if (!done) {
        done = colonIntro(q);
      }
      if (!done) {
        done = sentenceSubject(q);
      }
      last = q;
    }
  }

  private boolean startsParagraph(RawQuote q) {
    return q.open == d.paragraphs.get(q.paragraph).start();
  }

  private boolean isLastQuoteOf(RawQuote q) {
    for (RawQuote o : d.quotes) {
      if (o != q && o.paragraph == q.paragraph && o.open > q.open) {
        return false;
      }
    }
    return true;
  }

  private void inherit(RawQuote q, RawQuote from, String how) {
    q.entity = from.entity;
    q.anonymous = from.anonymous;
    q.speakerSpan = from.speakerSpan;
    q.confidence = Math.min(2, from.confidence);
    q.how = how;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Speech tags.

  private char lastCharInside(RawQuote q) {
    int i = q.close - 1;
    while (i > q.open && Tokens.isSpace(d.text.charAt(i))) {
      i--;
    }
    return d.text.charAt(i);
  }

  /** {@code "...," X said} / {@code ," said X} / {@code , according to X}. */
  private boolean postTag(RawQuote q) {
    if (q.closeTok < 0) {
      return false;
    }
    int k = q.closeTok + 1;
    if (k >= d.size() || d.tokPara[k] != q.paragraph) {
      return false;
    }
    char last = lastCharInside(q);
    boolean comma = d.isPunct(k, ',');
    if (comma) {
      k++;
    }
    boolean open = comma || ",?!\u2014\u2013-\u2026".indexOf(last) >= 0 || d.isLowerWord(k);
    boolean capital = !open && d.isWord(k) && d.tok(k).isCapitalized();
    if (!open && !capital) {
      return false;
    }
    if (d.isSpeechVerb(k)) {
      NP np = forward(k + 1);
      return np.type != NP.NONE && apply(q, np, "tag after");
    }
    if (d.lower(k).equals("according") && d.lower(k + 1).equals("to")) {
      NP np = forward(k + 2);
      return np.type != NP.NONE && apply(q, np, "according to");
    }
    if (d.isLowerWord(k) && Lexicon.NP_STOPS.contains(d.lower(k)) && !Lexicon.PERSONAL_PRONOUNS.contains(
        d.lower(k))) {
      return false;
    }
    for (int v = k; v < Math.min(d.size(), k + 12); v++) {
      if (d.tokInQuote[v] || (d.isPunct(v, '.') && !d.isAbbreviationDot(v)) || d.isPunct(v, ';')
          || d.isPunct(v, ':') || d.isPunct(v, '?') || d.isPunct(v, '!') || d.tokPara[v] != q.paragraph) {
        return false;
      }
      if (v > k && d.isSpeechVerb(v)) {
        if (capital && !(d.isPunct(v + 1, '.') || d.isPunct(v + 1, ',')
            || Lexicon.NP_STOPS.contains(d.lower(v + 1)) || PREPOSITIONS.contains(d.lower(v + 1)))) {
          return false;
        }
        NP np = backward(k, v);
        return np.type != NP.NONE && apply(q, np, "tag after");
      }
    }
    return false;
  }

  /** A speech verb before the quotation in its sentence: {@code X said: "}, {@code X said it was "...}. */
  private boolean preTag(RawQuote q) {
    if (q.openTok < 0) {
      return false;
    }
    int end = q.openTok; // exclusive
    int sent = d.tokSent[end];
    int rs = end;
    while (rs > 0 && d.tokSent[rs - 1] == sent && d.tokPara[rs - 1] == q.paragraph) {
      rs--;
    }
    // Not across an earlier quotation in the same sentence.
    for (RawQuote o : d.quotes) {
      if (o.open < q.open && o.closeTok >= rs && o.closeTok < end) {
        rs = o.closeTok + 1;
      }
    }
    if (rs >= end) {
      return false;
    }
    // "According to X, "..."
    for (int k = rs; k + 1 < end; k++) {
      if (d.lower(k).equals("according") && d.lower(k + 1).equals("to") && !d.tokInQuote[k]) {
        int c = k + 2;
        while (c < end && !d.isPunct(c, ',')) {
          c++;
        }
        if (c == end - 1 || c == end) {
          NP np = classify(k + 2, c - 1, false);
          if (np.type != NP.NONE) {
            return apply(q, np, "according to");
          }
        }
      }
    }
    NP np = new NP();
    for (int v = end - 1; v >= rs && np.type == NP.NONE; v--) {
      if (!d.tokInQuote[v] && d.isSpeechVerb(v)) {
        np = backward(rs, v); // the nearest speech verb with a subject: "he said that ..., saying "would""
        if (np.type == NP.NONE) {
          np = subjectOfSentence(rs, v);
        }
      }
    }
    if (np.type == NP.NONE) {
      return false;
    }
    if (!apply(q, np, "verb before")) {
      q.entity = -1;
      q.anonymous = true;
      q.confidence = 1;
      q.how = "unresolved subject";
    }
    return true;
  }

  /** A quotation alone in a paragraph after a paragraph that ends "X said:". */
  private boolean colonIntro(RawQuote q) {
    if (!startsParagraph(q) || q.paragraph == 0) {
      return false;
    }
    Span prev = d.paragraphs.get(q.paragraph - 1);
    if (d.text.charAt(prev.end() - 1) != ':') {
      return false;
    }
    int end = q.openTok;
    while (end > 0 && d.tokPara[end - 1] == q.paragraph) {
      end--;
    }
    int rs = end - 1;
    int sent = d.tokSent[Math.max(0, end - 1)];
    while (rs > 0 && d.tokSent[rs - 1] == sent) {
      rs--;
    }
    for (int k = end - 1; k >= rs; k--) {
      if (d.isSpeechVerb(k)) {
        NP np = backward(rs, k);
        return np.type != NP.NONE && apply(q, np, "colon intro");
      }
    }
    return false;
  }

  /** No speech verb: the name or pronoun that starts the sentence ("She expects ... "tens of millions""). */
  private boolean sentenceSubject(RawQuote q) {
    if (q.openTok < 0) {
      return false;
    }
    int sent = d.tokSent[q.openTok];
    int rs = q.openTok;
    while (rs > 0 && d.tokSent[rs - 1] == sent && d.tokPara[rs - 1] == q.paragraph) {
      rs--;
    }
    NP np = subjectOfSentence(rs, q.openTok);
    if (np.type != NP.NAME && np.type != NP.PRONOUN) {
      return false;
    }
    if (apply(q, np, "sentence subject")) {
      q.confidence = 1;
      return true;
    }
    return false;
  }

  /** The name or pronoun that opens the clause [rs, end). */
  private NP subjectOfSentence(int rs, int end) {
    int k = rs;
    while (k < end && d.isWord(k) && LEADING.contains(d.lower(k))) {
      k++;
    }
    if (k < end && d.isWord(k) && PREPOSITIONS.contains(d.lower(k))) { // "In an interview with X, he said"
      int c = k;
      while (c < end && c < k + 16 && !d.isPunct(c, ',')) {
        c++;
      }
      if (d.isPunct(c, ',')) {
        k = c + 1;
      }
    }
    NP np = new NP();
    if (k >= end || d.tokInQuote[k]) {
      return np;
    }
    if (Lexicon.PERSONAL_PRONOUNS.contains(d.lower(k))) {
      return pronoun(k);
    }
    Mention m = d.mentionAt(k);
    if (m == null) {
      int j = k;
      while (j < end && j < k + 5 && d.isLowerWord(j) && !Lexicon.NP_STOPS.contains(d.lower(j))) {
        j++;
      }
      m = d.mentionAt(j);
    }
    if (m != null && !m.possessive && m.entity >= 0) {
      np.type = NP.NAME;
      np.mention = m;
      np.a = m.tokStart;
      np.b = m.tokEnd - 1;
    }
    return np;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Noun phrases.

  private boolean titleish(String lw) {
    return Lexicon.TITLES.contains(lw) || Lexicon.TITLE_PHRASE_WORDS.contains(lw);
  }

  /** The subject of the speech verb at {@code v}, read backwards within [rs, v). */
  private NP backward(int rs, int v) {
    int i = v - 1;
    i = skipFillers(rs, i);
    List<int[]> appositives = new ArrayList<>();
    while (i >= rs && d.isPunct(i, ',')) {
      int p = i - 1;
      while (p >= rs && p > i - 30 && !d.isPunct(p, ',') && !d.tokInQuote[p]) {
        p--;
      }
      if (p >= rs && d.isPunct(p, ',')) {
        appositives.add(new int[] {p + 1, i - 1});
        i = skipFillers(rs, p - 1);
      } else {
        appositives.add(new int[] {rs, i - 1});
        i = rs - 1;
        break;
      }
    }
    int end = i;
    if (i >= rs && d.isWord(i) && Lexicon.PERSONAL_PRONOUNS.contains(d.lower(i)) && !d.tokInQuote[i]) {
      return choose(pronoun(i), appositives);
    }
    while (i >= rs) {
      Token t = d.tok(i);
      if (d.tokInQuote[i]) {
        break;
      }
      if (t.isWord()) {
        String lw = t.lower();
        boolean lowerCase = Character.isLowerCase(t.text().charAt(0));
        if (Lexicon.PERSONAL_PRONOUNS.contains(lw)) {
          break;
        }
        if (lowerCase && Lexicon.RELATIVES.contains(lw)) {
          end = i - 1; // "The driver who filmed the video": the head is before "who"
          i--;
          continue;
        }
        if (lowerCase && lw.equals("of") && i - 1 >= rs && titleish(d.lower(i - 1))) {
          i--;
          continue;
        }
        if (lowerCase && PREPOSITIONS.contains(lw)) {
          if (i - 1 >= rs && d.isWord(i - 1) && !Lexicon.NP_STOPS.contains(d.lower(i - 1))
              && !Lexicon.SPEECH_VERBS.contains(d.lower(i - 1))) {
            end = i - 1; // a prepositional phrase after the head: "One farmer from Ayrshire"
            i--;
            continue;
          }
          break;
        }
        if (lowerCase && (Lexicon.NP_STOPS.contains(lw) || LEADING.contains(lw))) {
          break;
        }
        if (!lowerCase && LEADING.contains(lw) && d.isSentenceInitial(i)) {
          break;
        }
        if (Lexicon.DEFINITE.contains(lw) || Lexicon.INDEFINITE.contains(lw)) {
          i--;
          if (i >= rs && d.isLowerWord(i) && PREPOSITIONS.contains(d.lower(i))) {
            continue; // "for the Environment Agency"
          }
          break;
        }
        i--;
      } else if (d.isAbbreviationDot(i) || ((t.isPunct('\'') || t.isPunct('\u2019')) && i - 1 >= rs
          && d.tok(i - 1).text().endsWith("s") && d.tok(i - 1).end() == t.start())) {
        i--;
      } else {
        break;
      }
    }
    NP head = classify(i + 1, end, true);
    return choose(head, appositives);
  }

  private int skipFillers(int rs, int i) {
    while (i >= rs && d.isLowerWord(i) && Lexicon.PRE_VERB_FILLERS.contains(d.lower(i))) {
      i--;
    }
    return i;
  }

  /** The speaker named after a verb: {@code said Jonas Ek, the union's regional secretary}. */
  private NP forward(int a) {
    int b = a;
    while (b < d.size() && b < a + 12) {
      Token t = d.tok(b);
      if (d.tokInQuote[b] || d.tokPara[b] != d.tokPara[a]) {
        break;
      }
      if (t.isWord()) {
        String lw = t.lower();
        if (b > a && Character.isLowerCase(t.text().charAt(0)) && lw.equals("of")) {
          if (titleish(d.lower(b - 1))) {
            b++;
            continue;
          }
          break;
        }
        if (Character.isLowerCase(t.text().charAt(0)) && (Lexicon.NP_STOPS.contains(lw)
            || PREPOSITIONS.contains(lw)) && !Lexicon.PERSONAL_PRONOUNS.contains(lw)) {
          break;
        }
        if (Character.isLowerCase(t.text().charAt(0)) && Lexicon.SPEECH_VERBS.contains(lw)) {
          break;
        }
        b++;
      } else if (d.isAbbreviationDot(b)) {
        b++;
      } else {
        break;
      }
    }
    NP head = classify(a, b - 1, false);
    List<int[]> appositives = new ArrayList<>();
    if (d.isPunct(b, ',')) {
      int c = b + 1;
      while (c < d.size() && c < b + 10 && (d.isWord(c) || d.isAbbreviationDot(c))
          && !(d.isLowerWord(c) && (Lexicon.NP_STOPS.contains(d.lower(c)) || PREPOSITIONS.contains(d.lower(c))))) {
        c++;
      }
      appositives.add(new int[] {b + 1, c - 1});
    }
    return choose(head, appositives);
  }

  /** The head when it names somebody, else a name in an appositive, else the head. */
  private NP choose(NP head, List<int[]> appositives) {
    if (head.type == NP.NAME) {
      return head;
    }
    for (int[] ap : appositives) {
      NP np = classify(ap[0], ap[1], false);
      if (np.type == NP.NAME && !np.mention.possessive) {
        return np;
      }
    }
    return head;
  }

  /** Whether an organisation named earlier in the document has {@code word} in its name ("the cooperative"). */
  private boolean namesOrganisation(String word, int before) {
    for (Entry e : timeline) {
      if (e.tok < before && e.org && e.entity >= 0) {
        for (String w : entities.get(e.entity).key.split(" ")) {
          if (w.equals(word)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private NP pronoun(int k) {
    NP np = new NP();
    np.type = NP.PRONOUN;
    np.a = k;
    np.b = k;
    np.head = d.lower(k);
    np.gender = Lexicon.genderCue(np.head);
    np.plural = np.head.equals("they") || np.head.equals("we");
    return np;
  }

  /** What the noun phrase [a, b] is. */
  private NP classify(int a, int b, boolean fromBackward) {
    NP np = new NP();
    while (a <= b && d.isWord(a) && LEADING.contains(d.lower(a))) {
      a++;
    }
    // Cut a prepositional phrase after the head ("Chief Inspector Gareth Pryce of North Valley Police").
    for (int p = a + 1; p <= b; p++) {
      if (d.isLowerWord(p) && PREPOSITIONS.contains(d.lower(p))
          && !(d.lower(p).equals("of") && titleish(d.lower(p - 1)))) {
        b = p - 1;
        break;
      }
    }
    while (b >= a && !d.isWord(b)) {
      b--;
    }
    if (a > b) {
      return np;
    }
    np.a = a;
    np.b = b;
    if (a == b && d.isWord(a) && Lexicon.PERSONAL_PRONOUNS.contains(d.lower(a))) {
      return pronoun(a);
    }
    Mention m = d.mentionAt(b);
    if (m != null && !m.possessive && m.tokStart >= a - 4) {
      if (m.entity >= 0) {
        np.type = NP.NAME;
        np.mention = m;
        return np;
      }
    }
    String head = d.lower(b);
    String det = d.lower(a);
    np.head = head;
    np.gender = Lexicon.genderCue(head);
    if (np.gender == 0 && head.contains("-")) {
      np.gender = Lexicon.genderCue(head);
    }
    boolean lowerHead = d.isLowerWord(b);
    if (Lexicon.GROUP_NOUNS.contains(head) && lowerHead) {
      np.type = NP.ANON;
      np.plural = true;
      return np;
    }
    if (Lexicon.INDEFINITE.contains(det)) {
      np.type = NP.ANON;
      return np;
    }
    if ((det.equals("his") || det.equals("her") || det.equals("their")) && FAMILY.contains(head)) {
      np.type = NP.ANON;
      np.plural = true;
      return np;
    }
    Mention first = d.mentionAt(a);
    boolean possessiveStart = (first != null && first.possessive) || d.isPossessive(a);
    if ((Lexicon.ORG_NOUNS.contains(head) || namesOrganisation(head, a)) && (Lexicon.DEFINITE.contains(det)
        || possessiveStart)) {
      np.type = NP.DESC_ORG;
      return np;
    }
    if (!lowerHead) {
      return np;
    }
    if (Lexicon.DEFINITE.contains(det) || possessiveStart) {
      np.type = NP.DESC_PERSON;
      return np;
    }
    if (head.endsWith("s") && !head.endsWith("ss") && !Lexicon.PERSON_NOUNS.contains(head)) {
      np.type = NP.ANON;
      np.plural = true;
      return np;
    }
    if (Lexicon.PERSON_NOUNS.contains(head)) {
      np.type = NP.DESC_PERSON;
    }
    return np;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Resolution.

  /** Resolves a noun phrase and stores the speaker on the quotation; false when it refers to nobody known. */
  private boolean apply(RawQuote q, NP np, String how) {
    switch (np.type) {
      case NP.NAME -> {
        Mention m = np.mention;
        q.entity = m.entity;
        q.speakerSpan = m.span;
        q.confidence = 3;
        q.how = how + " name";
        Entry e = entry(m);
        e.subject = true;
        e.tok = Math.max(m.tokStart, q.openTok);
        addEntry(e);
        return true;
      }
      case NP.ANON -> {
        q.entity = -1;
        q.anonymous = true;
        q.confidence = 3;
        q.how = how + " anonymous";
        Entry e = new Entry();
        e.tok = np.a;
        e.entity = -1;
        e.plural = np.plural;
        e.subject = true;
        e.gender = np.gender;
        e.para = d.tokPara[np.a];
        addEntry(e);
        return true;
      }
      case NP.PRONOUN -> {
        Entry e = resolvePronoun(np);
        return e != null && set(q, e, np, how + " pronoun");
      }
      case NP.DESC_ORG -> {
        Entry e = resolveOrg(np);
        return e != null && set(q, e, np, how + " description");
      }
      case NP.DESC_PERSON -> {
        Entry e = resolvePerson(np);
        return e != null && set(q, e, np, how + " description");
      }
      default -> {
        return false;
      }
    }
  }

  private boolean set(RawQuote q, Entry e, NP np, String how) {
    q.entity = e.entity;
    q.anonymous = e.entity < 0;
    q.speakerSpan = e.span;
    q.confidence = 2;
    q.how = how;
    Entry copy = new Entry();
    copy.tok = np.a;
    copy.entity = e.entity;
    copy.org = e.org;
    copy.plural = e.plural;
    copy.subject = true;
    copy.gender = e.gender;
    copy.para = d.tokPara[np.a];
    copy.span = e.span;
    addEntry(copy);
    return true;
  }

  private Entry resolvePronoun(NP np) {
    String p = np.head;
    if (p.equals("i") || p.equals("we") || p.equals("you")) {
      return null;
    }
    int para = d.tokPara[np.a];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = timeline.size() - 1; i >= 0; i--) {
        Entry e = timeline.get(i);
        if (e.tok >= np.a) {
          continue;
        }
        if (e.para < para - 2) {
          break;
        }
        if (pass == 0 && !e.subject) {
          continue;
        }
        boolean ok;
        if (p.equals("he") || p.equals("she")) {
          char want = p.equals("he") ? 'M' : 'F';
          ok = !e.org && !e.plural && (e.gender == 0 || e.gender == want);
        } else if (p.equals("they")) {
          ok = e.org || e.plural;
        } else {
          ok = e.org;
        }
        if (ok) {
          return e;
        }
      }
    }
    return null;
  }

  private Entry resolveOrg(NP np) {
    int para = d.tokPara[np.a];
    Entry fallback = null;
    for (int i = timeline.size() - 1; i >= 0; i--) { // "the cooperative": Carver Electric Cooperative
      Entry e = timeline.get(i);
      if (e.tok < np.a && e.org && e.entity >= 0
          && List.of(entities.get(e.entity).key.split(" ")).contains(np.head)) {
        return e;
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int i = timeline.size() - 1; i >= 0; i--) {
        Entry e = timeline.get(i);
        if (e.tok >= np.a || !e.org || !fits(np.head, e)) {
          continue;
        }
        if (e.para < para - 6) {
          break;
        }
        if (pass == 0 && !e.subject) {
          continue;
        }
        return e;
      }
    }
    // The organisation the document names most.
    Map<Integer, Integer> counts = new HashMap<>();
    for (Entry e : timeline) {
      if (e.org && e.tok < np.a && fits(np.head, e)) {
        counts.merge(e.entity, 1, Integer::sum);
        if (fallback == null || counts.get(e.entity) > counts.getOrDefault(fallback.entity, 0)) {
          fallback = e;
        }
      }
    }
    return fallback;
  }

  /** Whether a commercial description ("the company") can refer to the organisation (not a public body). */
  private boolean fits(String head, Entry e) {
    if (!Lexicon.ORG_NOUNS.contains(head)) { // "the cooperative": an organisation with that word in its name
      for (String w : entities.get(e.entity).key.split(" ")) {
        if (w.equals(head)) {
          return true;
        }
      }
      return false;
    }
    if (!COMMERCIAL.contains(head)) {
      return true;
    }
    for (String w : entities.get(e.entity).key.split(" ")) {
      if (PUBLIC_BODY.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private Entry resolvePerson(NP np) {
    int para = d.tokPara[np.a];
    String head = np.head;
    // By role: "the mayor" -> the person titled Mayor.
    if (head.length() >= 3) {
      for (int i = timeline.size() - 1; i >= 0; i--) {
        Entry e = timeline.get(i);
        if (e.tok >= np.a || e.org || e.entity < 0) {
          continue;
        }
        for (String role : entities.get(e.entity).roles.keySet()) {
          for (String w : role.toLowerCase().split("[^\\p{L}-]+")) {
            if (w.equals(head) || (w.length() >= 5 && head.length() >= 5
                && (w.startsWith(head) || head.startsWith(w)))) {
              return e;
            }
          }
        }
      }
    }
    boolean personish = Lexicon.PERSON_NOUNS.contains(head) || head.contains("-") || head.endsWith("ian")
        || head.endsWith("ese") || head.endsWith("ish");
    if (!personish) {
      return null;
    }
    for (int i = timeline.size() - 1; i >= 0; i--) {
      Entry e = timeline.get(i);
      if (e.tok >= np.a || e.org || e.plural) {
        continue;
      }
      if (e.para < para - 2) {
        break;
      }
      if (e.subject && (np.gender == 0 || e.gender == 0 || e.gender == np.gender)) {
        return e;
      }
    }
    return null;
  }
}
