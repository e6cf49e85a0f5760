package dev.precis.text;

/**
 * Which way the quotation marks of a piece of text point. Curly and PTB marks ({@code `` ''}) say whether they
 * open or close; a straight mark opens when a space is before it and none after, and closes the other way
 * round. Marks with spaces on both sides (tokenized text) tell nothing and are passed over.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** 1 for an opening quotation mark at i, -1 for a closing one, 0 for none or one that tells nothing. */
  static int mark(char[] s, int i) {
    char c = s[i];
    if (c != '\u201c' && c != '\u201d' && c != '"' && c != '`' && c != '\'') {
      return 0;
    }
    boolean doubled = i + 1 < s.length && s[i + 1] == c;
    if (c == '\u201c' || c == '`' && doubled) {
      return 1;
    }
    if (c == '\u201d' || c == '\'' && doubled && (i == 0 || s[i - 1] != '\'')) {
      return -1;
    }
    if (c != '"') {
      return 0;
    }
    boolean spaceBefore = i == 0 || Character.isWhitespace(s[i - 1]) || s[i - 1] == '(' || s[i - 1] == ':';
    boolean spaceAfter = i + 1 == s.length || Character.isWhitespace(s[i + 1]);
    return spaceBefore && !spaceAfter ? 1 : !spaceBefore && spaceAfter ? -1 : 0;
  }

  /**
   * The first mark in {@code s[from, to)} that tells its direction: 1 opening, -1 closing, 0 none. {@code s} is
   * the text's characters ({@code toCharArray()}): a scanner reads them from an array, because under the C1
   * compiler String.charAt on text that is not Latin-1 costs a call and a range check per character.
   */
  static int first(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      int m = mark(s, i);
      if (m != 0) {
        return m;
      }
    }
    return 0;
  }

  /** {@link #first(char[], int, int)} on a text. */
  public static int first(CharSequence s, int from, int to) {
    return first(chars(s), from, to);
  }

  /** The last mark in {@code s[from, to)} that tells its direction: 1 opening, -1 closing, 0 none. */
  static int last(char[] s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      int m = mark(s, i);
      if (m != 0) {
        return m;
      }
    }
    return 0;
  }

  /** {@link #last(char[], int, int)} on a text. */
  public static int last(CharSequence s, int from, int to) {
    return last(chars(s), from, to);
  }

  private static char[] chars(CharSequence s) {
    return s.toString().toCharArray();
  }

  /** Whether a sentence starts inside a quotation: the second half of a quote split across sentences. */
  public static boolean startsInsideQuote(CharSequence s) {
    char[] cs = chars(s);
    return first(cs, 0, cs.length) < 0;
  }

  /**
   * Whether a sentence is one quotation and nothing else: it opens with an opening mark and ends with a closing
   * one (a full stop or comma may stand outside it), so it does not say who speaks.
   */
  public static boolean isBareQuote(CharSequence text) {
    char[] s = chars(text);
    int from = 0;
    int to = s.length;
    while (from < to && Character.isWhitespace(s[from])) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s[to - 1]) || ".,;".indexOf(s[to - 1]) >= 0)) {
      to--;
    }
    if (to - from < 2 || mark(s, from) != 1) {
      return false;
    }
    int last = to - 1;
    if (s[last] == '\'' && last > from && s[last - 1] == '\'') {
      last--;
    }
    boolean closesAtEnd = mark(s, last) == -1
        || s[last] == '"' && last > from && !Character.isWhitespace(s[last - 1]);
    return closesAtEnd && noClosingBefore(s, from + 1, last);
  }

  private static boolean noClosingBefore(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (mark(s, i) == -1) {
        return false;
      }
    }
    return true;
  }
}
