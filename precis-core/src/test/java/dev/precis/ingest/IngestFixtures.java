package dev.precis.ingest;

import dev.precis.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Fixtures (src/test/resources/ingest) and helpers shared by the ingest tests. */
final class IngestFixtures {
  /** The fixture files, all invented. */
  static final List<String> ALL = List.of("news-jsonld.html", "news-opengraph.html", "news-boilerplate.html",
      "feed-rss-full.xml", "feed-rss-summary.xml", "feed-atom.xml", "duc-newswire.sgml");

  private IngestFixtures() {}

  static byte[] bytes(String fixture) {
    try (InputStream in = IngestFixtures.class.getResourceAsStream("/ingest/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture copied into {@code dir} as {@code name}. */
  static Path copy(String fixture, Path dir, String name) throws IOException {
    return write(dir.resolve(name), bytes(fixture));
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, bytes);
    return file;
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A reader collecting warnings into {@code warnings}, with empty standard input. */
  static StoryReader reader(List<String> warnings) {
    return new StoryReader(warnings::add, InputStream.nullInputStream());
  }

  static List<Story> read(List<String> warnings, Path... paths) throws InputException {
    List<String> args = new ArrayList<>();
    for (Path p : paths) {
      args.add(p.toString());
    }
    return reader(warnings).readAll(args);
  }

  static String errorOf(List<String> warnings, Path... paths) {
    try {
      read(warnings, paths);
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("no InputException");
  }
}
