package dev.precis.text;

/**
 * Which way the quotation marks of a piece of text point. Curly and PTB marks ({@code `` ''}) say whether they
 * open or close; a straight mark opens when a space is before it and none after, and closes the other way
 * round. Marks with spaces on both sides (tokenized text) tell nothing and are passed over.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** 1 for an opening quotation mark at i, -1 for a closing one, 0 for none or one that tells nothing. */
  static int mark(CharSequence s, int i) {
    char c = s.charAt(i);
    boolean doubled = i + 1 < s.length() && s.charAt(i + 1) == c;
    if (c == '\u201c' || c == '`' && doubled) {
      return 1;
    }
    if (c == '\u201d' || c == '\'' && doubled && (i == 0 || s.charAt(i - 1) != '\'')) {
      return -1;
    }
    if (c != '"') {
      return 0;
    }
    boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '('
        || s.charAt(i - 1) == ':';
    boolean spaceAfter = i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1));
    return spaceBefore && !spaceAfter ? 1 : !spaceBefore && spaceAfter ? -1 : 0;
  }

  /** The first mark in {@code s[from, to)} that tells its direction: 1 opening, -1 closing, 0 none. */
  public static int first(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      int m = mark(s, i);
      if (m != 0) {
        return m;
      }
    }
    return 0;
  }

  /** The last mark in {@code s[from, to)} that tells its direction: 1 opening, -1 closing, 0 none. */
  public static int last(CharSequence s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      int m = mark(s, i);
      if (m != 0) {
        return m;
      }
    }
    return 0;
  }

  /** Whether a sentence starts inside a quotation: the second half of a quote split across sentences. */
  public static boolean startsInsideQuote(CharSequence s) {
    return first(s, 0, s.length()) < 0;
  }
}
