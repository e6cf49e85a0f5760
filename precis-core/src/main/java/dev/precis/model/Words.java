package dev.precis.model;

/** Word counting as budgets understand it: maximal runs of non-white-space characters. */
public final class Words {
  private Words() {}

  public static int count(CharSequence text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !inWord) {
        n++;
      }
      inWord = !ws;
    }
    return n;
  }
}
