package dev.precis.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input file or standard input, opened for reading: gzip-compressed content (recognised by its magic bytes,
 * whatever the name) is decompressed, and the first 64 KB are at hand for {@link Formats#sniff}.
 *
 * <p>Gzip data that ends early or is corrupt does not fail: reading stops there with one warning, and what came
 * before is used.
 */
final class RawInput implements Closeable {
  static final int HEAD = 64 * 1024;

  /** How the input is named in messages. */
  final String name;
  /** The file's name (for tie-breaking in format detection), null for standard input. */
  final String fileName;
  /** The default id of a document or story read from it: the file name without .gz and extension. */
  final String baseId;
  /** Bytes on disk when not compressed; -1 when unknown or compressed. */
  final long plainSize;
  /** The decompressed content. */
  final BufferedInputStream data;
  final byte[] head;

  private final InputStream raw;
  private Formats.Sniffed sniffed;

  private RawInput(String name, String fileName, String baseId, long plainSize, InputStream raw,
      BufferedInputStream data, byte[] head) {
    this.name = name;
    this.fileName = fileName;
    this.baseId = baseId;
    this.plainSize = plainSize;
    this.raw = raw;
    this.data = data;
    this.head = head;
  }

  static RawInput open(Path file, String name, Consumer<String> warnings) throws IOException, InputException {
    String fileName = file.getFileName().toString();
    long size = Files.isRegularFile(file) ? Files.size(file) : -1; // pipes (<(...)) have no size
    InputStream raw = Files.newInputStream(file);
    try {
      int buffer = size < 0 ? 1 << 16 : (int) Math.max(512, Math.min(1 << 16, size + 1));
      return wrap(raw, buffer, name, fileName, baseId(fileName), size, warnings);
    } catch (IOException | InputException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  static RawInput stdin(InputStream in, Consumer<String> warnings) throws IOException, InputException {
    return wrap(in, 1 << 16, "standard input", null, "stdin", -1, warnings);
  }

  /**
   * A stream named {@code name} in messages; its last path segment is the file name (it breaks format ties and
   * gives the default id).
   */
  static RawInput stream(InputStream in, String name, Consumer<String> warnings) throws IOException, InputException {
    return stream(in, name, warnings, new Skips());
  }

  /** As {@link #stream(InputStream, String, Consumer)}, counting truncated or corrupt gzip data in {@code skips}. */
  static RawInput stream(InputStream in, String name, Consumer<String> warnings, Skips skips)
      throws IOException, InputException {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    return wrap(in, 1 << 16, name, fileName, baseId(fileName), -1, warnings, skips);
  }

  private static RawInput wrap(InputStream raw, int buffer, String name, String fileName, String baseId, long size,
      Consumer<String> warnings) throws IOException, InputException {
    return wrap(raw, buffer, name, fileName, baseId, size, warnings, new Skips());
  }

  private static RawInput wrap(InputStream raw, int buffer, String name, String fileName, String baseId, long size,
      Consumer<String> warnings, Skips skips) throws IOException, InputException {
    BufferedInputStream in = new BufferedInputStream(raw, buffer);
    in.mark(2);
    byte[] magic = in.readNBytes(2);
    in.reset();
    boolean gzip = magic.length == 2 && magic[0] == (byte) 0x1F && magic[1] == (byte) 0x8B;
    BufferedInputStream data = in;
    if (gzip) {
      GZIPInputStream gz;
      try {
        gz = new GZIPInputStream(in, 1 << 16);
      } catch (EOFException | ZipException e) {
        skips.add(Skips.Kind.TRUNCATED_GZIP, 1);
        throw new InputException(name + ": corrupt gzip data (" + JsonlStories.describe(e) + ")");
      }
      data = new BufferedInputStream(new TolerantGzip(gz, name, warnings, skips), 1 << 16);
      size = -1;
    } else if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      warnings.accept(name + ": not gzip-compressed, though its name ends in .gz; read as it is");
    }
    data.mark(HEAD);
    byte[] head = readHead(data, size >= 0 ? (int) Math.min(HEAD, size + 1) : HEAD);
    data.reset();
    return new RawInput(name, fileName, baseId, size, raw, data, head);
  }

  /**
   * Up to {@link #HEAD} bytes; a read error after some bytes only ends the head early (reading the content
   * meets it again where it happened, after what could be read).
   */
  private static byte[] readHead(InputStream in, int limit) throws IOException {
    byte[] buf = new byte[limit];
    int n = 0;
    try {
      while (n < limit) {
        int r = in.read(buf, n, limit - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      if (n == 0) {
        throw e;
      }
    }
    return n == limit ? buf : java.util.Arrays.copyOf(buf, n);
  }

  Formats.Sniffed sniff() {
    if (sniffed == null) {
      sniffed = Formats.sniff(head, head.length, fileName);
    }
    return sniffed;
  }

  /**
   * All the (decompressed) content, at most {@code max} bytes.
   *
   * @throws InputException when there is more, or on a read error
   */
  byte[] readAll(long max) throws InputException {
    if (plainSize > max) {
      throw DocumentReader.tooBig(name, plainSize, max);
    }
    try {
      byte[] bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
      if (bytes.length > max) {
        throw DocumentReader.tooBig(name, -1, max);
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + JsonlStories.describe(e) + ")", e);
    }
  }

  @Override
  public void close() {
    try {
      raw.close();
    } catch (IOException e) {
      // nothing was lost
    }
  }

  /** The file name without {@code .gz} and without its extension (numeric extensions, as in DUC names, stay). */
  static String baseId(String fileName) {
    String n = Formats.stripGz(fileName);
    int dot = n.lastIndexOf('.');
    if (dot <= 0) {
      return n;
    }
    String ext = n.substring(dot + 1);
    return !ext.isEmpty() && ext.chars().allMatch(Character::isDigit) ? n : n.substring(0, dot);
  }

  /** Gzip data that ends early or is corrupt: end of data, with one warning. */
  private static final class TolerantGzip extends FilterInputStream {
    private final String name;
    private final Consumer<String> warnings;
    private final Skips skips;
    private long read;
    private boolean failed;

    TolerantGzip(InputStream in, String name, Consumer<String> warnings, Skips skips) {
      super(in);
      this.name = name;
      this.warnings = warnings;
      this.skips = skips;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failed) {
        return -1;
      }
      try {
        int n = super.read(b, off, len);
        if (n > 0) {
          read += n;
        }
        return n;
      } catch (EOFException | ZipException e) {
        failed = true;
        skips.add(Skips.Kind.TRUNCATED_GZIP, 1);
        warnings.accept(name + ": gzip data truncated or corrupt (" + JsonlStories.describe(e) + "); using the "
            + String.format(Locale.ROOT, "%,d", read) + " bytes read before it");
        return -1;
      }
    }
  }
}
