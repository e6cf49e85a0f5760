package dev.precis.ingest;

import java.util.function.Consumer;

/**
 * Decodes the bytes of a text file into cleaned text ({@link TextNormalizer}), refusing what is not text.
 *
 * <p>The encoding is found by {@link Encodings}: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 recognised
 * by its zero bytes, valid UTF-8, then detection (juniversalchardet) and windows-1252, the last two with a
 * warning: scraped and legacy news files are often in that encoding, and it is a superset of ISO-8859-1 for
 * printable characters. A file that fits none is refused as "not UTF-8 text". A file is binary when more than
 * eight bytes and more than one in a thousand of its first 64 KB are NUL, or more than one in ten another control
 * character: a few stray NUL bytes in a text (a scraping accident) do not make it binary.
 */
final class TextDecoder {
  /** NUL bytes a text may hold wherever it is short: one in a thousand where it is long. */
  private static final int MAX_STRAY_NULS = 8;
  /** Bytes looked at to tell text from binary. */
  private static final int SNIFF = 64 * 1024;

  private TextDecoder() {}

  /**
   * The cleaned text of {@code bytes}.
   *
   * @param name how the input is named in messages
   * @throws InputException when the bytes are empty, blank, binary or not text in a known encoding
   */
  static String decode(byte[] bytes, String name, Consumer<String> warnings) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(name + ": empty file");
    }
    checkText(bytes, name);
    String cleaned = TextNormalizer.normalize(Encodings.decode(bytes, bytes.length, null, false, name, warnings));
    if (cleaned.isEmpty()) {
      throw new InputException(name + ": empty file (only white space)");
    }
    return cleaned;
  }

  /** Refuses binary content (UTF-16 and UTF-32 text is fine). */
  static void checkText(byte[] bytes, String name) throws InputException {
    checkText(bytes, Math.min(bytes.length, SNIFF), name);
  }

  static void checkText(byte[] bytes, int length, String name) throws InputException {
    String kind = knownBinary(bytes, length);
    if (kind != null) {
      throw new InputException(name + ": binary file (" + kind + "), not text");
    }
    if (Encodings.wideCharset(bytes, length) != null) {
      return;
    }
    int control = 0;
    int nul = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul++;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
        control++;
      }
    }
    if (nul > Math.max(MAX_STRAY_NULS, length / 1000) || (control > 0 && control * 10 > length)) {
      throw new InputException(name + ": binary file, not text");
    }
  }

  /** What a file is, by its first bytes, when it is a well-known binary format; null otherwise. */
  static String knownBinary(byte[] b, int n) {
    if (starts(b, n, 0x1F, 0x8B)) {
      return "gzip-compressed";
    }
    if (starts(b, n, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (starts(b, n, 'P', 'K', 3, 4) || starts(b, n, 'P', 'K', 5, 6)) {
      return "zip archive or office document";
    }
    if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "old Microsoft Office document";
    }
    if (starts(b, n, 'B', 'Z', 'h')) {
      return "bzip2-compressed; decompress it first";
    }
    if (starts(b, n, 0xFD, '7', 'z', 'X', 'Z', 0)) {
      return "xz-compressed; decompress it first";
    }
    if (starts(b, n, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "zstd-compressed; decompress it first";
    }
    if (starts(b, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "7-zip archive";
    }
    if (starts(b, n, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (starts(b, n, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (starts(b, n, 'R', 'I', 'F', 'F')) {
      return "RIFF media";
    }
    if (starts(b, n, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    if (starts(b, n, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "Java class or executable";
    }
    return null;
  }

  private static boolean starts(byte[] b, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != (magic[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
