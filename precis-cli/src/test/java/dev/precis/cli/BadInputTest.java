package dev.precis.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake a user can make: exit code 2, nothing on stdout, one line on stderr naming the input. */
class BadInputTest {
  static final String EXAMPLE = SummarizeCommandTest.EXAMPLE;

  @TempDir Path tmp;

  /** Runs and checks the common rules; returns the one line (without the trailing newline). */
  private static String failsWithOneLine(String... args) {
    Run run = Run.of(args);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(run.err()).as(run.toString()).startsWith("precis: ").endsWith("\n")
        .doesNotContain("Exception").doesNotContain("at dev.").doesNotContain("\tat ").doesNotContain("picocli.");
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    return run.err().strip();
  }

  @Test
  void missingFile() {
    assertThat(failsWithOneLine("summarize", "foo/bar.txt")).isEqualTo("precis: no such file: foo/bar.txt");
  }

  @Test
  void missingFileAmongGoodOnes() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "nope.txt")).isEqualTo("precis: no such file: nope.txt");
  }

  @Test
  void emptyDirectory() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("empty"));
    assertThat(failsWithOneLine("summarize", dir.toString()))
        .isEqualTo("precis: " + dir + ": no article files (.txt, .md, .html, .xml, .rss, .atom, .warc, .sgml) in the directory");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = Files.createFile(tmp.resolve("empty.txt"));
    assertThat(failsWithOneLine("summarize", f.toString())).isEqualTo("precis: " + f + ": empty file");
  }

  @Test
  void whiteSpaceOnlyFile() throws IOException {
    Path f = Files.writeString(tmp.resolve("blank.txt"), "  \n\t\n \r\n");
    assertThat(failsWithOneLine("summarize", f.toString()))
        .isEqualTo("precis: " + f + ": empty file (only white space)");
  }

  @Test
  void binaryFile() throws IOException {
    Path f = Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThat(failsWithOneLine("summarize", f.toString())).isEqualTo("precis: " + f + ": binary file (PNG image), not text");
  }

  @Test
  void notUtf8() throws IOException {
    Path f = Files.write(tmp.resolve("odd.txt"), new byte[] {'a', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'b'});
    assertThat(failsWithOneLine("summarize", f.toString())).isEqualTo("precis: " + f + ": not UTF-8 text");
  }

  @Test
  void utf16WithABomIsReadNotRefused() throws IOException {
    Path f = Files.write(tmp.resolve("wide.txt"),
        "\uFEFFThe river ferry stopped running on Monday after the flood damaged its pier.".getBytes("UTF-16LE"));
    Run run = Run.of("summarize", f.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("The river ferry stopped running on Monday");
  }

  @Test
  void fileTooBig() throws IOException {
    Path f = tmp.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(60L << 20); // sparse
    }
    assertThat(failsWithOneLine("summarize", f.toString()))
        .isEqualTo("precis: " + f + ": file too big (60.0 MB; the limit for a text file is 50.0 MB)");
  }

  @Test
  void directoryWithNothingReadable() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("junk"));
    Files.write(dir.resolve("a.txt"), new byte[] {0});
    Files.writeString(dir.resolve("b.txt"), "", UTF_8);
    Run run = Run.of("summarize", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    // One warning per file, then the one error line.
    assertThat(run.err().lines()).containsExactly(
        "precis: warning: " + dir.resolve("a.txt") + ": binary file, not text",
        "precis: warning: " + dir.resolve("b.txt") + ": empty file",
        "precis: " + dir + ": nothing readable (2 files skipped, see the warnings above)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--words=0", "--words=-3", "--sentences=0", "--chars=-1"})
  void budgetBelowOne(String option) {
    String name = option.substring(0, option.indexOf('='));
    String value = option.substring(option.indexOf('=') + 1);
    assertThat(failsWithOneLine("summarize", EXAMPLE, option))
        .startsWith("precis: " + name + " must be at least 1, got " + value);
    assertThat(failsWithOneLine("summarize", EXAMPLE, name, value))
        .startsWith("precis: " + name + " must be at least 1, got " + value);
  }

  @Test
  void budgetNotANumber() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--words", "many"))
        .startsWith("precis: invalid value for option '--words': 'many' is not an int");
  }

  @Test
  void twoBudgets() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--words", "5", "--sentences", "2"))
        .isEqualTo("precis: --words=N, --sentences=N are mutually exclusive (specify only one)"
            + " (see 'precis summarize --help')");
  }

  @Test
  void unknownAlgorithm() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--algorithm", "magic"))
        .startsWith("precis: unknown algorithm 'magic'; known: default, ").contains("lead");
  }

  @Test
  void unknownFormat() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--format", "pdf"))
        .startsWith("precis: unknown format 'pdf'; known: text, markdown, json");
  }

  @Test
  void unknownOption() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--wrds", "5"))
        .startsWith("precis: unknown option '--wrds'").endsWith("(see 'precis summarize --help')");
  }

  @Test
  void directoryOfStories() {
    assertThat(failsWithOneLine("summarize", "../examples")).isEqualTo("precis: ../examples: no article files"
        + " (.txt, .md, .html, .xml, .rss, .atom, .warc, .sgml) in the directory; name its subdirectories to read them (one story each)");
  }

  @Test
  void noPath() {
    assertThat(failsWithOneLine("summarize")).contains("PATH");
  }

  @Test
  void noCommand() {
    assertThat(failsWithOneLine()).isEqualTo("precis: missing command (summarize) (see 'precis --help')");
  }

  @Test
  void unknownCommand() {
    // picocli suggests every command that is close enough: serve and algorithms are, by their letters
    assertThat(failsWithOneLine("summarise", EXAMPLE))
        .isEqualTo("precis: unknown command 'summarise'; did you mean summarize or serve or algorithms? (see 'precis --help')");
    assertThat(failsWithOneLine("reprot", EXAMPLE))
        .isEqualTo("precis: unknown command 'reprot'; did you mean report? (see 'precis --help')");
  }

  @Test
  void jsonlWithoutAnyStory() throws IOException {
    Path f = Files.writeString(tmp.resolve("bad.jsonl"), "this is not json\n");
    Run run = Run.of("summarize", f.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).last().asString()
        .isEqualTo("precis: " + f + ": no story in the file (1 malformed lines)");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void unknownAlgorithmOptionNamesItAndTheKnownOnes() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--option", "sedes=3")).startsWith(
        "precis: --option learned has no option 'sedes'; its options: rankShare, ").contains("seeds");
    assertThat(failsWithOneLine("report", EXAMPLE, "--algorithm", "lead", "--option", "seeds=3"))
        .startsWith("precis: --option lead has no option 'seeds' (it takes none)");
  }

  @Test
  void algorithmOptionOutOfRangeOrMistypedNamesIt() {
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--option", "seeds=-1"))
        .startsWith("precis: --option learned: option seeds must be at least 0, got -1");
    assertThat(failsWithOneLine("summarize", EXAMPLE, "--algorithm", "mmr", "--option", "lambda=much"))
        .startsWith("precis: --option mmr: option lambda takes a decimal (0 to 1), got 'much'");
    assertThat(failsWithOneLine("report", EXAMPLE, "--option", "fill=maybe"))
        .startsWith("precis: --option learned: option fill takes a boolean (true or false), got 'maybe'");
  }
}
