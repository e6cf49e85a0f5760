package dev.precis.compare.conflict;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.analyze.SparseVector;
import dev.precis.analyze.UnionFind;
import dev.precis.analyze.Vocabulary;
import dev.precis.compare.conflict.ContradictionFinder.Found;
import dev.precis.compare.quantity.Quantities;
import dev.precis.compare.quantity.Value;
import dev.precis.compare.quantity.Value.Kind;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.Lexicon;
import dev.precis.lang.WordLists;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Numbers and dates the documents of a story state differently (see {@link ContradictionFinder} for the rules):
 * each value read by {@link Quantities} is described (events, nearby words, time anchor, noun), values about one
 * fact are aligned and clustered, and a cluster holding incompatible values is a conflict.
 */
final class NumberConflicts {
  private NumberConflicts() {}

  private static final Set<String> NUMBER_WORDS = Lexicon.english("number-words");
  private static final Set<String> EVENT_SKIP_BEFORE = Lexicon.english("event-skip-before");
  private static final Set<String> PARTITIVE_VERB_STOPS = Lexicon.english("partitive-verb-stops");
  private static final Set<String> CLAUSE_BREAKS = Lexicon.english("clause-breaks");

  static final int MAX_POSTINGS = 150;

  /** The number and date conflicts of a story. */
  static List<Found> find(AnalyzedStory story, QuoteExtractor.Extraction ex) {
    return new Facts(story, ex).conflicts();
  }

  private static final Map<String, List<String>> EVENTS = cues("event-cues");

  private static final Map<String, List<String>> MONEY_CLASSES = cues("money-cues");

  /** A list of classes, each line a class name and its cues, in file order. */
  private static Map<String, List<String>> cues(String list) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    WordLists.values("en", list).forEach((name, cues) -> out.put(name, List.of(cues.split("\\s+"))));
    return out;
  }

  private static Set<String> classesOf(String word, Map<String, List<String>> classes) {
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, List<String>> e : classes.entrySet()) {
      for (String cue : e.getValue()) {
        if (cue.length() <= 3 ? word.equals(cue) : word.startsWith(cue)) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  /** Events that tell the day of one happening from another's. */
  private static final Set<String> DATE_EVENTS = Lexicon.english("date-events");

  /** Verbs that pass an event on to their object ("suffered minor injuries"). */
  private static final Set<String> PASS_THROUGH = Lexicon.english("pass-through");

  private static final Set<String> DATE_PREPS = Lexicon.english("date-prepositions");

  private static Set<String> eventsOf(String word) {
    return word.isEmpty() ? new HashSet<>() : classesOf(word, EVENTS);
  }

  private static final Set<String> FRAME_STOPS = Lexicon.english("frame-stops");

  private static final Set<String> PERSON_COUNT_NOUNS = Lexicon.english("person-count-nouns");

  /** One value with what alignment needs. */
  private static final class Fact {
    int doc;
    int sentence; // global index
    Value v;
    Set<String> events = new HashSet<>();
    Set<String> frame = new HashSet<>();
    String anchor;
    String noun = ""; // stemmed
    boolean personNoun;
    int entity = -1; // ages of named people
    boolean definite; // "the 41-year-old driver"
    String head = ""; // dates: the word the date attaches to ("collapsed on Tuesday")
    Set<String> near = new HashSet<>(); // dates: words within four tokens
    String subject = ""; // percentages: what the share is of ("premium", or the movement "up"/"down")
    Set<String> moneyClasses = new HashSet<>(); // amounts: what they pay for ("deal", "ransom", ...)
    String pubDate; // the document's publication day, or null
    int id;
  }

  /** Collects, aligns and clusters the values of one story. */
  private static final class Facts {
    final AnalyzedStory story;
    final QuoteExtractor.Extraction ex;
    final List<Fact> facts = new ArrayList<>();
    final PorterStemmer stemmer = new PorterStemmer();
    final Map<Integer, SparseVector> sentenceVectors = new HashMap<>();

    Facts(AnalyzedStory story, QuoteExtractor.Extraction ex) {
      this.story = story;
      this.ex = ex;
      for (DocumentScan d : ex.docs()) {
        int first = story.segmented().firstSentenceOf(d.index);
        List<Value> values = Quantities.find(d);
        Map<Integer, Value> dates = new HashMap<>();
        for (Value v : values) {
          if (v.kind() == Kind.DATE) {
            for (int k = v.firstTok(); k <= v.lastTok(); k++) {
              dates.put(k, v);
            }
          }
        }
        for (Value v : values) {
          if (v.kind() == Kind.DATE && v.reporting()) {
            continue;
          }
          int local = d.tokSent[v.firstTok()];
          if (local < 0) {
            continue;
          }
          Fact f = new Fact();
          f.doc = d.index;
          f.sentence = first + local;
          f.v = v;
          describe(d, f, dates);
          f.id = facts.size();
          facts.add(f);
        }
        // Ages of named people: "Tomasz Wrona, 58,".
        for (Mention m : d.mentions) {
          if (m.age >= 0 && m.entity >= 0 && !m.org) {
            Fact f = new Fact();
            f.v = Value.age(m.age, m.ageSpan, m.ageTok);
            f.doc = d.index;
            int local = d.tokSent[m.tokStart];
            f.sentence = story.segmented().firstSentenceOf(d.index) + Math.max(0, local);
            f.entity = m.entity;
            f.id = facts.size();
            facts.add(f);
          }
        }
      }
    }

    private String stem(String w) {
      String x = Lexicon.lc(w);
      if (x.endsWith("'s") || x.endsWith("\u2019s")) {
        x = x.substring(0, x.length() - 2);
      }
      stemmer.setCurrent(x);
      stemmer.stem();
      return stemmer.getCurrent();
    }

    private boolean frameWord(DocumentScan d, int k) {
      if (!d.isWord(k) || d.tok(k).hasDigit()) {
        return false;
      }
      String w = d.lower(k);
      return !FRAME_STOPS.contains(w) && !Lexicon.WEEKDAYS.contains(w) && !Lexicon.MONTHS.contains(w)
          && !Lexicon.SPEECH_VERBS.contains(w) && w.length() > 1 && !isNumberWord(w);
    }

    private static boolean isNumberWord(String w) {
      return NUMBER_WORDS.contains(w) || w.contains("-seven") || w.startsWith("twenty-")
          || w.startsWith("thirty-") || w.startsWith("forty-") || w.startsWith("fifty-");
    }

    /** Events, nearby words, time anchor and noun of one value. */
    private void describe(DocumentScan d, Fact f, Map<Integer, Value> dates) {
      Value v = f.v;
      int sent = d.tokSent[v.firstTok()];
      f.pubDate = d.date == null ? null : d.date.toLocalDate().toString();
      if (v.kind() == Kind.DATE) {
        describeDate(d, f, sent);
        return;
      }
      // Nearby words (same sentence), stemmed; the value's own noun is compared separately.
      for (int k = Math.max(0, v.firstTok() - 5); k <= Math.min(d.size() - 1, v.lastTok() + 5); k++) {
        if ((k >= v.firstTok() && k <= v.lastTok()) || d.tokSent[k] != sent) {
          continue;
        }
        if (frameWord(d, k) && !d.lower(k).equals(v.noun())) {
          f.frame.add(stem(d.tok(k).base()));
        }
      }
      if (v.kind() == Kind.MONEY) {
        for (int k = v.firstTok(); k >= 0 && d.tokSent[k] == sent; k--) {
          if (d.isLowerWord(k)) {
            f.moneyClasses.addAll(classesOf(d.lower(k), MONEY_CLASSES));
          }
        }
        for (int k = v.lastTok() + 1; k < d.size() && d.tokSent[k] == sent; k++) {
          if (d.isLowerWord(k)) {
            f.moneyClasses.addAll(classesOf(d.lower(k), MONEY_CLASSES));
          }
        }
      }
      if (v.kind() == Kind.PERCENT) {
        int a = v.lastTok() + 1;
        if (d.isLowerWord(a) && !FRAME_STOPS.contains(d.lower(a)) && eventsOf(d.lower(a)).isEmpty()) {
          f.subject = stem(d.lower(a)); // "a 34 per cent premium"
        } else if (d.lower(v.firstTok() - 1).equals("of") && d.isLowerWord(v.firstTok() - 2)) {
          f.subject = stem(d.lower(v.firstTok() - 2)); // "a premium of 34%"
        }
      }
      // The event that governs the value: the verb before it, the verb after its noun, or the noun itself.
      int b = v.firstTok() - 1;
      while (b >= 0 && d.isLowerWord(b) && EVENT_SKIP_BEFORE.contains(d.lower(b)) && b > v.firstTok() - 3) {
        b--;
      }
      if (d.isLowerWord(b) && d.tokSent[b] == sent) {
        f.events.addAll(eventsOf(d.lower(b)));
      }
      int a = v.lastTok() + 1;
      if (v.partitive()) {
        while (a < d.size() && a < v.lastTok() + 6 && d.isWord(a) && d.tokSent[a] == sent
            && !PARTITIVE_VERB_STOPS.contains(
                d.lower(a))) {
          f.events.addAll(eventsOf(d.lower(a)));
          a++;
        }
      } else if (!v.noun().isEmpty()) {
        for (int x = a; x < Math.min(d.size(), a + 3); x++) {
          if (d.lower(x).equals(v.noun())) {
            a = x + 1;
            break;
          }
        }
      }
      // The first event word in the next few words of the clause ("firefighters and two dozen engines fought").
      for (int x = a; x < Math.min(d.size(), a + 6) && d.tokSent[x] == sent && d.isWord(x); x++) {
        String w = d.lower(x);
        if (CLAUSE_BREAKS.contains(w)) {
          break;
        }
        Set<String> e = d.isLowerWord(x) ? eventsOf(w) : Set.of();
        if (!e.isEmpty()) {
          f.events.addAll(e);
          break;
        }
        if (d.isLowerWord(x) && w.endsWith("ed") && !PASS_THROUGH.contains(w)) {
          break; // another verb governs what follows ("miners cheated death")
        }
      }
      f.events.addAll(eventsOf(v.noun()));
      if (v.kind() == Kind.PERCENT || v.kind() == Kind.MONEY) {
        for (int k = Math.max(0, v.firstTok() - 3); k <= Math.min(d.size() - 1, v.lastTok() + 2); k++) {
          if (d.isLowerWord(k) && d.tokSent[k] == sent) {
            Set<String> e = eventsOf(d.lower(k));
            e.retainAll(Set.of("up", "down"));
            f.events.addAll(e);
          }
        }
        if (v.kind() == Kind.PERCENT && f.subject.isEmpty() && !f.events.isEmpty()) {
          f.subject = String.join("+", new java.util.TreeSet<>(f.events));
        }
      }
      // Noun.
      String noun = v.noun();
      if (!noun.isEmpty()) {
        f.noun = stem(noun);
        f.personNoun = PERSON_COUNT_NOUNS.contains(noun) || Lexicon.PERSON_NOUNS.contains(noun)
            || (noun.endsWith("s") && Lexicon.PERSON_NOUNS.contains(noun.substring(0, noun.length() - 1)));
      }
      if (v.kind() == Kind.AGE) {
        f.definite = d.lower(v.firstTok() - 1).equals("the");
      }
      // Time anchor in the same clause.
      f.anchor = anchor(d, v, dates);
    }

    /** The first token of the clause (within sentence {@code sent}, up to a comma or semicolon) holding {@code tok}. */
    private static int clauseStart(DocumentScan d, int tok, int sent) {
      int from = tok;
      while (from > 0 && d.tokSent[from - 1] == sent && !d.isPunct(from - 1, ',') && !d.isPunct(from - 1, ';')) {
        from--;
      }
      return from;
    }

    /** The last token of the clause (within sentence {@code sent}, up to a comma or semicolon) holding {@code tok}. */
    private static int clauseEnd(DocumentScan d, int tok, int sent) {
      int to = tok;
      while (to + 1 < d.size() && d.tokSent[to + 1] == sent && !d.isPunct(to + 1, ',') && !d.isPunct(to + 1, ';')) {
        to++;
      }
      return to;
    }

    /** A word that frames a date: a frame word that is no date preposition and names no person or organisation. */
    private boolean dateFrameWord(DocumentScan d, int k) {
      Mention m = d.mentionAt(k);
      return frameWord(d, k) && !DATE_PREPS.contains(d.lower(k)) && (m == null || m.entity < 0);
    }

    /** Dates: the words of the clause, the word the date attaches to, and the clause's events. */
    private void describeDate(DocumentScan d, Fact f, int sent) {
      Value v = f.v;
      int from = v.firstTok();
      for (int segments = 0; segments < 3; segments++) {
        from = clauseStart(d, from, sent);
        int words = 0;
        for (int k = from; k < v.firstTok(); k++) {
          if (dateFrameWord(d, k)) {
            words++;
          }
        }
        // "He met X, the chairman of Y, on 14 October": a date alone after a comma belongs to the clause before.
        if (words > 0 || from == 0 || !d.isPunct(from - 1, ',') || d.tokSent[from - 1] != sent) {
          break;
        }
        from--;
      }
      int to = clauseEnd(d, v.lastTok(), sent);
      for (int k = from; k <= to; k++) {
        if (k >= v.firstTok() && k <= v.lastTok()) {
          continue;
        }
        if (dateFrameWord(d, k)) {
          f.frame.add(stem(d.tok(k).base())); // names of people and organisations say little about which event
        }
        if (d.isLowerWord(k)) {
          Set<String> e = eventsOf(d.lower(k));
          e.retainAll(DATE_EVENTS);
          f.events.addAll(e);
        }
      }
      for (int k = Math.max(from, v.firstTok() - 4); k <= Math.min(to, v.lastTok() + 4); k++) {
        if ((k < v.firstTok() || k > v.lastTok()) && dateFrameWord(d, k)) {
          f.near.add(stem(d.tok(k).base()));
        }
      }
      for (int k = v.firstTok() - 1, seen = 0; k >= from && seen < 5; k--, seen++) {
        if (dateFrameWord(d, k)) {
          f.head = stem(d.tok(k).base());
          break;
        }
      }
    }

    /** A time expression in the value's clause ("on Thursday", "since January", "last year"), or null. */
    private String anchor(DocumentScan d, Value v, Map<Integer, Value> dates) {
      if (v.kind() == Kind.DATE) {
        return null;
      }
      int sent = d.tokSent[v.firstTok()];
      int from = clauseStart(d, v.firstTok(), sent);
      int to = clauseEnd(d, v.lastTok(), sent);
      for (int k = from; k <= to; k++) {
        if (k >= v.firstTok() && k <= v.lastTok()) {
          continue;
        }
        String w = d.lower(k);
        Value dv = dates.get(k);
        if (dv != null) {
          return dv.date() != null ? dv.date().toString() : dv.weekday().toString();
        }
        if ((w.equals("since") || w.equals("last") || w.equals("this") || w.equals("next")) && k + 1 <= to) {
          return w + " " + d.lower(k + 1);
        }
      }
      return null;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Sparse IDF-weighted content terms of a sentence, numbers and date words left out, L2-normalized. */
    private SparseVector vector(int s) {
      SparseVector cached = sentenceVectors.get(s);
      if (cached != null) {
        return cached;
      }
      Vocabulary voc = story.vocabulary();
      int[] content = story.contentTerms(s);
      int[] uniq = Arrays.stream(content).distinct().filter(id -> {
        String term = voc.term(id);
        for (int i = 0; i < term.length(); i++) {
          if (Character.isDigit(term.charAt(i))) {
            return false;
          }
        }
        return !isNumberWord(term) && !Lexicon.WEEKDAYS.contains(term) && !Lexicon.MONTHS.contains(term)
            && !term.equals("said") && !term.equals("sai");
      }).toArray();
      float[] w = new float[uniq.length];
      int n = story.size();
      for (int i = 0; i < uniq.length; i++) {
        w[i] = (float) (Math.log((double) n / Math.max(1, story.sentenceFrequency(uniq[i]))) + 0.1);
      }
      SparseVector v = SparseVector.normalized(uniq, w);
      sentenceVectors.put(s, v);
      return v;
    }

    /** Cosine of two sentences' vectors. */
    private double similarity(int s1, int s2) {
      return vector(s1).dot(vector(s2));
    }

    /** Coarse group of a value: only values in one group are compared. */
    private String group(Fact f) {
      Value v = f.v;
      return switch (v.kind()) {
        case COUNT -> "COUNT|" + (v.partitive() ? "part" : f.personNoun || f.noun.isEmpty() ? "person" : f.noun);
        case MONEY -> "MONEY|" + v.currency() + "|" + v.unit() + "|" + v.per();
        case PERCENT -> "PERCENT";
        case MEASURE -> "MEASURE|" + v.unit() + "|" + v.per();
        case AGE -> "AGE";
        case DATE -> "DATE|" + v.prep();
      };
    }

    /** Whether two values (different documents) are about the same fact. */
    private boolean sameFact(Fact a, Fact b) {
      Value x = a.v;
      Value y = b.v;
      if (a.doc == b.doc) {
        return false;
      }
      if (!a.events.isEmpty() && !b.events.isEmpty() && disjoint(a.events, b.events)) {
        return false;
      }
      String anchorA = a.anchor;
      String anchorB = b.anchor;
      if ((x.kind() == Kind.MONEY && !x.per().isEmpty()) || (x.kind() == Kind.MONEY && x.unit().equals("p"))
          || (x.kind() == Kind.PERCENT && (a.events.contains("up") || a.events.contains("down")))) {
        // Prices and market moves change daily: an undated one is of its publication day.
        if (anchorA == null && anchorB != null && isDate(anchorB)) {
          anchorA = a.pubDate;
        } else if (anchorB == null && anchorA != null && isDate(anchorA)) {
          anchorB = b.pubDate;
        }
      }
      if (anchorA != null && anchorB != null && !anchorA.equals(anchorB)) {
        return false;
      }
      if (x.kind() == Kind.PERCENT && !a.subject.isEmpty() && !b.subject.isEmpty() && !a.subject.equals(b.subject)) {
        return false;
      }
      if (x.kind() == Kind.MONEY && !a.moneyClasses.isEmpty() && !b.moneyClasses.isEmpty()
          && disjoint(a.moneyClasses, b.moneyClasses)) {
        return false;
      }
      boolean event = !disjoint(a.events, b.events);
      int overlap = overlap(a.frame, b.frame);
      switch (x.kind()) {
        case AGE -> {
          if (a.entity >= 0 || b.entity >= 0) {
            return a.entity == b.entity;
          }
          return a.definite && b.definite && !x.noun().isEmpty() && x.noun().equals(y.noun());
        }
        case MEASURE -> {
          if (!x.noun().isEmpty() && !y.noun().isEmpty() && !stemEq(x.noun(), y.noun())) {
            return false;
          }
        }
        case COUNT -> {
          if (!a.noun.isEmpty() && !b.noun.isEmpty() && !a.noun.equals(b.noun)
              && !(a.personNoun && b.personNoun && event)) {
            return false;
          }
          if ((a.noun.isEmpty() || b.noun.isEmpty()) && !event) {
            return false;
          }
        }
        default -> {
        }
      }
      double sim = similarity(a.sentence, b.sentence);
      return switch (x.kind()) {
        case COUNT -> event ? (sim >= 0.05 || overlap >= 1 || (!a.noun.isEmpty() && a.noun.equals(b.noun)))
            : a.noun.equals(b.noun) && !a.noun.isEmpty() ? (a.personNoun ? (sim >= 0.12 || overlap >= 2)
                && overlap >= 1 : sim >= 0.12 || overlap >= 2)
            : sim >= 0.45 && overlap >= 1;
        case MONEY -> (!disjoint(a.moneyClasses, b.moneyClasses) && (sim >= 0.05 || overlap >= 1))
            || (overlap >= 1 && sim >= 0.12)
            || sim >= 0.4;
        case PERCENT -> (!a.subject.isEmpty() && a.subject.equals(b.subject) && !a.subject.contains("up")
            && !a.subject.contains("down")) || (overlap >= 1 && sim >= 0.12) || sim >= 0.4 || (event && overlap >= 1);
        case MEASURE -> (overlap >= 1 && sim >= 0.12) || sim >= 0.4 || (event && overlap >= 1);
        case DATE -> x.future() == y.future()
            && ((!a.head.isEmpty() && a.head.equals(b.head)) || (overlap >= 2 && sim >= 0.12) || sim >= 0.4
                || ((b.near.contains(a.head) || a.near.contains(b.head)) && overlap >= 1));
        default -> false;
      };
    }

    private static boolean isDate(String anchor) {
      return anchor.length() == 10 && Character.isDigit(anchor.charAt(0)) && anchor.charAt(4) == '-';
    }

    private boolean stemEq(String p, String q) {
      return stem(p).equals(stem(q));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
      for (String s : a) {
        if (b.contains(s)) {
          return false;
        }
      }
      return true;
    }

    private static int overlap(Set<String> a, Set<String> b) {
      int n = 0;
      for (String s : a) {
        if (b.contains(s)) {
          n++;
        }
      }
      return n;
    }

    private static boolean compatible(Value x, Value y) {
      if (x.kind() == Kind.DATE) {
        if (x.date() != null && y.date() != null) {
          return x.date().equals(y.date());
        }
        return x.weekday() == null || y.weekday() == null || x.weekday() == y.weekday();
      }
      double eps = 1e-9 * Math.max(1, Math.abs(x.value()) + Math.abs(y.value()));
      return x.lo() <= y.hi() + eps && y.lo() <= x.hi() + eps;
    }

    // ---------------------------------------------------------------------------------------------------------

    List<Found> conflicts() {
      // Copies of one sentence with one value (wire copy republished by many outlets) are aligned once.
      Map<String, Fact> representative = new HashMap<>();
      Map<Integer, List<Fact>> copies = new HashMap<>();
      Map<String, List<Fact>> groups = new LinkedHashMap<>();
      for (Fact f : facts) {
        String sig = group(f) + "|" + f.v.display() + "|" + f.entity + "|"
            + (f.v.kind() == Kind.MONEY || f.v.kind() == Kind.PERCENT ? f.pubDate : "") + "|"
            + story.sentence(f.sentence).text();
        Fact rep = representative.putIfAbsent(sig, f);
        if (rep == null) {
          groups.computeIfAbsent(group(f), k -> new ArrayList<>()).add(f);
          copies.computeIfAbsent(f.id, k -> new ArrayList<>()).add(f);
        } else {
          copies.get(rep.id).add(f);
        }
      }
      UnionFind sameFact = new UnionFind(facts.size());
      List<int[]> conflictEdges = new ArrayList<>();
      for (List<Fact> g : groups.values()) {
        for (int[] pair : candidates(g)) {
          Fact a = g.get(pair[0]);
          Fact b = g.get(pair[1]);
          if (sameFact(a, b)) {
            sameFact.union(a.id, b.id);
            if (!compatible(a.v, b.v)) {
              conflictEdges.add(new int[] {a.id, b.id});
            }
          }
        }
      }
      Map<Integer, List<Fact>> components = new LinkedHashMap<>();
      Set<Integer> conflicted = new HashSet<>();
      for (int[] e : conflictEdges) {
        conflicted.add(sameFact.find(e[0]));
      }
      for (Fact f : facts) {
        int r = sameFact.find(f.id);
        if (conflicted.contains(r) && copies.containsKey(f.id)) {
          components.computeIfAbsent(r, k -> new ArrayList<>()).addAll(copies.get(f.id));
        }
      }
      List<Found> out = new ArrayList<>();
      for (List<Fact> comp : components.values()) {
        comp.sort(Comparator.comparingInt((Fact f) -> f.doc).thenComparingInt(f -> f.v.span().start()));
        List<Claim> claims = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Integer> sides = sides(comp);
        for (Fact f : comp) {
          claims.add(ContradictionFinder.claim(story, f.doc, f.v.span(), f.v.span(), f.v.display()));
          spans.add(f.v.span());
        }
        Conflict.Kind kind = comp.get(0).v.kind() == Kind.DATE ? Conflict.Kind.DATE : Conflict.Kind.NUMBER;
        out.add(new Found(new Conflict(kind, claims), spans, sides));
      }
      return out;
    }

    /** Agreeing claims share a side: bounded values cluster by overlap; open ones join the first they fit. */
    private List<Integer> sides(List<Fact> comp) {
      int n = comp.size();
      int[] side = new int[n];
      Arrays.fill(side, -1);
      int next = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < n; i++) {
          Value v = comp.get(i).v;
          boolean open = Double.isInfinite(v.hi()) || v.lo() == 0;
          if (side[i] >= 0 || (pass == 0 && open)) {
            continue;
          }
          for (int j = 0; j < n; j++) {
            if (j != i && side[j] >= 0 && compatible(v, comp.get(j).v)) {
              side[i] = side[j];
              break;
            }
          }
          if (side[i] < 0) {
            side[i] = next++;
          }
        }
      }
      List<Integer> out = new ArrayList<>();
      for (int s : side) {
        out.add(s);
      }
      return out;
    }

    /** Candidate pairs (indexes into g): all pairs for small groups, else pairs sharing a rare sentence term. */
    private List<int[]> candidates(List<Fact> g) {
      List<int[]> out = new ArrayList<>();
      if (g.size() <= 60) {
        for (int i = 0; i < g.size(); i++) {
          for (int j = i + 1; j < g.size(); j++) {
            out.add(new int[] {i, j});
          }
        }
        return out;
      }
      Map<Integer, List<Integer>> index = new HashMap<>();
      List<int[]> keys = new ArrayList<>();
      for (int i = 0; i < g.size(); i++) {
        int[] k = rarest(g.get(i).sentence, 4);
        keys.add(k);
        for (int t : k) {
          index.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
        }
      }
      for (int i = 0; i < g.size(); i++) {
        Set<Integer> seen = new HashSet<>();
        for (int t : keys.get(i)) {
          List<Integer> post = index.get(t);
          if (post.size() > MAX_POSTINGS) {
            continue;
          }
          for (int j : post) {
            if (j > i && seen.add(j)) {
              out.add(new int[] {i, j});
            }
          }
        }
      }
      return out;
    }

    private int[] rarest(int s, int k) {
      int[] t = vector(s).ids();
      Integer[] boxed = Arrays.stream(t).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, Comparator.comparingInt(story::sentenceFrequency));
      int m = Math.min(k, boxed.length);
      int[] out = new int[m];
      for (int i = 0; i < m; i++) {
        out[i] = boxed[i];
      }
      return out;
    }
  }

}
