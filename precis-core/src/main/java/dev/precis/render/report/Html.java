package dev.precis.render.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** HTML text and attribute escaping for untrusted (scraped) text. */
public final class Html {
  private Html() {}

  /**
   * {@code text} safe as HTML element content and as a quoted attribute value (also inside inline SVG):
   * {@code & < > " '} become character references, and characters HTML does not allow (NUL, other C0 and C1
   * controls except tab, line feed and carriage return, non-characters and lone surrogates) become U+FFFD.
   * Null becomes the empty string.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), sb);
    return sb.toString();
  }

  /** Appends {@code text[start, end)} escaped as by {@link #escape(String)}. */
  static void escape(String text, int start, int end, StringBuilder sb) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n', '\r' -> sb.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            if ((cp & 0xFFFE) == 0xFFFE) {
              sb.append('\uFFFD');
            } else {
              sb.append(c).append(text.charAt(i + 1));
            }
            i++;
          } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
              || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  /** The CSP source expression {@code 'sha256-...'} allowing an inline script or style with this content. */
  static String cspHash(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
