package dev.precis.clean;

import org.jsoup.parser.Parser;

/**
 * HTML character references, decoded by jsoup (every named entity of HTML5, decimal and hexadecimal references),
 * and the pseudo-entities of wire transmissions, which are none.
 */
final class HtmlEntities {
  private HtmlEntities() {}

  /**
   * The replacement of the character reference that starts at {@code text[at] == '&'} and ends at
   * {@code end - 1 == ';'}, or null when it is not one. A no-break space becomes a plain space; references to
   * control characters and lone surrogates are not decoded.
   */
  static String decode(CharSequence text, int at, int end) {
    int len = end - at;
    if (len < 3 || len > 12 || text.charAt(at) != '&' || text.charAt(end - 1) != ';') {
      return null;
    }
    String ref = text.subSequence(at, end).toString();
    String decoded = Parser.unescapeEntities(ref, false);
    if (decoded.equals(ref)) {
      return null;
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 && c != '\t' || c == '\uFFFD') {
        return null;
      }
    }
    return decoded.replace('\u00A0', ' ').replace("\u00AD", "").replace("\u200D", "").replace("\u200C", "");
  }

  /**
   * True for the two-capital pseudo-entities of wire transmissions ({@code &QL; &UR; &QC; &HT; &LR; &MD;}), which
   * are no HTML entities.
   */
  static boolean isWireCode(CharSequence text, int at, int end) {
    return end - at == 4
        && text.charAt(at) == '&'
        && isUpper(text.charAt(at + 1))
        && isUpper(text.charAt(at + 2))
        && text.charAt(at + 3) == ';';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
