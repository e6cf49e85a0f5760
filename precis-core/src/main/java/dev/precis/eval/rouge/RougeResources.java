package dev.precis.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two data files ROUGE-1.5.5 needs: the SMART stop-word list (used with {@code -s}) and the
 * WordNet 2.0 exception table (used with {@code -m} before the Porter stemmer).
 *
 * <p>They are research data and are never copied into the project: {@link #load(Path)} reads them
 * at run time from a {@code rouge} directory (in this repository's layout {@code
 * ../shared/data/rouge}, see {@link #findDefaultDir()}). Instances are immutable apart from a
 * thread-safe cache of stems and can be shared by any number of {@link Rouge} scorers.
 */
public final class RougeResources {
  /** File name of the stop-word list inside the rouge directory. */
  public static final String STOPWORDS_FILE = "smart_common_words.txt";
  /** File name of the exception table (word TAB base form) inside the rouge directory. */
  public static final String EXCEPTIONS_FILE = "wordnet-2.0-exceptions.tsv";

  private static final int MAX_CACHED_STEMS = 1 << 20;

  private final Set<String> stopwords;
  private final Map<String, String> exceptions;
  private final boolean loaded;
  private final ConcurrentHashMap<String, String> stemCache = new ConcurrentHashMap<>();

  private RougeResources(Set<String> stopwords, Map<String, String> exceptions, boolean loaded) {
    this.stopwords = stopwords;
    this.exceptions = exceptions;
    this.loaded = loaded;
  }

  /**
   * Reads {@value #STOPWORDS_FILE} and {@value #EXCEPTIONS_FILE} from {@code rougeDir}.
   *
   * @throws UncheckedIOException if a file is missing or unreadable
   */
  public static RougeResources load(Path rougeDir) {
    try {
      Set<String> stop = new HashSet<>();
      for (String line : Files.readAllLines(rougeDir.resolve(STOPWORDS_FILE), StandardCharsets.UTF_8)) {
        if (!line.isEmpty()) {
          stop.add(line);
        }
      }
      Map<String, String> exc = new HashMap<>();
      for (String line : Files.readAllLines(rougeDir.resolve(EXCEPTIONS_FILE), StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          exc.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
      return new RougeResources(Set.copyOf(stop), Map.copyOf(exc), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ROUGE data files from " + rougeDir, e);
    }
  }

  /**
   * Resources without data files: enough for settings without {@code -m} and {@code -s} (such as
   * {@link RougeOptions#multinews()}); {@link Rouge} refuses them for stemming or stop-word removal.
   */
  public static RougeResources none() {
    return new RougeResources(Set.of(), Map.of(), false);
  }

  /**
   * The conventional location of the rouge directory: {@code <precis.shared>/data/rouge} when the
   * system property {@code precis.shared} is set (Surefire sets it to {@code <repo>/../shared}),
   * otherwise {@code ../shared/data/rouge} relative to the working directory. Empty when neither
   * holds the stop-word file.
   */
  public static Optional<Path> findDefaultDir() {
    String shared = System.getProperty("precis.shared");
    List<Path> candidates =
        shared != null && !shared.isBlank()
            ? List.of(Path.of(shared, "data", "rouge"), Path.of("..", "shared", "data", "rouge"))
            : List.of(Path.of("..", "shared", "data", "rouge"));
    for (Path p : candidates) {
      if (Files.isRegularFile(p.resolve(STOPWORDS_FILE))) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** Whether the data files were loaded (false for {@link #none()}). */
  public boolean isLoaded() {
    return loaded;
  }

  /** Whether {@code token} (lower case, as ROUGE tokenizes) is on the stop-word list. */
  public boolean isStopword(String token) {
    return stopwords.contains(token);
  }

  /**
   * ROUGE's {@code -m} stemming of one lower-case token: the exception table's base form if the
   * token is listed, the ROUGE Porter stem otherwise. (ROUGE itself applies this only to tokens
   * longer than 3 characters; that rule is the caller's.)
   */
  public String morphStem(String token) {
    String cached = stemCache.get(token);
    if (cached != null) {
      return cached;
    }
    String base = exceptions.get(token);
    String stem = base != null ? base : RougePorterStemmer.stem(token);
    if (stemCache.size() < MAX_CACHED_STEMS) {
      stemCache.putIfAbsent(token, stem);
    }
    return stem;
  }
}
