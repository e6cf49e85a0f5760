package dev.precis.text;

import dev.precis.lang.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How an English sentence opens: with a word that points back to something said before ("She added:", "But",
 * "It", "These"), so that it cannot open a summary or stand for a sentence that names its subject, or with a
 * noun phrase that does ("The Americans in question"). Besides its opening, a sentence also points back when a
 * quantifier stands for a group named before ("All were treated ...") or when it quotes someone only the sentence
 * before names (a quotation alone, or one "she said").
 */
public final class Openers {
  private static final Set<String> DANGLING = WordLists.words("en", "dangling-openers");

  private static final int PREFIX = 24;
  /** "The ... in question": a definite determiner, one to three words, a referring phrase. */
  private static final Pattern REFERRING_PHRASE = Pattern.compile("^(?:the|these|those)\\s+(?:\\S+\\s+){1,3}(?:"
      + WordLists.lines("en", "referring-phrases").stream().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\b");
  /** "There is", "There's", "There were": a "There" that introduces rather than points back. */
  private static final Pattern EXISTENTIAL_THERE = Pattern.compile("^there(?:\\s+|['\u2019])(?:"
      + String.join("|", WordLists.lines("en", "existential-there-verbs")) + ")\\b");

  /** "This week", "These days": a "This" that counts a time from now rather than pointing back. */
  private static final Pattern DEICTIC_TIME = Pattern.compile("^(?:this|these)\\s+(?:"
      + String.join("|", WordLists.lines("en", "deictic-time-nouns")) + ")\\b");

  /** "All were treated", "Most of them": a quantifier standing alone as the subject, counting a group named before. */
  private static final Set<String> QUANTIFIERS = WordLists.words("en", "standalone-quantifiers");
  private static final Pattern STANDALONE_QUANTIFIER = Pattern.compile("^(?:"
      + String.join("|", QUANTIFIERS) + ")\\s+(?:"
      + String.join("|", WordLists.lines("en", "quantifier-predicates")).replace(" ", "\\s+") + ")\\b");

  /** "..., she said.": a quotation whose speaker is a pronoun, named only by a sentence before it. */
  private static final Pattern PRONOUN_SPEAKER = Pattern.compile("[,.!?\u2026]\\s*[\"\u201d]\\s*(?:he|she|they)\\s+(?:"
      + String.join("|", WordLists.tagged("en", "speech-verbs", "tag")) + ")\\b", Pattern.CASE_INSENSITIVE);

  private Openers() {}

  /** Whether a sentence opens with a pronoun or connective that refers back to an earlier sentence. */
  public static boolean refersBack(String text) {
    return opensWithDanglingWord(opening(text));
  }

  /** {@link #refersBack} of a text's {@link #opening}. */
  private static boolean opensWithDanglingWord(String t) {
    // Only the first two words matter; no opener in the list is longer than the prefix.
    int end = firstWordEnd(t);
    if (end == 0) {
      return false;
    }
    if (DANGLING.contains(t.substring(0, end))) {
      return true;
    }
    int next = t.indexOf(' ', end);
    if (next > 0) {
      int after = next + 1;
      while (after < t.length() && Character.isLetter(t.charAt(after))) {
        after++;
      }
      return DANGLING.contains(t.substring(0, after));
    }
    return false;
  }

  private static int firstWordEnd(String t) {
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Whether a sentence opens with a word that refers back ({@link #refersBack}), with a noun phrase that does
   * ("The Americans in question include ..."), with a quantifier standing for a group named before ("All were
   * treated at St Aldric's.", not "All flights were cancelled."), or is a quotation alone or one said by "he",
   * "she" or "they", whose speaker the sentence before names ("We told the council and nobody listened.",
   * "\"I thought it was going to open for a boat,\" she said.").
   */
  public static boolean pointsBack(String text) {
    return pointsBack(text, openingTh(text));
  }

  /** {@link #pointsBack(String)}, given {@link #openingTh} of the text too. */
  private static boolean pointsBack(String text, String lower) {
    String t = opening(text);
    return opensWithDanglingWord(t) || lower != null && REFERRING_PHRASE.matcher(lower).find()
        || QUANTIFIERS.contains(t.substring(0, firstWordEnd(t))) && STANDALONE_QUANTIFIER.matcher(t).find()
        || !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0)) && QuoteMarks.isBareQuote(text)
        || quotesAPronoun(text);
  }

  /** Whether the text attributes a quotation to "he", "she" or "they" ("\"We will rebuild,\" she said."). */
  private static boolean quotesAPronoun(String text) {
    return (text.indexOf('"') >= 0 || text.indexOf('\u201d') >= 0) && PRONOUN_SPEAKER.matcher(text).find();
  }

  /** The first {@value #PREFIX} characters of the text, stripped and in lower case. */
  private static String opening(String text) {
    String t = text.strip();
    return t.substring(0, Math.min(t.length(), PREFIX)).toLowerCase(Locale.ROOT);
  }

  /**
   * The text stripped and in lower case when it opens with "th", else null: every pattern here opens so ("the",
   * "these", "those", "there", "this"), and most sentences do not, which saves lower-casing them whole.
   */
  private static String openingTh(String text) {
    String stripped = text.strip();
    return stripped.regionMatches(true, 0, "th", 0, 2) ? stripped.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * Whether a sentence depends on something said before it to be understood: it points back ({@link
   * #pointsBack}) and does not open with an existential "There" ("There was no warning.", which introduces
   * rather than refers) or with a time counted from now ("This week, the council voted ...").
   */
  public static boolean dependsOnWhatCameBefore(String text) {
    String lower = openingTh(text);
    return pointsBack(text, lower)
        && (lower == null || !EXISTENTIAL_THERE.matcher(lower).find() && !DEICTIC_TIME.matcher(lower).find());
  }
}
