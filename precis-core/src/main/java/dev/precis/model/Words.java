package dev.precis.model;

/** Word counting as budgets understand it: maximal runs of non-white-space characters. */
public final class Words {
  private Words() {}

  public static int count(CharSequence text) {
    return count(text, 0, text.length());
  }

  /** Words in {@code text[from, to)}: maximal runs of non-white-space characters within the range. */
  public static int count(CharSequence text, int from, int to) {
    int n = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !inWord) {
        n++;
      }
      inWord = !ws;
    }
    return n;
  }
}
