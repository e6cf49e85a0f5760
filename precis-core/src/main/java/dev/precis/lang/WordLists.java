package dev.precis.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language knowledge kept as files, not code: the word lists of a language are the resources {@code
 * dev/precis/lang/<language>/<name>.txt}, one entry per line in UTF-8; text from {@code #} to the end of a line is
 * a comment ({@code \#} is a literal {@code #}), surrounding white space is dropped and blank lines are skipped.
 * Adding a language is adding its files (and tests); a stage that needs a list the language lacks says so with
 * {@link #has}.
 *
 * <p>Lists are read once and cached; they are immutable and thread-safe.
 */
public final class WordLists {
  private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

  private WordLists() {}

  /** Whether {@code language} has the list {@code name}. */
  public static boolean has(String language, String name) {
    return WordLists.class.getResource(path(language, name)) != null;
  }

  /** The entries of a list, in file order (repeats kept); an error when the language has no such list. */
  public static List<String> lines(String language, String name) {
    return CACHE.computeIfAbsent(path(language, name), WordLists::read);
  }

  /** The entries of a list as a set. */
  public static Set<String> words(String language, String name) {
    return Set.copyOf(new LinkedHashSet<>(lines(language, name)));
  }

  /**
   * The entries of a tagged list that have the use {@code tag}: each line of such a list is an entry (one word)
   * followed by the uses it has, separated by white space ({@code said quote tag}), so that one list serves stages
   * that each need part of it.
   */
  public static Set<String> tagged(String language, String name, String tag) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(language, name)) {
      String[] fields = line.split("\\s+");
      if (Arrays.asList(fields).subList(1, fields.length).contains(tag)) {
        out.add(fields[0]);
      }
    }
    return Set.copyOf(out);
  }

  /**
   * A list of entries with values, in file order: each line is an entry (one word) and its value, separated by
   * white space ({@code dozen 12}, {@code kph km/h}); an error naming the list when a line has no value or an entry
   * comes twice.
   */
  public static Map<String, String> values(String language, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(language, name)) {
      String[] fields = line.split("\\s+", 2);
      if (fields.length < 2) {
        throw new IllegalArgumentException("no value for '" + line + "' in word list " + path(language, name));
      }
      if (out.put(fields[0], fields[1]) != null) {
        throw new IllegalArgumentException("'" + fields[0] + "' twice in word list " + path(language, name));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** A word with its first letter in upper case ("monday": "Monday"), for lists kept in lower case. */
  public static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String path(String language, String name) {
    return "/dev/precis/lang/" + language.toLowerCase(Locale.ROOT) + "/" + name + ".txt";
  }

  private static List<String> read(String path) {
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no word list " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        while (hash > 0 && line.charAt(hash - 1) == '\\') {
          hash = line.indexOf('#', hash + 1);
        }
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().replace("\\#", "#");
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }
}
