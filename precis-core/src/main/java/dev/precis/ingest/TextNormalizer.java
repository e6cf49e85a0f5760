package dev.precis.ingest;

import java.util.Arrays;

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
    // Read from and written to arrays: under the C1 compiler, String.charAt on text that is not Latin-1 costs a
    // call and a range check per character, and so does StringBuilder.append.
    String text = raw.toString();
    char[] in = text.toCharArray();
    int from = in.length > 0 && in[0] == '\uFEFF' ? 1 : 0;
    char[] out = new char[in.length];
    int length = 0;
    // Index in out just after the last character that is not white space on the current line.
    int lineKeep = 0;
    for (int i = from; i < in.length; i++) {
      char c = in[i];
      // A paragraph separator, the one character that becomes two, may need more room than the text had.
      if (lineKeep + 2 > out.length || length + 1 > out.length) {
        out = Arrays.copyOf(out, out.length * 2 + 2);
      }
      switch (c) {
        case '\r' -> {
          if (i + 1 < in.length && in[i + 1] == '\n') {
            i++;
          }
          out[lineKeep] = '\n';
          length = ++lineKeep;
        }
        case '\n', '\u0085', '\u2028' -> {
          out[lineKeep] = '\n';
          length = ++lineKeep;
        }
        case '\u2029' -> {
          out[lineKeep] = '\n';
          out[lineKeep + 1] = '\n';
          length = lineKeep += 2;
        }
        case '\u00A0', '\u2007', '\u202F' -> out[length++] = ' ';
        case '\0' -> { }
        default -> {
          out[length++] = c;
          // Printable ASCII, most of any text, is not white space: known without the Unicode tables.
          if (c > ' ' && c < 0x7F || !Character.isWhitespace(c)) {
            lineKeep = length;
          }
        }
      }
    }
    int end = lineKeep;
    while (end > 0 && Character.isWhitespace(out[end - 1])) {
      end--;
    }
    int start = 0;
    while (start < end && Character.isWhitespace(out[start])) {
      start++;
    }
    // Most texts come out as they went in: then the text itself is the result.
    return end - start == in.length && Arrays.equals(out, start, end, in, 0, in.length) ? text
        : new String(out, start, end - start);
  }
}
