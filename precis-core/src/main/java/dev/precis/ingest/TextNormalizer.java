package dev.precis.ingest;

/**
 * Turns decoded text into the cleaned text every offset refers to. It only changes white space and line ends;
 * words are left alone (debris cleaning is a later stage):
 *
 * <ul>
 *   <li>a leading byte-order mark is removed;
 *   <li>CR LF and lone CR become LF, and so do NEL (U+0085) and LINE SEPARATOR (U+2028); PARAGRAPH SEPARATOR
 *       (U+2029) becomes a blank line;
 *   <li>no-break spaces (U+00A0, U+2007, U+202F) become plain spaces;
 *   <li>NUL characters (stray bytes of a damaged file) are removed;
 *   <li>white space at the end of every line is removed, and so is white space (blank lines included) at the
 *       start and end of the text.
 * </ul>
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(CharSequence raw) {
    int from = raw.length() > 0 && raw.charAt(0) == '\uFEFF' ? 1 : 0;
    StringBuilder out = new StringBuilder(raw.length());
    // Index in out just after the last character that is not white space on the current line.
    int lineKeep = 0;
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
            i++;
          }
          lineKeep = newline(out, lineKeep, 1);
        }
        case '\n', '\u0085', '\u2028' -> lineKeep = newline(out, lineKeep, 1);
        case '\u2029' -> lineKeep = newline(out, lineKeep, 2);
        case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
        case '\0' -> { }
        default -> {
          out.append(c);
          if (!Character.isWhitespace(c)) {
            lineKeep = out.length();
          }
        }
      }
    }
    int end = lineKeep;
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    while (start < end && Character.isWhitespace(out.charAt(start))) {
      start++;
    }
    return out.substring(start, end);
  }

  private static int newline(StringBuilder out, int lineKeep, int count) {
    out.setLength(lineKeep);
    for (int k = 0; k < count; k++) {
      out.append('\n');
    }
    return out.length();
  }
}
