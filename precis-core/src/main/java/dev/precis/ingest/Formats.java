package dev.precis.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the format of an input from its content: its first bytes and first non-blank characters (after gzip
 * decompression). The file name only breaks ties: a {@code .jsonl} name always means JSONL, and a
 * {@code .txt}/{@code .md} file that merely starts with some tag stays text.
 *
 * <table>
 *   <caption>Detection rules, in order</caption>
 *   <tr><td>empty</td><td>refused ("empty file")</td></tr>
 *   <tr><td>{@code WARC/1.x}</td><td>WARC</td></tr>
 *   <tr><td>known binary magic (PDF, zip, images, bzip2, ...), more than a few NUL bytes (eight, or one in a thousand), many control characters</td>
 *       <td>refused ("binary file")</td></tr>
 *   <tr><td><code>{"</code> or <code>{}</code></td><td>JSONL</td></tr>
 *   <tr><td>{@code <DOC>} or {@code <DOC ...>}</td><td>TREC/DUC newswire SGML</td></tr>
 *   <tr><td>root element {@code rss}, {@code rdf:RDF} or {@code feed}</td><td>RSS/Atom feed</td></tr>
 *   <tr><td>{@code <!DOCTYPE html>}, root element {@code html}, {@code head} or {@code body}</td><td>HTML</td></tr>
 *   <tr><td>another XML root element after an XML declaration</td><td>refused (not an article)</td></tr>
 *   <tr><td>any other first tag</td><td>HTML, except in {@code .txt}/{@code .md} files (text)</td></tr>
 *   <tr><td>anything else</td><td>plain text</td></tr>
 * </table>
 *
 * Leading white space, byte-order marks, XML declarations, processing instructions and comments are skipped;
 * UTF-16 and UTF-32 text (by byte-order mark or by shape) is decoded before looking.
 */
final class Formats {
  /**
   * What the content is.
   *
   * @param format the format, null when refused
   * @param refusal why the input is refused (without the name), or null
   * @param strong true when the format is certain from the content (not a guess from some first tag)
   */
  record Sniffed(Format format, String refusal, boolean strong) {
    /** Whether the input was refused as binary. */
    boolean binary() {
      return refusal != null && refusal.startsWith("binary");
    }
  }

  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "text");

  private Formats() {}

  /**
   * @param head the first bytes of the (decompressed) content
   * @param n how many of them there are
   * @param fileName the file's name (lower or mixed case), or null for standard input
   */
  static Sniffed sniff(byte[] head, int n, String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
      return new Sniffed(Format.JSONL, null, true);
    }
    if (n == 0) {
      return new Sniffed(null, "empty file", true);
    }
    if (startsWithAscii(head, n, "WARC/")) {
      return new Sniffed(Format.WARC, null, true);
    }
    String binary = TextDecoder.knownBinary(head, n);
    if (binary != null) {
      return new Sniffed(null, "binary file (" + binary + "), not text", true);
    }
    Charset wide = Encodings.wideCharset(head, n);
    if (wide == null) {
      try {
        TextDecoder.checkText(head, n, "");
      } catch (InputException e) {
        return new Sniffed(null, "binary file, not text", true);
      }
    }
    Encodings.Bom bom = Encodings.bom(head, n);
    Charset cs = wide != null ? wide : StandardCharsets.ISO_8859_1;
    int from = bom == null ? 0 : bom.length();
    int len = Math.min(n, 64 * 1024);
    if (wide != null) {
      len &= ~3; // whole code units
    }
    String text = new String(head, Math.min(from, len), Math.max(0, len - from), cs);
    return sniffText(text, TEXT_EXTENSIONS.contains(extension(lower)));
  }

  static Sniffed sniffText(String text, boolean textName) {
    int i = skipBlank(text, 0);
    if (i >= text.length()) {
      return new Sniffed(Format.TEXT, null, false);
    }
    char c = text.charAt(i);
    if (c == '{') {
      int j = skipBlank(text, i + 1);
      if (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '}')) {
        return new Sniffed(Format.JSONL, null, true);
      }
      return new Sniffed(Format.TEXT, null, false);
    }
    if (c != '<') {
      return new Sniffed(Format.TEXT, null, false);
    }
    boolean xmlDeclaration = false;
    String doctype = null;
    while (true) {
      i = skipBlank(text, i);
      if (i >= text.length() || text.charAt(i) != '<') {
        return new Sniffed(Format.TEXT, null, false);
      }
      if (text.startsWith("<?", i)) {
        xmlDeclaration |= text.regionMatches(true, i, "<?xml", 0, 5);
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return unknownMarkup(xmlDeclaration, textName);
        }
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return unknownMarkup(xmlDeclaration, textName);
        }
        i = end + 3;
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int j = skipBlank(text, i + 9);
        int k = j;
        while (k < text.length() && isNameChar(text.charAt(k))) {
          k++;
        }
        doctype = text.substring(j, k).toLowerCase(Locale.ROOT);
        if (doctype.equals("html")) {
          return new Sniffed(Format.HTML, null, true);
        }
        int end = SafeXml.declarationEnd(text, k);
        if (end < 0) {
          return unknownMarkup(xmlDeclaration, textName);
        }
        i = end;
      } else {
        int k = i + 1;
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
          return new Sniffed(Format.TEXT, null, false); // "<" that starts no tag
        }
        while (k < text.length() && isNameChar(text.charAt(k))) {
          k++;
        }
        if (k == i + 1) {
          return new Sniffed(Format.TEXT, null, false); // "<" that starts no tag
        }
        String tag = text.substring(i + 1, k);
        String name = tag.toLowerCase(Locale.ROOT);
        String local = name.substring(name.indexOf(':') + 1);
        if (tag.equalsIgnoreCase("DOC") && k < text.length() && (text.charAt(k) == '>'
            || Character.isWhitespace(text.charAt(k)))) {
          return new Sniffed(Format.SGML, null, true);
        }
        if (local.equals("rss") || local.equals("rdf") || local.equals("feed")) {
          return new Sniffed(Format.FEED, null, true);
        }
        if (name.equals("html") || name.equals("head") || name.equals("body")) {
          return new Sniffed(Format.HTML, null, true);
        }
        if (xmlDeclaration || doctype != null) {
          return new Sniffed(null, "XML document (<" + tag + ">) that is neither a web page nor an RSS/Atom"
              + " feed", true);
        }
        return textName ? new Sniffed(Format.TEXT, null, false) : new Sniffed(Format.HTML, null, false);
      }
    }
  }

  private static Sniffed unknownMarkup(boolean xml, boolean textName) {
    if (xml) {
      return new Sniffed(null, "XML document without a root element in its first 64 KB", true);
    }
    return textName ? new Sniffed(Format.TEXT, null, false) : new Sniffed(Format.HTML, null, false);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }

  private static int skipBlank(String s, int i) {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF'
        || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static boolean startsWithAscii(byte[] b, int n, String prefix) {
    if (n < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The extension of a file name after removing {@code .gz}, lower case, without the dot; "" if none. */
  static String extension(String fileName) {
    String n = stripGz(fileName.toLowerCase(Locale.ROOT));
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(dot + 1) : "";
  }

  static String stripGz(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") && fileName.length() > 3
        ? fileName.substring(0, fileName.length() - 3) : fileName;
  }
}
