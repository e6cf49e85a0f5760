package dev.precis.server.stories;

import dev.precis.ingest.InputException;
import dev.precis.model.Document;
import dev.precis.server.ArticleIntake;
import dev.precis.server.store.NewArticle;
import dev.precis.server.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample stories of the repository's {@code examples/} (one directory of articles per story), packaged in the
 * server's jar, so that a new user sees stories at once. They are loaded only into an empty store.
 */
public final class SampleStories {
  /** Where the build puts {@code examples/} on the class path. */
  static final String RESOURCE = "/dev/precis/server/examples";

  private SampleStories() {}

  /**
   * Stores the sample articles if the store holds no article yet.
   *
   * @return the number of articles stored, or empty when the store held articles already (nothing stored)
   */
  public static Optional<Integer> loadIntoEmpty(Store store) {
    return store.insertIntoEmpty(articles()).map(List::size);
  }

  /** Every article of every sample story, story by story and file by file in name order. */
  static List<NewArticle> articles() {
    URL root = SampleStories.class.getResource(RESOURCE);
    if (root == null) {
      throw new IllegalStateException("the sample stories are missing from this build (" + RESOURCE + ")");
    }
    try {
      URI uri = root.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return read(fs.provider().getPath(uri));
      }
      return read(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the sample stories (" + e.getMessage() + ")", e);
    }
  }

  private static List<NewArticle> read(Path root) throws IOException {
    List<NewArticle> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
          .toList();
    }
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      try {
        for (Document d : ArticleIntake.read(bytes, root.relativize(f).toString(), null, null).documents()) {
          out.add(ArticleIntake.article(d, bytes, "text/plain", null));
        }
      } catch (InputException e) {
        throw new UncheckedIOException(new IOException(e.getMessage(), e));
      }
    }
    return out;
  }
}
