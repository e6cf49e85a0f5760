package dev.precis.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter (1980) suffix stripper in the exact variant bundled with ROUGE-1.5.5.
 *
 * <p>ROUGE ships the regular-expression formulation of the algorithm (Martin Porter's "Release 1"
 * Perl version) with one local change by C.-Y. Lin in step 4: a word ending in {@code -ement} is
 * no longer offered to the {@code -ment}/{@code -ent} rules in the same pass; instead the
 * {@code -ment} and {@code -ent} rules are tried one after the other on the result of the general
 * step-4 rule. That ordering, the overlapping consonant/vowel classes ({@code y} counts as both)
 * and the upper-casing of an initial {@code y} are reproduced here, so outputs can differ from
 * other Porter implementations (for example Lucene's), which is the point.
 *
 * <p>Input is expected in lower case; words shorter than 3 characters are returned unchanged.
 * ROUGE only calls the stemmer for tokens longer than 3 characters (see {@link RougeResources}).
 */
final class RougePorterStemmer {
  private RougePorterStemmer() {}

  // Character classes of the algorithm. Note the asymmetry: 'y' is a vowel in VOWEL and, through
  // "[^aeiou]", also a consonant; an initial 'y' is upper-cased first so that it is a consonant.
  private static final String CONS_SEQ = "[^aeiou][^aeiouy]*";
  private static final String VOWEL = "[aeiouy]";
  private static final String VOWEL_SEQ = "[aeiouy][aeiou]*";

  /** measure m > 0: [C](VC)+... */
  private static final Pattern M_GT_0 = Pattern.compile("^(" + CONS_SEQ + ")?" + VOWEL_SEQ + CONS_SEQ);
  /** measure m == 1: [C]VC[V] */
  private static final Pattern M_EQ_1 =
      Pattern.compile("^(" + CONS_SEQ + ")?" + VOWEL_SEQ + CONS_SEQ + "(" + VOWEL_SEQ + ")?$");
  /** measure m > 1 */
  private static final Pattern M_GT_1 =
      Pattern.compile("^(" + CONS_SEQ + ")?" + VOWEL_SEQ + CONS_SEQ + VOWEL_SEQ + CONS_SEQ);
  /** the stem contains a vowel */
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONS_SEQ + ")?" + VOWEL);
  /** a whole short word of the form consonant-vowel-consonant (last not w, x or y) */
  private static final Pattern SHORT_CVC = Pattern.compile("^" + CONS_SEQ + VOWEL + "[^aeiouwxy]$");

  private static final Pattern S1A_SSES_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern S1A_S = Pattern.compile("([^s])s$");
  private static final Pattern S1B_EED = Pattern.compile("eed$");
  private static final Pattern S1B_ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern S1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern S1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern S1C_Y = Pattern.compile("y$");
  private static final Pattern S2 =
      Pattern.compile(
          "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism"
              + "|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern S3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern S4 =
      Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern S4_MENT = Pattern.compile("ment$");
  private static final Pattern S4_ENT = Pattern.compile("ent$");
  private static final Pattern S4_ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern S5_E = Pattern.compile("e$");
  private static final Pattern S5_LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2 =
      Map.ofEntries(
          Map.entry("ational", "ate"),
          Map.entry("tional", "tion"),
          Map.entry("enci", "ence"),
          Map.entry("anci", "ance"),
          Map.entry("izer", "ize"),
          Map.entry("bli", "ble"),
          Map.entry("alli", "al"),
          Map.entry("entli", "ent"),
          Map.entry("eli", "e"),
          Map.entry("ousli", "ous"),
          Map.entry("ization", "ize"),
          Map.entry("ation", "ate"),
          Map.entry("ator", "ate"),
          Map.entry("alism", "al"),
          Map.entry("iveness", "ive"),
          Map.entry("fulness", "ful"),
          Map.entry("ousness", "ous"),
          Map.entry("aliti", "al"),
          Map.entry("iviti", "ive"),
          Map.entry("biliti", "ble"),
          Map.entry("logi", "log"));

  private static final Map<String, String> STEP3 =
      Map.of(
          "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "",
          "ness", "");

  private static boolean has(Pattern p, String s) {
    return p.matcher(s).find();
  }

  /** Stems one lower-case word. */
  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String w = word;
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      w = 'Y' + w.substring(1);
    }

    Matcher m;
    // Step 1a: plurals.
    if ((m = S1A_SSES_IES.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    } else if ((m = S1A_S.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    }

    // Step 1b: -eed, -ed, -ing.
    if ((m = S1B_EED.matcher(w)).find()) {
      if (has(M_GT_0, w.substring(0, m.start()))) {
        w = w.substring(0, w.length() - 1);
      }
    } else if ((m = S1B_ED_ING.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(HAS_VOWEL, stem)) {
        w = stem;
        if (has(S1B_AT_BL_IZ, w)) {
          w = w + "e";
        } else if (has(S1B_DOUBLE, w)) {
          w = w.substring(0, w.length() - 1);
        } else if (has(SHORT_CVC, w)) {
          w = w + "e";
        }
      }
    }

    // Step 1c: y -> i when the stem has a vowel.
    if ((m = S1C_Y.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(HAS_VOWEL, stem)) {
        w = stem + "i";
      }
    }

    // Step 2: double suffixes to single ones (m > 0).
    if ((m = S2.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(M_GT_0, stem)) {
        w = stem + STEP2.get(m.group(1));
      }
    }

    // Step 3: -ic-, -full, -ness etc. (m > 0).
    if ((m = S3.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(M_GT_0, stem)) {
        w = stem + STEP3.get(m.group(1));
      }
    }

    // Step 4 (ROUGE's modified order): general suffixes, then -ment, then -ent or -(s|t)ion.
    if ((m = S4.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(M_GT_1, stem)) {
        w = stem;
      }
    }
    if ((m = S4_MENT.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(M_GT_1, stem)) {
        w = stem;
      }
    }
    if ((m = S4_ENT.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(M_GT_1, stem)) {
        w = stem;
      }
    } else if ((m = S4_ION.matcher(w)).find()) {
      String stem = w.substring(0, m.start()) + m.group(1);
      if (has(M_GT_1, stem)) {
        w = stem;
      }
    }

    // Step 5: final -e and -ll.
    if ((m = S5_E.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (has(M_GT_1, stem) || (has(M_EQ_1, stem) && !has(SHORT_CVC, stem))) {
        w = stem;
      }
    }
    if (has(S5_LL, w) && has(M_GT_1, w)) {
      w = w.substring(0, w.length() - 1);
    }

    if (initialY) {
      w = 'y' + w.substring(1);
    }
    return w;
  }
}
