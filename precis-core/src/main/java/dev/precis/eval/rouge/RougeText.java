package dev.precis.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What ROUGE-1.5.5 does to text before counting, as static helpers.
 *
 * <ol>
 *   <li>A summary is a list of lines (one sentence per line, as in ROUGE's SPL input); empty lines
 *       are skipped.
 *   <li>ASCII upper case is lowered; nothing else is (ROUGE reads bytes; non-ASCII characters end
 *       up as separators).
 *   <li>The word limit ({@code -l}) counts white-space separated words of the raw lines; the byte
 *       limit ({@code -b}) counts UTF-8 bytes.
 *   <li>Every character outside {@code [A-Za-z0-9-]} becomes a space and every hyphen a separate
 *       token; only tokens starting with {@code [a-z0-9$]} are kept, so tokens are the maximal runs
 *       of ASCII letters and digits.
 *   <li>With {@code -s} stop words are dropped, with {@code -m} tokens longer than 3 characters are
 *       stemmed (exception table, then Porter).
 * </ol>
 */
final class RougeText {
  private RougeText() {}

  /** Splits each sentence on '\n' (a sentence with line breaks is several lines in ROUGE's input). */
  static List<String> lines(List<String> sentences) {
    List<String> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      if (s == null) {
        continue;
      }
      int start = 0;
      while (true) {
        int nl = s.indexOf('\n', start);
        String line = nl < 0 ? s.substring(start) : s.substring(start, nl);
        if (!line.isEmpty()) {
          out.add(line);
        }
        if (nl < 0) {
          break;
        }
        start = nl + 1;
      }
    }
    return out;
  }

  /**
   * HTML escaping as Python's {@code html.escape(s, quote=True)} does it: {@code &}, {@code <},
   * {@code >}, {@code "} and {@code '} become {@code &amp; &lt; &gt; &quot; &#x27;}.
   */
  static String escapeHtml(String s) {
    // Most lines have none of the five: they are looked for in the ISO-8859-1 bytes, where every character beyond
    // Latin-1 becomes '?' (under the C1 compiler, String.charAt on text that is not Latin-1 costs a call and a
    // range check per character).
    boolean any = false;
    for (byte c : s.getBytes(StandardCharsets.ISO_8859_1)) {
      any |= c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
    if (!any) {
      return s;
    }
    char[] cs = s.toCharArray();
    StringBuilder b = null;
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#x27;";
            default -> null;
          };
      if (rep != null && b == null) {
        b = new StringBuilder(cs.length + 16).append(cs, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** ASCII-only lower-casing ({@code tr/A-Z/a-z/}). */
  static String lowerAscii(String s) {
    char[] cs = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (cs == null) {
          cs = s.toCharArray();
        }
        cs[i] = (char) (c + ('a' - 'A'));
      }
    }
    return cs == null ? s : new String(cs);
  }

  /** The UTF-8 bytes of {@code s} as a string of chars 0..255, so that lengths count bytes. */
  static String asBytes(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static boolean isPerlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** Perl's {@code split(/\s+/, s)}: a leading empty field is kept, trailing empty ones are not. */
  static List<String> perlSplit(String s) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = s.length();
    int start = 0;
    while (i < n) {
      if (isPerlSpace(s.charAt(i))) {
        fields.add(s.substring(start, i));
        while (i < n && isPerlSpace(s.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    fields.add(s.substring(start));
    int end = fields.size();
    while (end > 0 && fields.get(end - 1).isEmpty()) {
      end--;
    }
    return end == fields.size() ? fields : new ArrayList<>(fields.subList(0, end));
  }

  /**
   * ROUGE's word cut: whole lines while the running word count stays below the limit, then the
   * first words of the line that reaches it.
   */
  static List<String> limitWords(List<String> lines, int limit) {
    List<String> out = new ArrayList<>();
    int len = 0;
    for (String s : lines) {
      List<String> words = perlSplit(s);
      if (len + words.size() < limit) {
        out.add(s);
        len += words.size();
      } else {
        out.add(String.join(" ", words.subList(0, limit - len)));
        break;
      }
    }
    return out;
  }

  /**
   * ROUGE's byte cut on byte strings (see {@link #asBytes}). ROUGE's n-gram reader counts the bytes
   * of the lines taken so far; its LCS reader never advances that count, so there every line
   * shorter than the limit is taken whole until the first longer one, which is cut at the limit.
   * Both behaviours are reproduced ({@code forLcs}).
   */
  static List<String> limitBytes(List<String> lines, int limit, boolean forLcs) {
    List<String> out = new ArrayList<>();
    int len = 0;
    for (String s : lines) {
      if (len + s.length() < limit) {
        out.add(s);
        if (!forLcs) {
          len += s.length();
        }
      } else {
        out.add(s.substring(0, limit - len));
        break;
      }
    }
    return out;
  }

  /**
   * Splits one line into ROUGE's raw tokens, ASCII lower-cased: maximal runs of {@code [A-Za-z0-9]}, the
   * tokens of {@code lowerAscii(line)}.
   */
  static void rawTokens(String line, Consumer<String> sink) {
    // Tokens are ASCII, so the line is read as ISO-8859-1 bytes: every other character becomes '?', a separator
    // as before, and each token is a copy of its bytes (no per-character String.charAt, which costs a call and a
    // range check under the C1 compiler on text that is not Latin-1).
    byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
    int n = b.length;
    int start = -1;
    for (int i = 0; i < n; i++) {
      int c = b[i];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
        b[i] = (byte) c;
      }
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        sink.accept(new String(b, start, i - start, StandardCharsets.ISO_8859_1));
        start = -1;
      }
    }
    if (start >= 0) {
      sink.accept(new String(b, start, n - start, StandardCharsets.ISO_8859_1));
    }
  }

  /**
   * ROUGE's final token of a raw token, or null when it is dropped as a stop word: stop-word check
   * first, then stemming of tokens longer than 3 characters.
   */
  static String normalize(String raw, boolean removeStopwords, boolean stem, RougeResources res) {
    if (removeStopwords && res.isStopword(raw)) {
      return null;
    }
    if (stem && raw.length() > 3) {
      return res.morphStem(raw);
    }
    return raw;
  }

  /** Convenience for tests and callers: the tokens ROUGE counts for a list of sentences. */
  static List<String> tokens(
      List<String> sentences, boolean removeStopwords, boolean stem, RougeResources res) {
    List<String> out = new ArrayList<>();
    for (String line : lines(sentences)) {
      rawTokens(
          line,
          raw -> {
            String t = normalize(raw, removeStopwords, stem, res);
            if (t != null) {
              out.add(t);
            }
          });
    }
    return out;
  }
}
