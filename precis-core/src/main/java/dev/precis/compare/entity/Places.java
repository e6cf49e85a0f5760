package dev.precis.compare.entity;

import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.Lexicon;
import dev.precis.compare.scan.MentionFinder;
import dev.precis.compare.scan.Tokens.Token;
import dev.precis.lang.GivenNames;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The places a story names, found without a gazetteer of the world: capitalised names are places when
 *
 * <ul>
 *   <li>they end in a place word ("Corran Road", "Tollgate Swing Bridge", "St. Aldric's Hospital", "City Hall")
 *       or start with one ("River Menne", "Mount Kenya", "North Yorkshire"), and hold no organisation word
 *       ("Kestrelmouth Port Company" is an organisation);
 *   <li>they are in the modest list of {@link Gazetteer} (countries, capitals, US states, large cities);
 *   <li>somewhere in the story they follow a place preposition ("in/at/from/near/across/between ... X"), a
 *       container noun and "of" ("the port city of X"), or precede a place noun ("the X district", "X city
 *       councillors"), or open the text as a dateline ("KESTRELMOUTH, March 10 -"); and the story never uses
 *       them more often as a person or organisation (speech subject, titled name);
 *   <li>they are the short form of one building ("St Aldric's" for "St Aldric's Hospital").
 * </ul>
 *
 * Names the clustering of people gives to a person are never places; sentence-initial common words, months,
 * weekdays, languages and holidays are dropped. Mentions are counted outside quotations (like the people and
 * organisations of {@link Entities}); evidence is taken from quotations too. Linear in the number of tokens.
 */
final class Places {
  /** One place mention outside quotations. */
  record PlaceMention(int document, Span span, String key, String form) {}

  /** A place: its key, the name shown, and its mentions per document. */
  record Place(String key, String name, Map<Integer, Integer> counts, int total) {}

  /** What {@link #find} computes. */
  record Result(List<Place> places, List<PlaceMention> mentions, boolean[][] placeTokens, Set<String> keys) {}

  /**
   * Capitalised words at a sentence start that are never names: the name finder's, and a few more that open a line
   * before a place ("Read", "Watch", "Via", "Throughout").
   */
  private static final Set<String> FUNCTION_WORDS = Lexicon.union(MentionFinder.FUNCTION_WORDS,
      Lexicon.english("place-line-openers"));

  /** Forms of "be" that make a speech subject passive ("Varga was named"): no evidence of a person. */
  private static final Set<String> PASSIVE_BE = Lexicon.english("passive-be-forms");

  /** Nouns before "of" that keep "of" inside a name ("Bay of Biscay", "Isle of Man", "Bank of England"). */
  private static final Set<String> OF_HEADS = Lexicon.english("of-heads");

  /** Lower-case particles inside place names ("Rio de Janeiro", "Dar es Salaam", "Newcastle upon Tyne"). */
  private static final Set<String> PARTICLES = Lexicon.english("places-particles");

  private static final Set<String> LIST_JOINERS = Lexicon.english("list-joiners");

  /** One capitalised name in the text (inside quotations too). */
  private static final class Occurrence {
    int document;
    int start; // first token
    int end; // after the last token
    List<String> words; // lower case, possessives and dots removed
    String key;
    String form;
    Span span;
    boolean inQuote;
    boolean cue;
    boolean person; // the clustering of names made it a person
    boolean strongOrg; // a named organisation used as such (speech subject, full name)
  }

  private Places() {}

  /**
   * Finds the places of the scanned documents.
   *
   * @param docs the documents as {@code QuoteExtractor} scanned them (their mentions resolved)
   * @param entities the people and organisations of the story
   * @param lowerWords words the story also writes in lower case
   */
  static Result find(List<DocumentScan> docs, Entities entities, Set<String> lowerWords) {
    List<Occurrence> all = new ArrayList<>();
    List<String[]> links = new ArrayList<>();
    for (DocumentScan d : docs) {
      scan(d, entities, lowerWords, all, links);
    }
    // Evidence per key.
    Map<String, int[]> evidence = new HashMap<>(); // cue, person, strongOrg, occurrences
    Map<String, List<String>> wordsOf = new HashMap<>();
    for (Occurrence o : all) {
      int[] ev = evidence.computeIfAbsent(o.key, k -> new int[4]);
      ev[0] += o.cue ? 1 : 0;
      ev[1] += o.person ? 1 : 0;
      ev[2] += o.strongOrg ? 1 : 0;
      ev[3]++;
      wordsOf.putIfAbsent(o.key, o.words);
    }
    Set<String> keys = new HashSet<>();
    for (Map.Entry<String, int[]> e : evidence.entrySet()) {
      int[] ev = e.getValue();
      List<String> words = wordsOf.get(e.getKey());
      if (ev[1] >= ev[3]) {
        continue; // always a person
      }
      if (isStaticPlace(words)) {
        if (words.size() == 2 && GivenNames.contains(words.get(0))) {
          int[] alone = evidence.get(words.get(1));
          if (alone != null && alone[1] + alone[2] > 0) {
            continue; // "Georgia Lane" where "Lane said": a person
          }
        }
        keys.add(e.getKey());
      } else if (ev[0] > 0 && ev[0] >= ev[1] + ev[2] && mayBePlace(words)) {
        keys.add(e.getKey());
      }
    }
    // Names listed with places are places ("flood warnings for Ferrow, Brindley and Nethercote").
    for (int round = 0; round < 3; round++) {
      for (String[] link : links) {
        for (int side = 0; side < 2; side++) {
          String known = link[side];
          String other = link[1 - side];
          int[] ev = evidence.get(other);
          if (keys.contains(known) && !keys.contains(other) && ev[1] == 0 && ev[2] == 0
              && mayBePlace(wordsOf.get(other))) {
            keys.add(other);
          }
        }
      }
    }
    // Short forms of buildings: "St. Aldric" for "St. Aldric's Hospital".
    Map<String, List<String>> byShort = new HashMap<>();
    for (String k : keys) {
      int sp = k.lastIndexOf(' ');
      if (sp > 0 && Gazetteer.BUILDING_HEADS.contains(k.substring(sp + 1))) {
        byShort.computeIfAbsent(k.substring(0, sp), x -> new ArrayList<>()).add(k);
      }
    }
    Map<String, String> mergeInto = new HashMap<>();
    for (Map.Entry<String, List<String>> e : byShort.entrySet()) {
      String shortKey = e.getKey();
      int[] ev = evidence.get(shortKey);
      if (e.getValue().size() != 1 || ev == null || Gazetteer.PLACES.contains(shortKey)) {
        continue;
      }
      if (ev[1] == 0 && (shortKey.startsWith("st ") || ev[0] == 0 || !keys.contains(shortKey))) {
        mergeInto.put(shortKey, e.getValue().get(0));
      }
    }
    for (String k : mergeInto.keySet()) {
      keys.remove(k);
    }
    // Count the mentions outside quotations.
    boolean[][] placeTokens = new boolean[docs.size()][];
    for (DocumentScan d : docs) {
      placeTokens[d.index] = new boolean[d.size()];
    }
    Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    List<PlaceMention> mentions = new ArrayList<>();
    for (Occurrence o : all) {
      String key = mergeInto.getOrDefault(o.key, o.key);
      if (!keys.contains(key) || o.person) {
        continue;
      }
      if (key.equals(o.key)) {
        forms.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(o.form, 1, Integer::sum);
      }
      if (o.inQuote) {
        continue;
      }
      counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(o.document, 1, Integer::sum);
      mentions.add(new PlaceMention(o.document, o.span, key, o.form));
      for (int k = o.start; k < o.end; k++) {
        placeTokens[o.document][k] = true;
      }
    }
    List<Place> places = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, Integer>> e : counts.entrySet()) {
      int total = 0;
      for (int c : e.getValue().values()) {
        total += c;
      }
      places.add(new Place(e.getKey(), display(forms.get(e.getKey()), e.getKey()), e.getValue(), total));
    }
    return new Result(places, mentions, placeTokens, keys);
  }

  /** The most frequent written form (the first seen on a tie), in title case when written in capitals. */
  private static String display(Map<String, Integer> forms, String key) {
    String best = null;
    int bestCount = 0;
    if (forms != null) {
      for (Map.Entry<String, Integer> f : forms.entrySet()) {
        if (f.getValue() > bestCount) {
          best = f.getKey();
          bestCount = f.getValue();
        }
      }
    }
    if (best == null) {
      best = key;
    }
    if (best.equals(best.toUpperCase(Locale.ROOT)) && best.length() > 3) {
      StringBuilder sb = new StringBuilder();
      boolean start = true;
      for (char c : best.toCharArray()) {
        sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
        start = !Character.isLetter(c);
      }
      best = sb.toString();
    }
    return best;
  }

  /** Honorifics that make a name a person's whatever follows ("Dr Street"). */
  private static final Set<String> HONORIFICS = Lexicon.english("honorifics");

  private static final Pattern ROAD_NUMBER = Pattern.compile("(?:[ABMEN]\\d{1,4}|I-\\d{1,3})");

  /** Whether a name is a place whatever its context: a listed place, or a place word at its end or start. */
  static boolean isStaticPlace(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    String key = String.join(" ", words);
    if (Gazetteer.PLACES.contains(key)) {
      return true;
    }
    if (words.size() < 2 || Gazetteer.NOT_PLACES.contains(key)) {
      return false;
    }
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    if (HONORIFICS.contains(first) || Lexicon.PERSON_NOUNS.contains(first) && !Gazetteer.HEADS.contains(last)) {
      return false;
    }
    if (Gazetteer.HEADS.contains(last)) {
      return !(Gazetteer.AMBIGUOUS_HEADS.contains(last) && GivenNames.contains(first));
    }
    if (hasOrgWord(words) || words.contains("&")) {
      return false;
    }
    if (Gazetteer.DIRECTIONS.contains(first)) {
      return Gazetteer.PLACES.contains(key.substring(first.length() + 1));
    }
    return Gazetteer.PREFIXES.contains(first) && !GivenNames.contains(words.get(1));
  }

  /** Static test on a written name ("River Menne", "Kestrelmouth Port Company"). */
  static boolean isStaticPlace(String name) {
    return isStaticPlace(words(name));
  }

  /** Whether a name the context calls a place may be one: not a person's, organisation's or common word. */
  private static boolean mayBePlace(List<String> words) {
    String key = String.join(" ", words);
    if (words.isEmpty() || key.length() < 2 || Gazetteer.NOT_PLACES.contains(key) || hasOrgWord(words)
        || words.contains("&")) {
      return false;
    }
    String first = words.get(0);
    if (Lexicon.TITLES.contains(first) || Lexicon.PERSON_NOUNS.contains(first) || GivenNames.contains(first)
        || Lexicon.MONTHS.contains(first) || Lexicon.WEEKDAYS.contains(first)
        || Lexicon.GROUP_NOUNS.contains(first) || FUNCTION_WORDS.contains(first)) {
      return false;
    }
    return words.size() <= 4;
  }

  private static boolean hasOrgWord(List<String> words) {
    for (String w : words) {
      if (Gazetteer.ORG_ONLY.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words of a written name: possessives, dots and a leading "the" dropped, "saint" as "st". */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split("[\\s]+")) {
      String n = normal(w);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    if (out.size() > 1 && out.get(0).equals("the") && !Gazetteer.PLACES.contains(String.join(" ", out))) {
      out.remove(0);
    }
    return out;
  }

  private static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s'")) {
      w = w.substring(0, w.length() - 1);
    }
    w = w.replace(".", "").replace("'", "");
    if (w.equals("saint")) {
      w = "st";
    } else if (w.equals("mt")) {
      w = "mount";
    }
    return w;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Scanning one document.

  private static boolean nameToken(DocumentScan d, int k, boolean datelineZone) {
    if (!d.isWord(k)) {
      return false;
    }
    Token t = d.tok(k);
    if (!Character.isUpperCase(t.text().charAt(0))) {
      return false;
    }
    if (t.isAllCaps() && t.text().replace(".", "").length() > 4 && !datelineZone) {
      return false; // headline capitals
    }
    int hyphen = t.text().lastIndexOf('-');
    if (hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))) {
      return false; // "English-language", "Kestrelmouth-based": adjectives
    }
    String lw = t.lowerBase();
    return !Lexicon.WEEKDAYS.contains(lw) && !Lexicon.MONTHS.contains(lw);
  }

  private static void scan(DocumentScan d, Entities entities, Set<String> lowerWords, List<Occurrence> out,
      List<String[]> links) {
    int n = d.size();
    int k = 0;
    Occurrence previous = null;
    while (k < n) {
      boolean datelineZone = k < 4 && d.tokPara[k] == 0;
      if (!nameToken(d, k, datelineZone)) {
        k++;
        continue;
      }
      int s = k;
      int e = extend(d, s, datelineZone);
      k = e;
      // Drop sentence-initial function words and common words ("The", "Shares", "Police").
      while (s < e && d.isSentenceInitial(s) && d.isWord(s)) {
        String lw = d.lower(s);
        boolean placeWord = e - s > 1 && (Gazetteer.PREFIXES.contains(lw) || Gazetteer.HEADS.contains(lw));
        boolean common = FUNCTION_WORDS.contains(lw) || (lowerWords.contains(lw) && !placeWord
            && !Gazetteer.PLACES.contains(lw));
        if (!common) {
          break;
        }
        s++;
        while (s < e && !d.isWord(s)) {
          s++;
        }
      }
      while (e > s && !d.isWord(e - 1)) {
        e--;
      }
      if (s >= e) {
        continue;
      }
      Occurrence o = occurrence(d, s, e, entities);
      if (o.words.isEmpty()) {
        continue;
      }
      o.cue = cue(d, s, e, previous, n);
      if (o.words.size() == 1 && ROAD_NUMBER.matcher(d.tok(s).text()).matches()
          && (d.lower(s - 1).equals("the") || d.tok(s).text().startsWith("I-"))) {
        o.cue = true; // "the A629", "the M4", "I-95"
      }
      if (e < n && ((d.isLowerWord(e) && Gazetteer.ORG_AFTER.contains(d.lower(e))) || d.isSpeechVerb(e))) {
        o.strongOrg = true; // "Velcom shares", "Velcom said"
      }
      if (o.words.size() == 2 && GivenNames.contains(o.words.get(0))
          && !entities.withSurname(d.tok(e - 1).base()).isEmpty()) {
        o.person = true; // "Georgia Lane" where "Lane" is a person of the story
      }
      // Lists: "Ferrow, Brindley and Nethercote", "Halifax and Huddersfield".
      if (previous != null && previous.document == d.index && previous.end == s - 1
          && d.tokSent[previous.start] == d.tokSent[s]) {
        boolean joiner = LIST_JOINERS.contains(d.lower(s - 1));
        boolean continues = d.isPunct(e, ',') || LIST_JOINERS.contains(d.lower(e));
        if (joiner || (d.isPunct(s - 1, ',') && continues)) {
          links.add(new String[] {previous.key, o.key});
        }
      }
      out.add(o);
      previous = o;
    }
  }

  /** The end of the capitalised run starting at s. */
  private static int extend(DocumentScan d, int s, boolean datelineZone) {
    int n = d.size();
    int e = s + 1;
    while (e < n) {
      Token last = d.tok(e - 1);
      if (d.tokPara[e] != d.tokPara[s] || (d.tokSent[e] != d.tokSent[s] && !d.isAbbreviationDot(e - 1)
          && !d.isAbbreviationDot(e))) {
        break;
      }
      if (d.isAbbreviationDot(e) && nameToken(d, e + 1, datelineZone)) {
        e += 2;
      } else if (last.isPossessive()) {
        String next = d.lower(e);
        if (nameToken(d, e, datelineZone) && (Gazetteer.HEADS.contains(next) || Lexicon.ORG_WORDS.contains(next))) {
          e++;
        } else {
          break;
        }
      } else if (d.isLowerWord(e) && nameToken(d, e + 1, datelineZone)) {
        String lw = d.lower(e);
        String prev = last.lowerBase();
        if (lw.equals("of") && (OF_HEADS.contains(prev) || Lexicon.ORG_WORDS.contains(prev)
            || Lexicon.TITLES.contains(prev))) {
          e += 2;
        } else if (PARTICLES.contains(lw)) {
          e += 2;
        } else {
          break;
        }
      } else if (d.isPunct(e, '&') && nameToken(d, e + 1, datelineZone)) {
        e += 2;
      } else if (nameToken(d, e, datelineZone) && d.tokInQuote[e] == d.tokInQuote[s]) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  private static Occurrence occurrence(DocumentScan d, int s, int e, Entities entities) {
    Occurrence o = new Occurrence();
    o.document = d.index;
    o.start = s;
    o.end = e;
    o.inQuote = d.tokInQuote[s];
    List<String> words = new ArrayList<>();
    boolean amp = false;
    for (int j = s; j < e; j++) {
      if (d.isWord(j)) {
        String w = normal(d.tok(j).text());
        if (!w.isEmpty()) {
          words.add(w);
        }
      } else if (d.isPunct(j, '&')) {
        amp = true;
      }
    }
    if (amp) {
      words.add("&"); // "Cask & Rowe": an organisation
    }
    o.words = words;
    o.key = String.join(" ", words);
    Token lastTok = d.tok(e - 1);
    int end = lastTok.isPossessive() ? lastTok.end() - 2 : lastTok.end();
    o.span = new Span(d.tok(s).start(), end);
    o.form = d.text.substring(o.span.start(), o.span.end());
    // What the clustering of names made of these tokens.
    for (int j = s; j < e; j++) {
      Mention m = d.mentionAt(j);
      if (m == null || m.roleOnly) {
        continue;
      }
      if (!m.org && m.entity >= 0) {
        Entities.Entity ent = entities.get(m.entity);
        boolean passive = PASSIVE_BE.contains(d.lower(e));
        if (!ent.org && (!ent.givens.isEmpty() || (m.speechSubject && !passive)
            || (!ent.roles.isEmpty() && !Gazetteer.PLACES.contains(o.key)))) {
          o.person = true;
        }
      } else if (m.org && m.strong && m.speechSubject) {
        o.strongOrg = true;
      }
    }
    return o;
  }

  /** Whether the context of [s, e) says it is a place. */
  private static boolean cue(DocumentScan d, int s, int e, Occurrence previous, int n) {
    String before = d.lower(s - 1);
    if (Gazetteer.PREPOSITIONS.contains(before) && d.isWord(s - 1)) {
      return true;
    }
    if (before.equals("to") && d.isLowerWord(s - 1) && (Gazetteer.MOTION.contains(d.lower(s - 2))
        || (previous != null && previous.cue && previous.end == s - 1 && previous.document == d.index))) {
      return true; // "flew to Erie", "from Rosslare to Fishguard"
    }
    if (before.equals("of") && Gazetteer.CONTAINERS_OF.contains(d.lower(s - 2))) {
      return true;
    }
    if (e < n && d.isLowerWord(e) && Gazetteer.AFTER.contains(d.lower(e))) {
      return true;
    }
    // "in Saltmarket and Eastbank", "between X, Y and Z"
    if (previous != null && previous.cue && previous.document == d.index
        && (LIST_JOINERS.contains(before) || d.isPunct(s - 1, ',')) && previous.end == s - 1
        && d.tokSent[previous.start] == d.tokSent[s]) {
      return true;
    }
    // Dateline: "KESTRELMOUTH, March 10 (Meridian) -" or "KESTRELMOUTH (Reuters) -".
    if (s == 0) {
      boolean caps = true;
      for (int j = s; j < e; j++) {
        if (d.isWord(j) && !d.tok(j).isAllCaps() && d.tok(j).text().length() > 1) {
          caps = false;
        }
      }
      boolean after = d.isPunct(e, '(') || d.isPunct(e, '\u2014') || d.isPunct(e, '\u2013') || d.isPunct(e, '-')
          || (d.isPunct(e, ',') && (Lexicon.MONTHS.contains(d.lower(e + 1)) || d.isPunct(e + 2, '(')));
      return after && (caps || d.isPunct(e, ','));
    }
    return false;
  }
}
