package dev.precis.model;

/** Word counting as budgets understand it: maximal runs of non-white-space characters. */
public final class Words {
  private Words() {}

  public static int count(CharSequence text) {
    return count(text, 0, text.length(), Integer.MAX_VALUE);
  }

  /** Words in {@code text[from, to)}: maximal runs of non-white-space characters within the range. */
  public static int count(CharSequence text, int from, int to) {
    return count(text, from, to, Integer.MAX_VALUE);
  }

  /**
   * {@link #count(CharSequence)}, or {@code cap} when {@code text} has at least {@code cap} words: what a
   * comparison with a limit below {@code cap} needs, without reading the rest of a long text.
   */
  public static int capped(CharSequence text, int cap) {
    return count(text, 0, text.length(), cap);
  }

  /** Characters copied out of the text at a time: a sentence or a line at once, a long text in pieces. */
  private static final int CHUNK = 256;

  private static int count(CharSequence text, int from, int to, int cap) {
    // The characters are read from an array: under the C1 compiler, String.charAt on text that is not Latin-1
    // costs a call and a range check per character.
    String s = text.toString();
    char[] buf = new char[Math.max(0, Math.min(CHUNK, to - from))];
    int n = 0;
    boolean inWord = false;
    for (int at = from; at < to && n < cap; at += CHUNK) {
      int len = Math.min(CHUNK, to - at);
      s.getChars(at, at + len, buf, 0);
      for (int i = 0; i < len && n < cap; i++) {
        char c = buf[i];
        // ASCII the quick way, the same characters Character.isWhitespace names: tab to carriage return, the
        // four separators 0x1C to 0x1F, and space.
        boolean ws = c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)
            : Character.isWhitespace(c);
        if (!ws && !inWord) {
          n++;
        }
        inWord = !ws;
      }
    }
    return n;
  }
}
