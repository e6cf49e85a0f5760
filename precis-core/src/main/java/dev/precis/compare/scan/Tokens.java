package dev.precis.compare.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small tokenizer that keeps offsets: words (with internal apostrophes, hyphens, dots, digit commas) and
 * single punctuation characters. Linear in the text length. */
public final class Tokens {
  private Tokens() {}

  /** One token; {@code text} is the covered text. */
  public record Token(int start, int end, String text) {
    public boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isPunct(char c) {
      return text.length() == 1 && text.charAt(0) == c;
    }

    public boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    public boolean hasDigit() {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** All letters upper case and longer than one letter ("NFU", "HERO"). */
    public boolean isAllCaps() {
      int letters = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (!Character.isUpperCase(c)) {
            return false;
          }
        }
      }
      return letters > 1;
    }

    public boolean isPossessive() {
      int n = text.length();
      return n > 2 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '\u2019')
          && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S');
    }

    /** The word without a possessive 's. */
    public String base() {
      return isPossessive() ? text.substring(0, text.length() - 2) : text;
    }

    public String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    public String lowerBase() {
      return base().toLowerCase(Locale.ROOT);
    }
  }

  /** The one-character strings of ASCII, shared by the punctuation tokens instead of one new string each. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Tokens of {@code text[from, to)}. */
  static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        out.add(new Token(i, i + 1, c < ASCII.length ? ASCII[c] : String.valueOf(c)));
        i++;
        continue;
      }
      int s = i;
      i++;
      while (i < to) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
          continue;
        }
        char prev = text.charAt(i - 1);
        char next = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (isApostrophe(d) && Character.isLetter(prev) && Character.isLetter(next)) {
          i++;
        } else if ((d == '-' || d == '\u2011') && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
          i++;
        } else if (d == '.' && ((Character.isLetter(prev) && Character.isLetter(next) && i + 2 <= to
            && (i + 2 == to || !Character.isLetter(text.charAt(i + 2)) || text.charAt(i + 2) == '.'))
            || (Character.isDigit(prev) && Character.isDigit(next)))) {
          i++; // S.S.I, a.m, U.S, 1.5
        } else if (d == ',' && Character.isDigit(prev) && i + 3 < to + 1 && threeDigits(text, i + 1, to)) {
          i++;
        } else if (d == ':' && Character.isDigit(prev) && i + 2 < to && Character.isDigit(next)
            && Character.isDigit(text.charAt(i + 2))) {
          i++;
        } else {
          break;
        }
      }
      out.add(new Token(s, i, text.substring(s, i)));
    }
    return out;
  }

  private static boolean threeDigits(String text, int at, int to) {
    if (at + 3 > to) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return at + 3 == to || !Character.isDigit(text.charAt(at + 3));
  }
}
