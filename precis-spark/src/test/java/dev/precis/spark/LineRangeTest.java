package dev.precis.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineRangeTest {
  @TempDir java.nio.file.Path tmp;

  /** The bytes of parts [cuts[0], cuts[1]), [cuts[1], cuts[2]), ..., each read with reads of {@code chunk} bytes. */
  private static List<String> parts(java.nio.file.Path file, long[] cuts, int chunk) throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.length; i++) {
      try (InputStream in = LineRange.of(fs.open(new Path(file.toString())), cuts[i], cuts[i + 1])) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chunk == 1) {
          int c;
          while ((c = in.read()) >= 0) {
            out.write(c);
          }
        } else {
          byte[] buf = new byte[chunk];
          int n;
          while ((n = in.read(buf, 0, chunk)) >= 0) {
            out.write(buf, 0, n);
          }
        }
        parts.add(out.toString(UTF_8));
      }
    }
    return parts;
  }

  @Test
  void consecutivePartsGiveEveryLineOnceWhereverTheCutsFall() throws Exception {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(12);
      for (int l = 0; l < lines; l++) {
        int length = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 8 : 90);
        for (int c = 0; c < length; c++) {
          text.append(random.nextInt(9) == 0 ? 'é' : (char) ('a' + random.nextInt(26)));
        }
        if (random.nextInt(6) == 0) {
          text.append('\r');
        }
        if (l + 1 < lines || random.nextBoolean()) {
          text.append('\n');
        }
      }
      java.nio.file.Path file = Files.writeString(tmp.resolve("f" + round + ".jsonl"), text, UTF_8);
      long length = Files.size(file);
      int pieces = 1 + random.nextInt(8);
      long[] cuts = new long[pieces + 1];
      for (int i = 1; i < pieces; i++) {
        cuts[i] = Math.min(length, cuts[i - 1] + random.nextInt((int) Math.max(1, 2 * length / pieces) + 1));
      }
      cuts[pieces] = length;
      List<String> parts = parts(file, cuts, random.nextBoolean() ? 1 : 1 + random.nextInt(40));

      assertThat(String.join("", parts)).as("round %d, cuts %s", round, java.util.Arrays.toString(cuts))
          .isEqualTo(text.toString());
      int last = parts.size() - 1;
      while (last > 0 && parts.get(last).isEmpty()) {
        last--;
      }
      for (String p : parts.subList(0, last)) {
        assertThat(p.isEmpty() || p.endsWith("\n")).as("a part before the last ends at a line end: %s", p).isTrue();
      }
    }
  }

  @Test
  void aLineLongerThanAPartBelongsToThePartItStartsIn() throws Exception {
    String text = "first\n" + "x".repeat(100) + "\nlast\n";
    java.nio.file.Path file = Files.writeString(tmp.resolve("long.jsonl"), text, UTF_8);
    assertThat(parts(file, new long[] {0, 3, 40, 80, 106, 107, text.length()}, 16))
        .containsExactly("first\n", "x".repeat(100) + "\n", "", "", "", "last\n");
    // A cut just after a newline: the line starting there is the next part's.
    assertThat(parts(file, new long[] {0, 6, text.length()}, 16))
        .containsExactly("first\n", "x".repeat(100) + "\nlast\n");
  }
}
