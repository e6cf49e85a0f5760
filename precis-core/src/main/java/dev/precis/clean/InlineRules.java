package dev.precis.clean;

import dev.precis.model.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-line rules: remove debris inside a line that is otherwise kept. Every method is a single left-to-right pass
 * (look-aheads are bounded and cached), so a line of any length costs time proportional to its length.
 */
final class InlineRules {
  private InlineRules() {}

  /** HTML elements whose tags are stripped; other text in angle brackets ("<5%", "<3") is left alone. */
  private static final Set<String> TAGS = Set.of(
      "a", "abbr", "address", "article", "aside", "audio", "b", "big", "blockquote", "body", "br", "button",
      "caption", "center", "cite", "code", "dd", "del", "div", "dl", "dt", "em", "embed", "figcaption", "figure",
      "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe",
      "img", "input", "ins", "label", "li", "link", "main", "mark", "meta", "nav", "noscript", "object", "ol",
      "option", "p", "param", "picture", "pre", "q", "s", "script", "section", "select", "small", "source", "span",
      "strike", "strong", "style", "sub", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
      "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "video", "wbr", "path", "g", "amp-img",
      "amp-ad", "fb", "o:p");

  /** Tags whose content is dropped with them (when closed on the same line). */
  private static final Set<String> DROP_CONTENT = Set.of("script", "style", "noscript", "template", "svg");

  /** Tags after which words would otherwise run together. */
  private static final Set<String> BLOCK = Set.of(
      "br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption",
      "figure", "section", "article", "hr", "dd", "dt", "ul", "ol", "table", "header", "footer", "caption");

  /** Maximum length of one tag or comment. */
  private static final int MAX_TAG = 2000;

  private static final Pattern CODE_TAIL = Pattern.compile(
      "(?:MORE|END|ENDS|\\(MORE\\)|\\(END\\)|\\(?[a-z]{1,8}(?:[-/ ] ?[a-z]{1,8}){0,6}\\)?|.{0,50}\\bgraf\\b.{0,25})");

  private static final Pattern SIGNOFF_TAIL = Pattern.compile(
      "\\((?i:additional |further )?(?i:reporting|writing|editing|compiled|research|production|produced|graphics"
          + "|translated|translation)(?i: and (?:writing|editing|reporting))? (?i:by)\\b[^()]{1,300}\\)\\.?");

  /**
   * Decodes character references, removes wire codes ({@code &UR;} and the editors' tail after it) and HTML tags,
   * and cuts dangling tag remnants ({@code "/>}) from both ends. Removed fragments are appended to {@code out}.
   */
  static String markup(String line, List<Removal> out) {
    if (line.indexOf('&') < 0 && line.indexOf('<') < 0 && line.indexOf('>') < 0 && line.indexOf('[') < 0) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length());
    int n = line.length();
    int nextGt = -2; // cached index of the next '>' at or after the scan position, -1 when none
    int nextLt = -2; // cached index of the next '<' after the scan position
    int nextCommentEnd = -2;
    java.util.Map<String, Integer> nextClose = new java.util.HashMap<>();
    int nextBracket = -2; // cached index of the next ']'
    int nextCaptionEnd = -2; // cached index of the next "[/caption]"
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (c == '&') {
        int semi = -1;
        for (int k = i + 1; k < n && k <= i + 11; k++) {
          char d = line.charAt(k);
          if (d == ';') {
            semi = k;
            break;
          }
          if (!(Character.isLetterOrDigit(d) || d == '#')) {
            break;
          }
        }
        if (semi > 0) {
          if (HtmlEntities.isWireCode(line, i, semi + 1)) {
            int end = semi + 1;
            // "... sentence. &UR; (kv/ls)": the code and the editors' tail after it go together.
            trimTrailingSpace(sb);
            boolean atStart = sb.length() == 0;
            String tail = Strings.trim(line.substring(end, Math.min(n, end + 80)));
            if (!atStart && end + 80 >= n && !tail.isEmpty() && CODE_TAIL.matcher(tail).matches()) {
              end = n;
            }
            out.add(new Removal(Strings.trim(line.substring(i, end)), Reason.WIRE_NOTE));
            trimTrailingSpace(sb);
            i = skipSpaces(line, end);
            if (sb.length() > 0 && i < n) {
              sb.append(' ');
            }
            continue;
          }
          String rep = HtmlEntities.decode(line, i, semi + 1);
          if (rep != null) {
            out.add(new Removal(line.substring(i, semi + 1), Reason.MARKUP));
            sb.append(rep);
            i = semi + 1;
            continue;
          }
        }
        sb.append(c);
        i++;
        continue;
      }
      if (c == '<') {
        if (line.startsWith("<!--", i)) {
          if (nextCommentEnd != -1 && nextCommentEnd < i) {
            nextCommentEnd = line.indexOf("-->", i);
          }
          if (nextCommentEnd >= 0 && nextCommentEnd - i <= MAX_TAG) {
            int end = nextCommentEnd + 3;
            out.add(new Removal(line.substring(i, end), Reason.MARKUP));
            i = end;
            continue;
          }
        }
        int nameStart = i + 1;
        boolean closing = nameStart < n && line.charAt(nameStart) == '/';
        if (closing) {
          nameStart++;
        }
        int nameEnd = nameStart;
        while (nameEnd < n && nameEnd - nameStart < 12
            && (Character.isLetterOrDigit(line.charAt(nameEnd)) || line.charAt(nameEnd) == '-'
                || line.charAt(nameEnd) == ':')) {
          nameEnd++;
        }
        String name = line.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
        char after = nameEnd < n ? line.charAt(nameEnd) : '\0';
        if (TAGS.contains(name) && (after == '>' || after == '/' || Character.isWhitespace(after) || after == '\0')) {
          if (nextGt != -1 && nextGt < nameEnd) {
            nextGt = line.indexOf('>', nameEnd);
          }
          if (nextLt != -1 && nextLt <= i) {
            nextLt = line.indexOf('<', i + 1);
          }
          int end;
          if (nextGt >= 0 && nextGt - i <= MAX_TAG && (nextLt < 0 || nextLt > nextGt)) {
            end = nextGt + 1;
          } else if (nextGt < 0 && nextLt < 0 && n - i <= MAX_TAG) {
            end = n; // a tag cut off at the end of the line: <img src="...
          } else {
            sb.append(c);
            i++;
            continue;
          }
          if (!closing && DROP_CONTENT.contains(name)) {
            Integer cached = nextClose.get(name);
            int close = cached == null || (cached >= 0 && cached < end) ? line.indexOf("</" + name, end) : cached;
            nextClose.put(name, close);
            if (close >= end && close - end <= 100_000) {
              int closeEnd = line.indexOf('>', close);
              end = closeEnd < 0 ? n : closeEnd + 1;
            }
          }
          out.add(new Removal(line.substring(i, end), Reason.MARKUP));
          if (BLOCK.contains(name) && sb.length() > 0 && !Strings.isSpace(sb.charAt(sb.length() - 1))
              && end < n && !Strings.isSpace(line.charAt(end))) {
            sb.append(' ');
          }
          i = end;
          continue;
        }
      }
      if (c == '[') {
        if (nextBracket != -1 && nextBracket < i) {
          nextBracket = line.indexOf(']', i);
        }
        int close = nextBracket;
        if (close > 0 && close - i <= MAX_TAG) {
          String code = line.substring(i, close + 1);
          if (Strings.lower(code).startsWith("[caption")) {
            // A WordPress caption: the shortcode, the image and the caption text up to [/caption].
            if (nextCaptionEnd != -1 && nextCaptionEnd < close) {
              nextCaptionEnd = line.indexOf("[/caption]", close);
            }
            int endCaption = nextCaptionEnd;
            if (endCaption > 0 && endCaption - i <= MAX_TAG) {
              int end = endCaption + "[/caption]".length();
              out.add(new Removal(line.substring(i, end), Reason.CAPTION));
              i = end;
              continue;
            }
          }
          if (isShortcode(code)) {
            out.add(new Removal(code, Reason.MARKUP));
            i = close + 1;
            continue;
          }
        }
      }
      sb.append(c);
      i++;
    }
    return cutRemnants(collapse(sb), out);
  }

  private static boolean isShortcode(String code) {
    String low = Strings.lower(code);
    for (String p : new String[] {"[caption", "[/caption", "[embed", "[/embed", "[gallery", "[video", "[/video",
        "[audio", "[/audio", "[vc_", "[/vc_", "[et_pb_", "[/et_pb_", "[tweet", "[/tweet", "[instagram", "[youtube"}) {
      if (low.startsWith(p) && (low.length() == p.length() + 1 || !Character.isLetter(low.charAt(p.length()))
          || p.endsWith("_"))) {
        return true;
      }
    }
    return false;
  }

  /** Cuts dangling tag remnants: a trailing {@code "/>}, {@code " />}, {@code ">}; a leading {@code ">}. */
  static String cutRemnants(String s, List<Removal> out) {
    String t = s;
    String[] ends = {"\"/>", "\" />", "'/>", "' />", "\">", "'>", "/>"};
    boolean changed = true;
    for (int round = 0; changed && round < 4; round++) {
      changed = false;
      String trimmed = Strings.trim(t);
      for (String e : ends) {
        if (trimmed.endsWith(e)) {
          out.add(new Removal(e, Reason.MARKUP));
          t = trimmed.substring(0, trimmed.length() - e.length());
          changed = true;
          break;
        }
        if (trimmed.startsWith(e) && !e.equals("'>")) {
          out.add(new Removal(e, Reason.MARKUP));
          t = trimmed.substring(e.length());
          changed = true;
          break;
        }
      }
    }
    return t == s ? s : Strings.trim(t);
  }

  private static String collapse(StringBuilder sb) {
    return sb.toString();
  }

  private static void trimTrailingSpace(StringBuilder sb) {
    while (sb.length() > 0 && Strings.isSpace(sb.charAt(sb.length() - 1))) {
      sb.setLength(sb.length() - 1);
    }
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Strings.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * {@code nn} paragraph markers of wire copy: a leading {@code nn }, a trailing {@code  nn}, and {@code  nn }
   * between two sentences, which becomes a paragraph break.
   */
  static String paragraphMarkers(String line, List<Removal> out) {
    if (line.indexOf("nn") < 0) {
      return line;
    }
    String t = line;
    if (t.startsWith("nn ") && t.length() > 3 && opensSentence(t.charAt(3))) {
      out.add(new Removal("nn", Reason.WIRE_NOTE));
      t = Strings.trim(t.substring(3));
    }
    if (t.endsWith(" nn") && t.length() > 3 && Strings.endsLikeSentence(Strings.trim(t.substring(0, t.length() - 3)))) {
      out.add(new Removal("nn", Reason.WIRE_NOTE));
      t = Strings.trim(t.substring(0, t.length() - 3));
    }
    int at = t.indexOf(" nn ");
    if (at < 0) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t.length());
    int from = 0;
    while (at >= 0) {
      boolean before = at > 0 && isSentenceEnd(t, at - 1);
      boolean after = at + 4 < t.length() && opensSentence(t.charAt(at + 4));
      if (before && after) {
        sb.append(t, from, at).append("\n\n");
        out.add(new Removal("nn", Reason.WIRE_NOTE));
        from = at + 4;
      }
      at = t.indexOf(" nn ", at + 3);
    }
    sb.append(t, from, t.length());
    return sb.toString();
  }

  private static boolean isSentenceEnd(String t, int i) {
    int k = i;
    while (k >= 0 && Strings.isCloser(t.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char c = t.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || Strings.isQuote(c) || c == '(';
  }

  /** Cuts a wire sign-off at the end of a line: "... upstream. (Reporting by Tavi Lund; Editing by ...)". */
  static String trailingSignoff(String line, List<Removal> out) {
    String t = line;
    if (!(t.endsWith(")") || t.endsWith(").")) || t.length() < 20) {
      return t;
    }
    int from = Math.max(0, t.length() - 320);
    int open = t.lastIndexOf('(', t.length() - 1);
    if (open <= 0 || open < from) {
      return t;
    }
    String tail = t.substring(open);
    Matcher m = SIGNOFF_TAIL.matcher(tail);
    if (!m.matches()) {
      return t;
    }
    String head = Strings.trim(t.substring(0, open));
    if (head.isEmpty()) {
      return t;
    }
    out.add(new Removal(tail, Reason.WIRE_NOTE));
    return head;
  }

  /**
   * Cuts a last sentence that is promotion or a cross-link ("... said. Click here to read the report.", the text
   * of a dropped link "Read our earlier coverage"). The kept part must be a sentence of at least three words.
   */
  static String trailingPromo(String line, List<Removal> out) {
    int n = line.length();
    if (n < 20) {
      return line;
    }
    // The last sentence boundary: terminal punctuation (and closing quotes) followed by a space and a capital.
    int limit = Math.max(0, n - 250);
    for (int i = n - 2; i > limit; i--) {
      if (line.charAt(i) != ' ') {
        continue;
      }
      char next = line.charAt(i + 1);
      if (!(Character.isUpperCase(next) || next == '[' || next == ':' || next == '\u25BA')) {
        continue;
      }
      if (!isSentenceEnd(line, i - 1)) {
        continue;
      }
      String head = Strings.trim(line.substring(0, i));
      String tail = Strings.trim(line.substring(i + 1));
      if (Words.capped(head, 3) < 3) {
        return line;
      }
      Reason r = LineRules.classifyTail(tail);
      if (r == null) {
        return line;
      }
      out.add(new Removal(tail, r));
      return head;
    }
    return line;
  }
}
