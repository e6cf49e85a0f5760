package dev.precis.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The bytes of the lines of a file that start at an offset in {@code [start, end)}, each read to its end: the parts
 * {@code [0, a), [a, b), ..., [z, length)} of one file together give every line once, in order, whatever the
 * offsets (a line longer than a part belongs to the part it starts in; a part inside one line is empty).
 */
final class LineRange extends InputStream {
  private final InputStream in;
  private final long end;
  /** The offset in the file of the next byte. */
  private long position;
  /** Whether the next byte starts a line. */
  private boolean lineStart = true;

  private LineRange(InputStream in, long position, long end) {
    this.in = in;
    this.position = position;
    this.end = end;
  }

  /** The lines of {@code file} starting in {@code [start, end)}; the file is closed with the range (or on a failure). */
  static InputStream of(FSDataInputStream file, long start, long end) throws IOException {
    try {
      long position = 0;
      if (start > 0) {
        file.seek(start - 1);
        position = start - 1;
      }
      InputStream in = new BufferedInputStream(file, 1 << 16);
      if (start > 0) {
        // The line under way at start - 1 belongs to the part before (a newline there ends it at once).
        int c;
        while ((c = in.read()) >= 0) {
          position++;
          if (c == '\n') {
            break;
          }
        }
      }
      return new LineRange(in, position, end);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  @Override
  public int read() throws IOException {
    if (position >= end && lineStart) {
      return -1;
    }
    int c = in.read();
    if (c >= 0) {
      position++;
      lineStart = c == '\n';
    }
    return c;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (position < end) {
      int n = in.read(b, off, (int) Math.min(len, end - position));
      if (n > 0) {
        position += n;
        lineStart = b[off + n - 1] == '\n';
      }
      return n;
    }
    // Past the end: the rest of the line under way, byte by byte (the buffer below makes that cheap).
    int n = 0;
    while (n < len && !lineStart) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      b[off + n++] = (byte) c;
      position++;
      lineStart = c == '\n';
    }
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
