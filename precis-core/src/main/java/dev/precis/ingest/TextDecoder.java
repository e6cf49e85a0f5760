package dev.precis.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes the bytes of a text file into cleaned text ({@link TextNormalizer}), refusing what is not text.
 *
 * <p>Text must be UTF-8 (a byte-order mark is allowed and removed). Bytes that are not valid UTF-8 are read
 * as windows-1252 instead, with a warning: scraped and legacy news files are often in that encoding, and it
 * is a superset of ISO-8859-1 for printable characters. A file that is neither is refused as "not UTF-8 text".
 * UTF-16 files (byte-order mark FF FE or FE FF) are refused with a message saying so.
 */
final class TextDecoder {
  /** Bytes looked at to tell text from binary. */
  private static final int SNIFF = 64 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
    String text;
    try {
      text = strict(StandardCharsets.UTF_8, bytes);
    } catch (CharacterCodingException notUtf8) {
      try {
        text = strict(WINDOWS_1252, bytes);
      } catch (CharacterCodingException e) {
        throw new InputException(name + ": not UTF-8 text");
      }
      warnings.accept(name + ": not UTF-8; read as windows-1252");
    }
    String cleaned = TextNormalizer.normalize(text);
    if (cleaned.isEmpty()) {
      throw new InputException(name + ": empty file (only white space)");
    }
    return cleaned;
  }

  /** Refuses UTF-16 and binary content. */
  static void checkText(byte[] bytes, String name) throws InputException {
    checkText(bytes, Math.min(bytes.length, SNIFF), name);
  }

  static void checkText(byte[] bytes, int length, String name) throws InputException {
    if (length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new InputException(name + ": UTF-16 text; only UTF-8 is read (convert it, e.g. with iconv)");
    }
    String kind = knownBinary(bytes, length);
    if (kind != null) {
      throw new InputException(name + ": binary file (" + kind + "), not text");
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new InputException(name + ": binary file, not text");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    if (control > 0 && control * 10 > length) {
      throw new InputException(name + ": binary file, not text");
    }
  }

  private static String knownBinary(byte[] b, int n) {
    if (n >= 2 && b[0] == (byte) 0x1F && b[1] == (byte) 0x8B) {
      return "gzip-compressed";
    }
    if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
      return "PDF";
    }
    if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      return "zip archive or office document";
    }
    return null;
  }

  private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
