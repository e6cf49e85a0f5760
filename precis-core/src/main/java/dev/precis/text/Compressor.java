package dev.precis.text;

import dev.precis.lang.WordLists;
import dev.precis.model.Span;
import dev.precis.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shortens an English news sentence without changing what it claims, by deleting whole pieces at known places:
 * a leading connective ({@code But}, {@code However,}), a non-restrictive relative clause set off by commas
 * ({@code Lin, who took office in May, said} becomes {@code Lin said}) and an attribution tacked on the end of a
 * sentence that is not a quotation ({@code ..., police said Tuesday.}). What is printed is the kept pieces of
 * the source sentence in order, with the first letter capitalized and a full stop where an attribution was cut:
 * every printed word is a word of the source sentence, in source order.
 *
 * <p>Nothing is cut from a sentence with a quotation mark except its leading connective, and an attribution
 * stays where the sentence speaks in the first person ({@code We will rebuild, he said.}) or where what is left
 * would be under six words. Only stories in English (or of unknown language) are compressed.
 */
public final class Compressor {
  /**
   * A compressed sentence.
   *
   * @param text the sentence as printed
   * @param kept the pieces of the source sentence that were kept, in order, as offsets into the sentence text
   */
  public record Compressed(String text, List<Span> kept) {
    public Compressed {
      kept = List.copyOf(kept);
    }
  }

  /**
   * Which rules run.
   *
   * @param connectives drop a leading connective
   * @param relativeClauses drop {@code , who ...,} and {@code , which ...,} clauses of at most 14 words
   * @param attributions drop a trailing attribution
   */
  public record Rules(boolean connectives, boolean relativeClauses, boolean attributions) {
    public static final Rules ALL = new Rules(true, true, true);
    public static final Rules NONE = new Rules(false, false, false);
  }

  /** Every rule: the default of the pipeline. */
  public static final Compressor DEFAULT = new Compressor(Rules.ALL);
  /** Sentences printed whole. */
  public static final Compressor VERBATIM = new Compressor(Rules.NONE);

  /** Connectives dropped from the start of a sentence, each with the space after it. */
  private static final List<String> CONNECTIVES = WordLists.lines("en", "dropped-connectives").stream()
      .map(c -> c + " ").toList();
  private static final Set<String> SPEECH_VERBS = WordLists.tagged("en", "speech-verbs", "attribution");
  /** Words that may follow the speech verb of a cut attribution: when, where, how it was said. */
  private static final Set<String> AFTER_VERB = WordLists.words("en", "attribution-tail-words");
  /** Words that start or carry a clause: a tail holding one is not a bare attribution. */
  private static final Set<String> CLAUSE_WORDS = WordLists.words("en", "clause-words");
  private static final Set<String> FIRST_PERSON = WordLists.words("en", "first-person");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z']+");
  /** Longest attribution deleted, in words. */
  private static final int MAX_ATTRIBUTION_WORDS = 12;
  /** Longest relative clause deleted, in words. */
  private static final int MAX_RELATIVE_WORDS = 14;
  /** Fewest words the sentence keeps before a cut attribution. */
  private static final int MIN_KEPT_WORDS = 6;

  private final Rules rules;

  public Compressor(Rules rules) {
    this.rules = rules;
  }

  /** Whether this compressor changes sentences of a story in {@code language} (an ISO 639-1 code or null). */
  public boolean appliesTo(String language) {
    return !rules.equals(Rules.NONE) && (language == null || language.isEmpty() || language.equals("en"));
  }

  /** The compressed form of {@code sentence}; the sentence itself, whole, when no rule applies. */
  public Compressed compress(String sentence) {
    int start = leadingSpace(sentence, 0);
    int end = trailingSpace(sentence);
    if (end <= start) {
      return new Compressed(sentence, List.of(new Span(0, sentence.length())));
    }
    boolean quoted = hasQuoteMark(sentence, start, end);
    boolean cutTail = false;
    if (rules.connectives) {
      start = afterConnective(sentence, start, end);
    }
    if (rules.attributions && !quoted) {
      int cut = attributionStart(sentence, start, end);
      if (cut >= 0) {
        end = cut;
        cutTail = true;
      }
    }
    List<Span> kept = new ArrayList<>();
    int from = start;
    if (rules.relativeClauses && !quoted) {
      int i = relativeClause(sentence, from, end);
      while (i >= 0) {
        int close = sentence.indexOf(", ", i + 2);
        if (close < 0 || close >= end) {
          break;
        }
        int next = leadingSpace(sentence, close + 1);
        // The clause ends where the sentence's own verb comes ("Lin, who took office in May, said"); a comma
        // followed by anything else may be inside the clause ("who penned casino royale, skyfall and spectre").
        if (Words.count(sentence, i + 1, close) <= MAX_RELATIVE_WORDS && next < end && balanced(sentence, i, close)
            && startsPredicate(sentence, next, end) && !afterShortAppositive(sentence, start, i)) {
          kept.add(new Span(from, i));
          from = close + 1;
          i = relativeClause(sentence, from, end);
        } else {
          i = relativeClause(sentence, close, end);
        }
      }
    }
    kept.add(new Span(from, end));
    if (kept.size() == 1 && start == 0 && end == sentence.length()) {
      return new Compressed(sentence, kept);
    }
    StringBuilder text = new StringBuilder(end - start + 1);
    for (Span span : kept) {
      text.append(sentence, span.start(), span.end());
    }
    if (start > 0) {
      text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    }
    if (cutTail) {
      text.append('.');
    }
    return new Compressed(text.toString(), kept);
  }


  /** Where the next {@code , who} or {@code , which} clause at or after {@code from} starts (its comma), or -1. */
  private static int relativeClause(String s, int from, int end) {
    int best = -1;
    for (String marker : new String[] {", who ", ", which "}) {
      int i = s.indexOf(marker, from);
      if (i >= 0 && i < end && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** Whether {@code s[from, to)} closes every bracket it opens and opens none it does not close. */
  private static boolean balanced(String s, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth < 0) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  private static final Set<String> PREDICATE_WORDS = WordLists.words("en", "predicate-words");

  /**
   * Whether the word at {@code i} can start a predicate: an auxiliary or modal, a common past or present verb
   * form, or a word ending in {@code -ed} or a third-person {@code -s} (not {@code 's} or {@code -ss}).
   */
  private static boolean startsPredicate(String s, int i, int end) {
    int j = i;
    while (j < end && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'')) {
      j++;
    }
    String word = s.substring(i, j).toLowerCase(Locale.ROOT);
    if (PREDICATE_WORDS.contains(word)) {
      return true;
    }
    return word.length() > 3 && !word.contains("'") && (word.endsWith("ed")
        || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"));
  }

  /**
   * Whether the clause at {@code i} follows an appositive or another phrase set off by a comma without a verb of
   * its own ({@code Carman, 22, who}; {@code Wang, founder of the party, which}): cutting the clause would leave
   * that comma unclosed.
   */
  private static boolean afterShortAppositive(String s, int start, int i) {
    int comma = s.lastIndexOf(", ", i - 1);
    if (comma < start) {
      return false;
    }
    for (int w = leadingSpace(s, comma + 1); w < i; w = leadingSpace(s, w)) {
      if (startsPredicate(s, w, i)) {
        return false;
      }
      while (w < i && !Character.isWhitespace(s.charAt(w))) {
        w++;
      }
    }
    return true;
  }

  private static int afterConnective(String s, int start, int end) {
    String head = s.substring(start, Math.min(end, start + 16)).toLowerCase(Locale.ROOT);
    for (String c : CONNECTIVES) {
      if (head.startsWith(c)) {
        int after = leadingSpace(s, start + c.length());
        if (after < end && Character.isLetter(s.charAt(after)) && Words.count(s, after, end) >= MIN_KEPT_WORDS) {
          return after;
        }
      }
    }
    return start;
  }

  /**
   * Where a trailing attribution starts (the comma before it), or -1: {@code , police said Tuesday.},
   * {@code , according to the agency.}, {@code , said Ann Lee, a spokeswoman.}
   */
  private static int attributionStart(String s, int start, int end) {
    if (s.charAt(end - 1) != '.') {
      return -1;
    }
    int comma = s.lastIndexOf(", ", end - 1);
    while (comma > start) {
      int tailWords = Words.count(s, comma + 1, end - 1);
      if (tailWords > MAX_ATTRIBUTION_WORDS) {
        return -1;
      }
      String[] tail = WHITESPACE.split(s.substring(comma + 2, end - 1).toLowerCase(Locale.ROOT).strip());
      if (isAttribution(tail)) {
        int head = comma;
        String headText = s.substring(start, head);
        if (Words.count(s, start, head) < MIN_KEPT_WORDS || speaksInFirstPerson(headText)
            || ".!?;:".indexOf(s.charAt(head - 1)) >= 0) {
          return -1;
        }
        return head;
      }
      comma = s.lastIndexOf(", ", comma - 1);
    }
    return -1;
  }

  /** An attribution: {@code according to ...}, {@code said/says ...}, or a subject of at most six words and a speech verb. */
  /**
   * An attribution: {@code according to} and a source of at most eight words; {@code said} or {@code says} and
   * a speaker ({@code said Ann Lee, a spokeswoman}); or a speaker of at most six words, a speech verb, and at
   * most four words saying when, where or to whom ({@code police said on Tuesday}, {@code he told reporters}).
   * Anything that could be a clause of its own (a verb, {@code that}, a number) makes it no attribution.
   */
  private static boolean isAttribution(String[] tail) {
    if (tail.length == 0 || tail[0].isEmpty()) {
      return false;
    }
    if (tail.length >= 3 && tail[0].equals("according") && tail[1].equals("to")) {
      return tail.length <= 10 && plainWords(tail, 2, tail.length);
    }
    if (tail[0].equals("said") || tail[0].equals("says")) {
      return tail.length >= 2 && tail.length <= 7 && plainWords(tail, 1, tail.length);
    }
    for (int i = 1; i < tail.length && i <= 6; i++) {
      if (SPEECH_VERBS.contains(tail[i])) {
        if (!plainWords(tail, 0, i) || tail.length - i - 1 > 4) {
          return false;
        }
        for (int j = i + 1; j < tail.length; j++) {
          if (!AFTER_VERB.contains(tail[j]) && !(tail[i].equals("told") && j <= i + 2)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether {@code tail[from, to)} can only name someone: no verb, conjunction, relative word or number. */
  private static boolean plainWords(String[] tail, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tail[i];
      if (CLAUSE_WORDS.contains(w) || SPEECH_VERBS.contains(w) || w.isEmpty() || Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean speaksInFirstPerson(String text) {
    for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (FIRST_PERSON.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasQuoteMark(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '`' || c == '\'' && i + 1 < end
          && s.charAt(i + 1) == '\'') {
        return true;
      }
    }
    return false;
  }

  private static int leadingSpace(String s, int from) {
    while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trailingSpace(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
