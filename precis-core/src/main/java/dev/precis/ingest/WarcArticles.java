package dev.precis.ingest;

import dev.precis.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file read with jwarc, streaming: every {@code response} record with HTTP status 200 and an HTML
 * content type ({@code text/html}, {@code application/xhtml+xml}) is one article ({@link HtmlArticles}); its url
 * is the record's target URI and its date the page's publication date, else the WARC-Date (UTC). Other records
 * (requests, metadata, revisits, images, redirects, ...) are skipped silently.
 *
 * <p>A record jwarc cannot parse is counted as malformed and reading resumes at the next {@code WARC/1.x} line;
 * HTTP messages that cannot be parsed count as malformed too; one warning gives the count. A read error (e.g.
 * truncated data) ends the file with a warning, keeping the articles read. Records over the size limit are
 * skipped with a warning; reading stops (with a warning) once the articles hold the size limit in text.
 */
final class WarcArticles {
  /** Bytes kept to look for the next record after a malformed one. */
  private static final int HISTORY = 1 << 20;

  private WarcArticles() {}

  static List<Document> read(InputStream in, String baseId, String name, long maxRecordBytes, Consumer<String> warnings)
      throws InputException {
    return read(in, baseId, name, maxRecordBytes, warnings, new Skips());
  }

  /** As {@link #read(InputStream, String, String, long, Consumer)}, counting what it skips in {@code skips}. */
  static List<Document> read(InputStream in, String baseId, String name, long maxRecordBytes, Consumer<String> warnings,
      Skips skips) throws InputException {
    Rewindable data = new Rewindable(in, HISTORY);
    List<Document> docs = new ArrayList<>();
    int malformed = 0;
    String firstProblem = null;
    int noText = 0;
    int tooBig = 0;
    int binary = 0;
    long textChars = 0;
    boolean full = false;
    long start = 0;
    outer:
    while (true) {
      List<String> jwarcWarnings = new ArrayList<>();
      WarcReader reader;
      try {
        reader = new WarcReader(Channels.newChannel(data));
      } catch (IOException | RuntimeException e) {
        break;
      }
      reader.onWarning(jwarcWarnings::add);
      try {
        while (true) {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            break outer;
          }
          if (!jwarcWarnings.isEmpty()) {
            malformed += jwarcWarnings.size();
            firstProblem = firstProblem == null ? jwarcWarnings.get(0) : firstProblem;
            jwarcWarnings.clear();
          }
          if (!(next.get() instanceof WarcResponse response)) {
            continue;
          }
          HttpResponse http;
          try {
            http = response.http();
          } catch (IOException | RuntimeException e) {
            if (!response.contentType().base().toString().toLowerCase(Locale.ROOT).startsWith("application/http")) {
              continue; // not an HTTP capture (e.g. DNS, gemini)
            }
            malformed++;
            firstProblem = firstProblem == null ? "bad HTTP response in record " + response.target() : firstProblem;
            continue;
          }
          if (http.status() != 200 || !isHtml(http, response)) {
            continue;
          }
          byte[] body;
          try {
            body = readBody(http, maxRecordBytes);
          } catch (IOException | RuntimeException e) {
            malformed++;
            firstProblem = firstProblem == null ? "unreadable body of " + response.target() + " ("
                + JsonLines.describe(e instanceof IOException io ? io : new IOException(e)) + ")"
                : firstProblem;
            continue;
          }
          if (body.length > maxRecordBytes) {
            tooBig++;
            continue;
          }
          String where = name + " (" + response.target() + ")";
          try {
            TextDecoder.checkText(body, where);
          } catch (InputException e) {
            binary++;
            continue;
          }
          String charset = charset(http);
          LocalDateTime warcDate = warcDate(response);
          try {
            Document page = HtmlArticles.read(body, body.length, charset, baseId + "-" + docs.size(),
                response.target(), warcDate, where, warnings);
            docs.add(page);
            textChars += page.text().length();
          } catch (InputException e) {
            noText++;
          }
          if (textChars > maxRecordBytes) {
            full = true;
            break outer;
          }
        }
      } catch (ParsingException | NumberFormatException e) {
        malformed++;
        firstProblem = firstProblem == null ? (e instanceof IOException io ? JsonLines.describe(io)
            : "unreadable WARC header (" + e.getMessage() + ")") : firstProblem;
        long failedAt = start + reader.position();
        try {
          long resumed = data.resync(failedAt + 1);
          if (resumed < 0) {
            break;
          }
          start = resumed;
        } catch (IOException io) {
          warnings.accept(name + ": read error (" + JsonLines.describe(io) + "); the rest of the WARC is"
              + " skipped");
          break;
        }
      } catch (IOException | RuntimeException e) {
        IOException io = e instanceof IOException x ? x : new IOException(e.getMessage(), e);
        warnings.accept(name + ": read error after " + docs.size() + " articles (" + JsonLines.describe(io)
            + "); the rest of the WARC is skipped");
        break;
      }
    }
    skips.add(Skips.Kind.CORRUPT_RECORD, malformed);
    skips.add(Skips.Kind.EMPTY_PAGE, noText);
    skips.add(Skips.Kind.TOO_BIG, tooBig);
    skips.add(Skips.Kind.BINARY, binary);
    if (malformed > 0) {
      warnings.accept(name + ": " + malformed + " malformed WARC record" + (malformed == 1 ? "" : "s")
          + " skipped (first: " + firstProblem + ")");
    }
    if (noText > 0) {
      warnings.accept(name + ": " + noText + " HTML page" + (noText == 1 ? "" : "s") + " without article text"
          + " skipped");
    }
    if (binary > 0) {
      warnings.accept(name + ": " + binary + " page" + (binary == 1 ? "" : "s") + " with a binary payload skipped");
    }
    if (tooBig > 0) {
      warnings.accept(name + ": " + tooBig + " HTML page" + (tooBig == 1 ? "" : "s") + " over "
          + (maxRecordBytes >> 20) + " MB skipped");
    }
    if (full) {
      warnings.accept(name + ": stopped after " + docs.size() + " articles holding " + (maxRecordBytes >> 20)
          + " MB of text; the rest of the WARC is skipped");
    }
    if (docs.isEmpty()) {
      throw new InputException(name + ": no HTML pages (response records with status 200 and text/html) in the"
          + " WARC");
    }
    return docs;
  }

  /**
   * The decoded HTTP body, at most {@code max + 1} bytes; a body cut short by the end of the data gives what
   * was read (the reader meets the end again at the next record and says so).
   */
  private static byte[] readBody(HttpResponse http, long max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (InputStream in = http.bodyDecoded().stream()) {
      while (out.size() <= max) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, max + 1 - out.size()));
        if (n < 0) {
          break;
        }
        out.write(buf, 0, n);
      }
    } catch (java.io.EOFException e) {
      if (out.size() == 0) {
        throw e;
      }
    }
    return out.toByteArray();
  }

  private static LocalDateTime warcDate(WarcRecord r) {
    try {
      return LocalDateTime.ofInstant(r.date(), ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null; // missing or unreadable WARC-Date
    }
  }

  private static boolean isHtml(HttpResponse http, WarcResponse response) throws IOException {
    String type = http.headers().first("Content-Type").orElse("");
    if (type.isBlank()) {
      type = response.identifiedPayloadType().map(MediaType::toString).orElse("");
    }
    String base = type.toLowerCase(Locale.ROOT);
    int semi = base.indexOf(';');
    base = (semi < 0 ? base : base.substring(0, semi)).strip();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String charset(HttpResponse http) {
    String type = http.headers().first("Content-Type").orElse("");
    for (String part : type.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String v = p.substring(8).strip();
        if (v.length() > 1 && (v.startsWith("\"") || v.startsWith("'"))) {
          v = v.substring(1, v.length() - 1);
        }
        return v.isBlank() ? null : v;
      }
    }
    return null;
  }

  /**
   * A stream that remembers the last bytes it served, so that reading can resume at an earlier position still
   * held (used to restart jwarc at the next record after a malformed one).
   */
  static final class Rewindable extends InputStream {
    private final InputStream in;
    private final byte[] ring;
    /** Bytes taken from {@code in}. */
    private long taken;
    /** Position of the next byte served. */
    private long pos;

    Rewindable(InputStream in, int history) {
      this.in = in;
      this.ring = new byte[history];
    }

    @Override
    public int read() throws IOException {
      if (pos < taken) {
        return ring[(int) (pos++ % ring.length)] & 0xFF;
      }
      int b = in.read();
      if (b >= 0) {
        ring[(int) (taken % ring.length)] = (byte) b;
        taken++;
        pos++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos < taken) {
        int n = (int) Math.min(len, taken - pos);
        for (int i = 0; i < n; i++) {
          b[off + i] = ring[(int) ((pos + i) % ring.length)];
        }
        pos += n;
        return n;
      }
      int n = in.read(b, off, len);
      if (n > 0) {
        for (int i = 0; i < n; i++) {
          ring[(int) ((taken + i) % ring.length)] = b[off + i];
        }
        taken += n;
        pos += n;
      }
      return n;
    }

    /**
     * Moves to the first {@code WARC/1.} at the start of a line at or after {@code from} (or the oldest byte
     * still held, if later); returns its position, or -1 at the end of the data.
     */
    long resync(long from) throws IOException {
      pos = Math.max(from, Math.max(0, taken - ring.length));
      byte[] magic = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      int matched = 0;
      long matchStart = -1;
      int previous = pos == 0 ? '\n' : ring[(int) ((pos - 1) % ring.length)] & 0xFF;
      while (true) {
        int b = read();
        if (b < 0) {
          return -1;
        }
        if (matched == 0) {
          if (b == magic[0] && previous == '\n') {
            matchStart = pos - 1;
            matched = 1;
          }
        } else if (b == magic[matched]) {
          matched++;
          if (matched == magic.length) {
            pos = matchStart;
            return matchStart;
          }
        } else {
          matched = 0;
          if (b == magic[0] && previous == '\n') {
            matchStart = pos - 1;
            matched = 1;
          }
        }
        previous = b;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
