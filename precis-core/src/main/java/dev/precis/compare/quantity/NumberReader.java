package dev.precis.compare.quantity;

import dev.precis.compare.quantity.Value.Kind;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.Lexicon;
import dev.precis.compare.scan.Tokens.Token;
import dev.precis.lang.WordLists;
import dev.precis.model.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers in English news text, read into {@link Value}s: words to numbers ("seventeen", "twenty-seven", "a
 * hundred and twenty", "two and a half thousand", "two dozen"), scales ("1.5 million", "£640m", "€2bn"), digit
 * grouping ("1,500,000"), currencies ($ £ € and "dollars", "pounds", "euros", pence), percentages ("%", "percent",
 * "per cent"), units (km/h, metres, tonnes, hours ...), ages ("41-year-old"), approximations ("about", "more than",
 * "nearly", "up to", ranges) as intervals. Identifiers ("Line 3", "route 4"), times of day, years, scores and
 * ordinals are not quantities.
 */
final class NumberReader {
  private NumberReader() {}

  private static final Set<String> SCALE_AFTER_A = Lexicon.english("scale-after-a");
  private static final Set<String> SCALE_WORDS = Lexicon.english("scale-words");
  private static final Set<String> PARTITIVE_DETERMINERS = Lexicon.english("partitive-determiners");
  private static final Set<String> CASUALTY_ADJECTIVES = Lexicon.english("casualty-adjectives");
  private static final Set<String> QUALIFIERS_3 = Lexicon.english("qualifiers-three-words");
  private static final Set<String> QUALIFIERS_2 = Lexicon.english("qualifiers-two-words");
  private static final Set<String> QUALIFIERS_1 = Lexicon.english("qualifiers-one-word");
  private static final Set<String> RATE_NOUNS = Lexicon.english("rate-nouns");
  private static final Set<String> IDENTIFIER_NOUNS = Lexicon.english("identifier-nouns");
  private static final Set<String> AUX = Lexicon.english("auxiliaries");
  private static final Set<String> TIME_WORDS = Lexicon.english("time-words");

  private static final Map<String, Integer> SMALL = integers("number-word-values");
  private static final Map<String, Integer> TENS = integers("tens-word-values");
  private static final Map<String, Integer> MULTIPLIERS = integers("multiplier-word-values");
  private static final Map<String, Double> SCALES = new HashMap<>();
  private static final Map<String, String> UNITS = WordLists.values("en", "units");

  static {
    WordLists.values("en", "scale-values").forEach((w, v) -> SCALES.put(w, Double.parseDouble(v)));
  }

  private static Map<String, Integer> integers(String list) {
    Map<String, Integer> out = new HashMap<>();
    WordLists.values("en", list).forEach((w, v) -> out.put(w, Integer.parseInt(v)));
    return out;
  }

  /** Parses number words starting at k: returns {value, lastTok} or null. */
  private static double[] numberWords(DocumentScan d, int k) {
    double total = 0;
    double current = 0;
    boolean any = false;
    int last = -1;
    int j = k;
    boolean half = false;
    while (j < d.size() && d.isWord(j)) {
      String w = d.lower(j);
      String[] parts = w.split("-");
      if (parts.length == 2 && TENS.containsKey(parts[0]) && SMALL.containsKey(parts[1])) {
        current += TENS.get(parts[0]) + SMALL.get(parts[1]);
        any = true;
        last = j;
      } else if (SMALL.containsKey(w)) {
        current += SMALL.get(w);
        any = true;
        last = j;
      } else if (TENS.containsKey(w)) {
        current += TENS.get(w);
        any = true;
        last = j;
      } else if (MULTIPLIERS.containsKey(w)) {
        current = (current == 0 ? 1 : current) * MULTIPLIERS.get(w);
        any = true;
        last = j;
      } else if (w.equals("thousand") || w.equals("million") || w.equals("billion")) {
        if (!any && !half) {
          break;
        }
        double scale = SCALES.get(w);
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
        half = false;
        last = j;
      } else if ((w.equals("a") || w.equals("an")) && j + 1 < d.size()
          && SCALE_AFTER_A.contains(d.lower(j + 1))) {
        if (d.lower(j + 1).equals("half")) {
          if (!any) {
            break; // "a half" alone
          }
        } else {
          current = current == 0 ? 1 : current; // "a hundred"
          any = true;
        }
      } else if (w.equals("half") && any) {
        current += 0.5; // "two and a half thousand"
        half = true;
      } else if (w.equals("and") && any && j + 1 < d.size() && isNumberWordStart(d.lower(j + 1))) {
        // "a hundred and twenty", "two and a half"
      } else {
        break;
      }
      j++;
    }
    if (!any || last < 0) {
      return null;
    }
    return new double[] {total + current, last};
  }

  private static boolean isNumberWordStart(String w) {
    return SMALL.containsKey(w) || TENS.containsKey(w) || w.equals("a") || w.equals("half")
        || startsWithTens(w);
  }

  /** Whether a hyphenated word starts with a tens word ("twenty-one"); false for a bare "-" or "--". */
  private static boolean startsWithTens(String w) {
    int dash = w.indexOf('-');
    return dash > 0 && TENS.containsKey(w.substring(0, dash));
  }

  /** The number, amount or measure that starts at token {@code k}, or null. */
  static Value read(DocumentScan d, int k) {
    Token t = d.tok(k);
    String text = t.text();
    String lw = t.lower();
    double value;
    int last = k;
    int decimals = 0;
    boolean digits = Character.isDigit(text.charAt(0));
    String suffix = "";
    boolean age = false;
    if (digits) {
      if (text.indexOf(':') >= 0) {
        return null; // 7:45
      }
      int i = 0;
      while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ','
          || (text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
        i++;
      }
      String num = text.substring(0, i).replace(",", "");
      suffix = text.substring(i).toLowerCase(Locale.ROOT);
      if (suffix.startsWith("-")) {
        if (suffix.equals("-year-old") || suffix.equals("-years-old")) {
          age = true;
          suffix = "";
        } else {
          return null; // 2027-28, 5-0: year ranges and scores are not quantities
        }
      }
      try {
        value = Double.parseDouble(num);
      } catch (NumberFormatException e) {
        return null;
      }
      int dot = num.indexOf('.');
      decimals = dot < 0 ? 0 : num.length() - dot - 1;
      if (suffix.equals("am") || suffix.equals("pm") || suffix.equals("th") || suffix.equals("st")
          || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("s")) {
        return null; // 7.42am, 19th, 1970s
      }
      if (!suffix.isEmpty() && !SCALES.containsKey(suffix) && !UNITS.containsKey(suffix) && !suffix.equals("p")
          && !suffix.equals("km")) {
        return null; // G7-like codes, 3D
      }
    } else {
      if (!SMALL.containsKey(lw) && !TENS.containsKey(lw) && !lw.equals("a") && !lw.equals("an")
          && !startsWithTens(lw)) {
        if (lw.contains("-year-old")) {
          String head = lw.substring(0, lw.indexOf("-year-old"));
          if (SMALL.containsKey(head) || TENS.containsKey(head)) {
            value = SMALL.containsKey(head) ? SMALL.get(head) : TENS.get(head);
            age = true;
          } else {
            return null;
          }
        } else {
          return null;
        }
      } else {
        double[] w = numberWords(d, k);
        if (w == null) {
          return null;
        }
        value = w[0];
        last = (int) w[1];
        if ((lw.equals("one") || lw.equals("a") || lw.equals("an")) && last == k) {
          return null; // "one resident", "a day": too common to compare
        }
        if (value == 0 && !lw.equals("zero")) {
          return null;
        }
      }
    }
    ValueBuilder v = new ValueBuilder();
    v.firstTok = k;
    v.lastTok = last;
    // Identifiers, times and years.
    int prev = k - 1;
    if (prev >= 0 && d.isWord(prev) && digits && !age) {
      Token p = d.tok(prev);
      String pl = p.lower();
      if (IDENTIFIER_NOUNS.contains(pl)
          || (p.isCapitalized() && !d.isSentenceInitial(prev) && !Lexicon.MONTHS.contains(pl)
              && !Lexicon.WEEKDAYS.contains(p.lowerBase()) && !pl.equals("us") && !Lexicon.TITLES.contains(pl))) {
        return null; // Line 3, route 4, Unit 7
      }
      if (Lexicon.MONTHS.contains(pl) && value <= 31) {
        return null; // dates are read by date()
      }
    }
    if (prev >= 1 && d.isPunct(prev, '.') && d.lower(prev - 1).equals("no")) {
      return null;
    }
    if (digits && last + 1 < d.size() && (TIME_WORDS.contains(d.lower(last + 1))
        || (d.isPunct(last + 1, '.') && TIME_WORDS.contains(d.lower(last + 2))))) {
      return null; // 8 a.m.
    }
    if (digits && decimals == 0 && value >= 1900 && value <= 2100 && suffix.isEmpty() && !age
        && text.indexOf(',') < 0 && !countNounAfter(d, last + 1)) {
      return null; // a year
    }
    if (last + 1 < d.size() && Lexicon.MONTHS.contains(d.lower(last + 1)) && value <= 31) {
      return null; // 28 April
    }
    if (last + 1 < d.size() && (d.lower(last + 1).equals("th") || d.lower(last + 1).equals("st"))) {
      return null;
    }
    int after = last + 1;
    // Currency before.
    int start = k;
    int c = k - 1;
    if (c >= 0 && isCurrency(d.tok(c).text())) {
      v.currency = d.tok(c).text();
      start = c;
      if (c - 1 >= 0 && d.tok(c - 1).text().equals("US") && d.tok(c - 1).end() == d.tok(c).start()) {
        start = c - 1;
      }
    }
    // Scale after digits: "1.5 million", "640m".
    double scale = 1;
    if (SCALES.containsKey(suffix) && !suffix.equals("m")) {
      scale = SCALES.get(suffix);
    } else if (suffix.equals("m")) {
      // £640m, 1.2m people: million; 4.2m alone: metres
      if (!v.currency.isEmpty() || countNounAfter(d, after)) {
        scale = 1e6;
      } else {
        v.unit = "m";
      }
    } else if (suffix.equals("p")) {
      v.unit = "p";
      v.currency = "£";
    } else if (UNITS.containsKey(suffix) || suffix.equals("km")) {
      v.unit = UNITS.getOrDefault(suffix, suffix);
    }
    if (scale == 1 && v.unit.isEmpty() && after < d.size() && d.isWord(after)
        && SCALE_WORDS.contains(d.lower(after))
        && digits) {
      String sw = d.lower(after);
      if (!sw.equals("m") || !v.currency.isEmpty()) {
        scale = SCALES.get(sw);
        last = after;
        after++;
      }
    }
    v.value = value * scale;
    // Precision: "1.5 million" and "£3m" are taken as written (exact); a plain round number such as 31,000 stands
    // for anything that rounds to it (30,500 to 31,500); other numbers are exact.
    double half = 0;
    if (digits && decimals == 0 && scale == 1) {
      long iv = (long) value;
      int zeros = 0;
      while (iv != 0 && iv % 10 == 0) {
        zeros++;
        iv /= 10;
      }
      half = zeros >= 2 ? 0.5 * Math.pow(10, zeros) : 0; // 31,000 is rounded; 340 is not
    }
    if (age) {
      v.kind = Kind.AGE;
      v.unit = "year-old";
      int j = last + 1;
      while (j < d.size() && d.isLowerWord(j) && !Lexicon.NP_STOPS.contains(d.lower(j)) && j < last + 4) {
        v.noun = d.lower(j);
        j++;
        if (Lexicon.PERSON_NOUNS.contains(v.noun) || v.noun.endsWith("s")) {
          break;
        }
      }
    } else {
      // Currency, percent and units after.
      if (after < d.size()) {
        String a1 = d.lower(after);
        String a2 = after + 1 < d.size() ? d.lower(after + 1) : "";
        if (d.isPunct(after, '%') || a1.equals("percent") || a1.equals("pc")) {
          v.unit = "%";
          last = after;
        } else if (a1.equals("per") && a2.equals("cent")) {
          v.unit = "%";
          last = after + 1;
        } else if (v.currency.isEmpty() && (a1.equals("dollars") || a1.equals("euros") || a1.equals("pence")
            || (a1.equals("pounds") && !a2.equals("of")))) {
          v.currency = a1.equals("dollars") ? "$" : a1.equals("euros") ? "\u20AC" : "\u00A3";
          if (a1.equals("pence")) {
            v.unit = "p";
          }
          last = after;
        } else if (v.unit.isEmpty() && (a1.equals("km") || a1.equals("kilometres")) && d.isPunct(after + 1, '/')
            && (d.lower(after + 2).equals("h") || d.lower(after + 2).equals("hr"))) {
          v.unit = "km/h";
          last = after + 2;
        } else if (v.unit.isEmpty() && UNITS.containsKey(a1) && !(a1.equals("second") || a1.equals("minute"))) {
          v.unit = UNITS.get(a1);
          last = after;
        }
      }
      if (v.unit.equals("km") && d.isPunct(last + 1, '/') && (d.lower(last + 2).equals("h"))) {
        v.unit = "km/h";
        last = last + 2;
      }
      if (v.unit.equals("%")) {
        v.kind = Kind.PERCENT;
      } else if (!v.currency.isEmpty()) {
        v.kind = Kind.MONEY;
      } else if (!v.unit.isEmpty()) {
        v.kind = Kind.MEASURE;
      } else {
        v.kind = Kind.COUNT;
      }
    }
    v.lastTok = last;
    // Qualifiers before.
    qualify(d, v, v.currency.isEmpty() ? k : start, half, digits);
    if (v.qualifier.equals("between")) {
      // "between $150,000 and $200,000": the second number closes the range
      int a = last + 1;
      if (d.lower(a).equals("and")) {
        int b = a + 1;
        if (b < d.size() && isCurrency(d.tok(b).text())) {
          b++;
        }
        Value second = b < d.size() ? read(d, b) : null;
        if (second != null && second.kind() == v.kind) {
          v.lo = v.value; // the ends of a range are meant as written
          v.hi = second.value();
          v.lastTok = second.lastTok();
          last = second.lastTok();
          v.per = second.per();
          v.noun = second.noun();
        }
      }
    }
    int spanStart = d.tok(Math.min(start, k)).start();
    // Noun, "of" object and rate after the value.
    int j = v.lastTok + 1;
    if (v.kind == Kind.COUNT) {
      if (d.lower(j).equals("of") && PARTITIVE_DETERMINERS.contains(d.lower(j + 1))) {
        v.partitive = true; // "four of them", "21 of his 52 games"
        int x = j + 1;
        if (d.lower(x).equals("them") || d.lower(x).equals("whom") || d.lower(x).equals("us")) {
          v.noun = "";
        } else {
          x++;
          v.noun = countNoun(d, x);
        }
      } else {
        v.noun = countNoun(d, j);
        if (v.noun.isEmpty() && d.isLowerWord(j) && CASUALTY_ADJECTIVES.contains(d.lower(j))) {
          v.noun = "people"; // "31 dead"
        }
      }
    } else if (v.kind == Kind.MEASURE || v.kind == Kind.MONEY || v.kind == Kind.PERCENT) {
      if (d.lower(j).equals("of") && d.isLowerWord(j + 1)) {
        int x = j + 1;
        String obj = "";
        while (x < d.size() && x < j + 5 && d.isLowerWord(x) && !Lexicon.NP_STOPS.contains(d.lower(x))
            && !Lexicon.DEFINITE.contains(d.lower(x))) {
          obj = d.lower(x);
          x++;
        }
        if (v.kind == Kind.MEASURE) {
          v.noun = obj;
        }
      }
    }
    v.per = rate(d, v.lastTok + 1, v.per);
    v.span = new Span(spanStart, d.tok(v.lastTok).end());
    return v.build();
  }

  private static void qualify(DocumentScan d, ValueBuilder v, int start, double half, boolean digits) {
    String b1 = start - 1 >= 0 && d.isWord(start - 1) ? d.lower(start - 1) : "";
    String b2 = start - 2 >= 0 && d.isWord(start - 2) ? d.lower(start - 2) + " " + b1 : "";
    String b3 = start - 3 >= 0 && d.isWord(start - 3) ? d.lower(start - 3) + " " + b2 : "";
    double x = v.value;
    v.lo = x - half;
    v.hi = x + half;
    String q = "";
    int len = 0;
    if (QUALIFIERS_3
        .contains(b3)) {
      q = b3;
      len = 3;
    } else if (QUALIFIERS_2
        .contains(b2)) {
      q = b2;
      len = 2;
    } else if (QUALIFIERS_1.contains(b1)) {
      q = b1;
      len = 1;
    }
    if (q.equals("as many as")) {
      q = "up to";
    }
    switch (q) {
      case "about", "around", "approximately", "approx", "roughly", "some", "circa", "estimated",
          "an estimated" -> {
        v.lo = Math.min(v.lo, x * 0.9);
        v.hi = Math.max(v.hi, x * 1.1);
      }
      case "nearly", "almost", "close to", "just under", "a little under" -> {
        v.lo = Math.min(v.lo, x * 0.85);
        v.hi = x;
      }
      case "more than", "over", "at least", "upwards of", "in excess of", "just over", "above", "no fewer than",
          "well over", "a little over" -> {
        v.lo = x; // a bound is meant as written: "more than 300" is not "more than 250"
        v.hi = Double.POSITIVE_INFINITY;
      }
      case "fewer than", "less than", "under", "below", "at most", "no more than", "within" -> {
        v.lo = 0;
        v.hi = x;
      }
      case "up to" -> {
        v.lo = Math.min(v.lo, x * 0.9);
        v.hi = x;
      }
      default -> {
        if (!q.equals("between") && !q.equals("exactly")) {
          q = "";
          len = 0;
        }
      }
    }
    v.qualifier = q.equals("exactly") ? "" : q.equals("over") || q.equals("above") || q.equals("well over")
        ? "more than" : q.equals("under") || q.equals("below") ? "fewer than" : q.equals("within") ? "at most"
        : q.equals("approximately")
        || q.equals("around") || q.equals("roughly") || q.equals("some") || q.equals("circa")
        || q.equals("estimated") || q.equals("an estimated") || q.equals("approx") ? "about" : q;
    if (len > 0) {
      v.firstTok = start - len;
    }
  }

  private static boolean isCurrency(String t) {
    return t.equals("$") || t.equals("\u00A3") || t.equals("\u20AC") || t.equals("\u00A5");
  }

  /** Whether a plural count noun follows ("1.2m people"). */
  private static boolean countNounAfter(DocumentScan d, int j) {
    return !countNoun(d, j).isEmpty();
  }

  private static final Set<String> IRREGULAR_PLURALS = Lexicon.english("irregular-plurals");

  /**
   * The head noun of a count: the first plural-looking word among the next three (adjectives skipped), stopping
   * at function words; "" when none.
   */
  static String countNoun(DocumentScan d, int j) {
    for (int x = j; x < Math.min(d.size(), j + 3); x++) {
      if (!d.isLowerWord(x)) {
        return "";
      }
      String w = d.lower(x);
      if (Lexicon.NP_STOPS.contains(w) || AUX.contains(w) || Lexicon.DEFINITE.contains(w)) {
        return "";
      }
      if (IRREGULAR_PLURALS.contains(w) || (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
          && !w.endsWith("is") && w.length() > 3)) {
        return w;
      }
    }
    return "";
  }

  /** "a day", "per day", "a share", "per share", "each year". */
  private static String rate(DocumentScan d, int j, String current) {
    String a = d.lower(j);
    if (a.equals("a") || a.equals("an") || a.equals("per") || a.equals("each") || a.equals("every")) {
      String b = d.lower(j + 1);
      if (RATE_NOUNS.contains(b)) {
        return b;
      }
    }
    // "a share" after a noun: "412p a share in cash"
    return current;
  }
}
