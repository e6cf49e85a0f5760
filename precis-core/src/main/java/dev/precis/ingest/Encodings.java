package dev.precis.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the character encoding of input bytes and decodes them. The order of evidence:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) always wins;
 *   <li>UTF-16 without a mark, recognised by its zero bytes (mostly-ASCII text);
 *   <li>a declared charset (HTTP {@code Content-Type} of a WARC record, {@code <meta charset>},
 *       {@code <meta http-equiv="Content-Type">}, an XML declaration). Labels follow the WHATWG encoding standard
 *       where it matters: {@code iso-8859-1}, {@code latin1} and {@code us-ascii} mean windows-1252, and a declared
 *       UTF-16 without a byte-order mark is ignored. A declared charset other than UTF-8 on bytes that are valid
 *       UTF-8 with multi-byte sequences is overruled (UTF-8, with a warning): pages that declare latin-1,
 *       windows-1251 or Shift_JIS but are UTF-8 are common, while legacy text that happens to be valid UTF-8 with
 *       multi-byte sequences is practically impossible;
 *   <li>valid UTF-8 (no warning);
 *   <li>detection with juniversalchardet (with a warning); latin-1 verdicts are read as windows-1252;
 *   <li>windows-1252 (with a warning).
 * </ol>
 */
final class Encodings {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  /** Bytes given to the detector: enough for a verdict, bounded for big pages. */
  private static final int DETECT_BYTES = 1 << 20;
  /** Where declarations are looked for. */
  private static final int DECLARATION_BYTES = 64 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
      "latin-1", "l1", "ascii", "us-ascii", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "windows-1252",
      "cp1252", "x-cp1252", "iso_8859-1:1987");

  private Encodings() {}

  /** A byte-order mark: the charset it names and its length in bytes. */
  record Bom(Charset charset, int length) {}

  /** The byte-order mark at the start of {@code b}, or null. */
  static Bom bom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return new Bom(UTF_32LE, 4);
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return new Bom(UTF_32BE, 4);
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /** UTF-16 without a byte-order mark, recognised by zero bytes in every other place; null otherwise. */
  static Charset utf16WithoutBom(byte[] b, int n) {
    int len = Math.min(n, 4096) & ~1;
    int pairs = len / 2;
    if (pairs < 2) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < len; i += 2) {
      if (b[i] == 0) {
        zeroEven++;
      }
      if (b[i + 1] == 0) {
        zeroOdd++;
      }
    }
    if (zeroOdd * 10 >= pairs * 8 && zeroEven * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven * 10 >= pairs * 8 && zeroOdd * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** A Unicode encoding that is not ASCII-compatible (UTF-16/32 by mark or by shape), or null. */
  static Charset wideCharset(byte[] b, int n) {
    Bom bom = bom(b, n);
    if (bom != null) {
      return bom.charset.equals(StandardCharsets.UTF_8) ? null : bom.charset;
    }
    return utf16WithoutBom(b, n);
  }

  /** The charset a {@code <meta>} tag declares in the first 64 KB, or null. */
  static String declaredInHtml(byte[] b, int n) {
    if (wideCharset(b, n) != null) {
      return null;
    }
    Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(n, DECLARATION_BYTES), StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  /** The encoding an XML declaration names, or null. */
  static String declaredInXml(byte[] b, int n) {
    if (wideCharset(b, n) != null) {
      return null;
    }
    int from = bom(b, n) != null ? 3 : 0;
    Matcher m = XML_ENCODING.matcher(new String(b, from, Math.max(0, Math.min(n, 1024) - from),
        StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  /** The charset for a label, with the WHATWG adjustments; null when unknown or to be ignored. */
  static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (LATIN1_LABELS.contains(l)) {
      return WINDOWS_1252;
    }
    if (l.startsWith("utf-16") || l.startsWith("utf16") || l.equals("x-user-defined") || l.isEmpty()) {
      return null;
    }
    if (l.equals("utf8") || l.equals("unicode-1-1-utf-8") || l.equals("utf-8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Decodes {@code b[0..n)}.
   *
   * @param declared the declared charset label, or null
   * @param lenient when true, bytes that fit no encoding are read as windows-1252 with replacement characters;
   *     when false they are an error ("not UTF-8 text")
   * @param name how the input is named in messages
   */
  static String decode(byte[] b, int n, String declared, boolean lenient, String name, Consumer<String> warnings)
      throws InputException {
    Bom bom = bom(b, n);
    if (bom != null) {
      return replacing(bom.charset, b, bom.length, n);
    }
    Charset wide = utf16WithoutBom(b, n);
    if (wide != null) {
      return replacing(wide, b, 0, n);
    }
    String problem = null;
    if (declared != null) {
      Charset cs = forLabel(declared);
      if (cs == null) {
        if (!declared.toLowerCase(Locale.ROOT).startsWith("utf")) {
          problem = "declares the unknown charset '" + declared + "'";
        }
      } else if (cs.equals(StandardCharsets.UTF_8)) {
        try {
          return strict(StandardCharsets.UTF_8, b, 0, n);
        } catch (CharacterCodingException e) {
          problem = "is not UTF-8 as it declares";
        }
      } else {
        if (hasMultiByteUtf8(b, n)) {
          try {
            String text = strict(StandardCharsets.UTF_8, b, 0, n);
            warnings.accept(name + ": declares " + declared + " but is UTF-8; read as UTF-8");
            return text;
          } catch (CharacterCodingException e) {
            // as declared, then
          }
        }
        return replacing(cs, b, 0, n);
      }
    }
    try {
      String text = strict(StandardCharsets.UTF_8, b, 0, n);
      if (problem != null) {
        warnings.accept(name + ": " + problem + "; read as UTF-8");
      }
      return text;
    } catch (CharacterCodingException notUtf8) {
      // detect
    }
    String what = problem == null ? "not UTF-8" : problem;
    Charset detected = detect(b, n);
    if (detected != null && singleByte(detected) && highBytes(b, n, 8) < 8) {
      detected = null; // too little evidence for a non-Latin single-byte verdict: windows-1252
    }
    if (detected != null && !detected.equals(WINDOWS_1252)) {
      try {
        String text = strict(detected, b, 0, n);
        warnings.accept(name + ": " + what + "; read as " + detected.name() + " (detected)");
        return text;
      } catch (CharacterCodingException e) {
        // windows-1252, then
      }
    }
    try {
      String text = strict(WINDOWS_1252, b, 0, n);
      warnings.accept(name + ": " + what + "; read as windows-1252");
      return text;
    } catch (CharacterCodingException e) {
      if (!lenient) {
        throw new InputException(name + ": not UTF-8 text");
      }
      warnings.accept(name + ": " + what + " and not windows-1252; read as windows-1252 with unreadable bytes"
          + " replaced");
      return replacing(WINDOWS_1252, b, 0, n);
    }
  }

  /** The charset juniversalchardet finds, latin-1 read as windows-1252; null when it has no verdict. */
  static Charset detect(byte[] b, int n) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(b, 0, Math.min(n, DETECT_BYTES));
    detector.dataEnd();
    Charset cs = forLabel(detector.getDetectedCharset());
    return cs == null || cs.equals(StandardCharsets.UTF_8) ? null : cs;
  }

  /** How many bytes are 0x80 or above, counting up to {@code enough}. */
  private static int highBytes(byte[] b, int n, int enough) {
    int count = 0;
    for (int i = 0; i < n && count < enough; i++) {
      if (b[i] < 0) {
        count++;
      }
    }
    return count;
  }

  private static boolean singleByte(Charset cs) {
    try {
      return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
  private static boolean hasMultiByteUtf8(byte[] b, int n) {
    for (int i = 0; i + 1 < n; i++) {
      int c = b[i] & 0xFF;
      if (c >= 0xC2 && c <= 0xF4 && (b[i + 1] & 0xC0) == 0x80) {
        return true;
      }
    }
    return false;
  }

  static String strict(Charset charset, byte[] b, int from, int to) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, from, to - from))
        .toString();
  }

  static String replacing(Charset charset, byte[] b, int from, int to) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e); // cannot happen when replacing
    }
  }
}
