package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the user's input paths into stories: the command line's policy of what makes a story, on top of the
 * {@link DocumentReader}, which reads each file into documents. A live feed or a batch job reads documents with
 * the same reader and groups them its own way.
 *
 * <h2>Formats</h2>
 *
 * The format of a file (and of standard input) is told from its content, not its name ({@link Formats}); gzip
 * compression is recognised by its magic bytes and undone for every format. Truncated or corrupt gzip data is
 * read up to where it breaks, with a warning.
 *
 * <ul>
 *   <li><b>Plain text</b>, one article, or several separated by {@code |||||} (Multi-News form), each with an
 *       optional {@code Title:/Source:/Date:/URL:} header block ({@link Articles});
 *   <li><b>HTML pages</b>: the main text (the element holding the page's article-like text, cleaned of menus,
 *       cookie banners, ads, share bars, related links, footers, hidden copies and captions; readability4j where
 *       no element stands out), metadata from JSON-LD, OpenGraph, {@code <meta>} and the page
 *       ({@link HtmlArticles}, {@link PageMetadata});
 *   <li><b>RSS and Atom feeds</b>: one article per item ({@link FeedArticles}); items without full content are
 *       read from their title and description and get ids ending in {@code -summary};
 *   <li><b>WARC files</b>: one article per HTML response record with status 200 ({@link WarcArticles});
 *   <li><b>TREC/DUC newswire SGML</b>: one article per {@code <DOC>} ({@link SgmlArticles});
 *   <li><b>JSONL</b>: one story per line ({@link JsonlStories}), read lazily; a file named {@code .jsonl} or
 *       {@code .jsonl.gz} is always JSONL, any other input is when its first non-blank characters are
 *       <code>{"</code>.
 * </ul>
 *
 * <h2>What becomes a story</h2>
 *
 * <ul>
 *   <li>A <b>directory</b> is one story whose id is the directory's name. Its documents come from its files
 *       named {@code .txt}, {@code .md}, {@code .html}, {@code .htm}, {@code .xhtml}, {@code .xml}, {@code .rss},
 *       {@code .atom}, {@code .warc}, {@code .sgml} and the like (also with {@code .gz}), whatever their content,
 *       and from its files without an extension or with a numeric one (as DUC's {@code APW19981017.0151}) when
 *       their content is HTML, a feed, WARC or SGML; in name order. Subdirectories, hidden files and
 *       {@code README.*} files are ignored; JSONL content in a directory is skipped with a warning.
 *   <li>All <b>text, HTML and SGML files</b> named on the command line (and {@code -} for standard input)
 *       together are one story, placed where the first of them was named. Its id is the file's name without
 *       extension (and {@code .gz}) for one file, {@code stdin} for standard input alone, the name of the
 *       directory the files share for several, {@code story} otherwise.
 *   <li>A <b>feed</b> or a <b>WARC file</b> named on the command line is a story of its own, with the file's name
 *       without extension as id ({@code stdin} for standard input).
 *   <li>A <b>JSONL</b> file is one story per line.
 * </ul>
 *
 * <p>A document's id is its file's name without extension ({@code name-0}, {@code name-1}, ... for the articles
 * of a multi-article file, a feed or a WARC; the {@code DOCNO} for SGML); ids that repeat within a story get
 * {@code -2}, {@code -3}, ... appended. A story's language is the one its documents declare (HTML {@code lang},
 * JSON-LD {@code inLanguage}, a feed's {@code language}) when they agree, else "en" (a JSONL line's own
 * {@code language}). Text is decoded
 * ({@link Encodings}) and cleaned ({@link TextNormalizer}); every offset refers to that text.
 *
 * <h2>Errors</h2>
 *
 * A path that does not exist or a directory without article files is an {@link InputException} at once. A
 * file that cannot be used (empty, binary, not text, malformed feed XML, without article text, over
 * {@value #MAX_TEXT_MB} MB, unreadable) is skipped with a warning when something else is still readable; when
 * nothing is, reading fails with the file's own message (or a summary naming the input when several files
 * failed). JSONL and WARC files have no size limit since they are streamed (a WARC's pages have the limit each,
 * and reading stops once its articles hold that much text); a JSONL file without a single valid story line
 * counts as unusable.
 *
 * <h2>Safety</h2>
 *
 * Nothing is ever fetched over the network: HTML is only parsed (jsoup, readability4j), XML is parsed without
 * DTDs or external entities ({@link SafeXml}), WARC records are only read.
 */
public final class StoryReader {
  /** Name of standard input on the command line. */
  public static final String STDIN = "-";
  /** Largest text file read, in MB (2^20 bytes). */
  public static final int MAX_TEXT_MB = DocumentReader.MAX_TEXT_MB;

  /** Extensions (after removing {@code .gz}) of the files a directory's story is made of. */
  static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "md", "markdown", "text", "html", "htm", "xhtml",
      "shtml", "xml", "rss", "atom", "rdf", "warc", "sgml", "sgm");
  private static final String ARTICLE_FILES = ".txt, .md, .html, .xml, .rss, .atom, .warc, .sgml";

  private final Consumer<String> warnings;
  private final InputStream stdin;
  private DocumentReader documents;

  /** A reader that reports warnings to {@code warnings} and reads {@code -} from {@link System#in}. */
  public StoryReader(Consumer<String> warnings) {
    this(warnings, System.in);
  }

  public StoryReader(Consumer<String> warnings, InputStream stdin) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.stdin = stdin;
    this.documents = new DocumentReader(warnings);
  }

  /** For tests: a smaller size limit. */
  StoryReader withMaxTextBytes(long max) {
    this.documents = new DocumentReader(warnings, max);
    return this;
  }

  /** All stories of {@code inputs} in a list; for small inputs and tests. */
  public List<Story> readAll(List<String> inputs) throws InputException {
    List<Story> out = new ArrayList<>();
    try (StoryStream stream = open(inputs)) {
      stream.forEachRemaining(out::add);
    }
    return out;
  }

  /** The stories of {@code inputs}: paths of files and directories, or {@code -} for standard input. */
  public StoryStream open(List<String> inputs) throws InputException {
    if (inputs == null || inputs.isEmpty()) {
      throw new InputException("no input given");
    }
    // Check every argument before reading anything, so that a typo fails fast.
    List<Input> parsed = new ArrayList<>();
    boolean sawStdin = false;
    for (String arg : inputs) {
      if (arg.equals(STDIN)) {
        if (sawStdin) {
          throw new InputException("standard input (-) named more than once");
        }
        sawStdin = true;
        parsed.add(new Input(arg, null, true, List.of()));
        continue;
      }
      Path path = Paths.get(arg);
      if (!Files.exists(path)) {
        throw new InputException("no such file: " + arg);
      }
      if (Files.isDirectory(path)) {
        parsed.add(new Input(arg, path, false, articleFiles(arg, path)));
      } else {
        parsed.add(new Input(arg, path, false, null));
      }
    }

    Reading r = new Reading();
    try {
      for (Input in : parsed) {
        if (in.members != null && in.path != null) {
          readDirectory(in, r);
        } else {
          readInput(in, r);
        }
      }
      if (!r.groupDocs.isEmpty()) {
        r.items.add(r.groupPosition, story(groupId(r.group), r.groupDocs));
      }
    } catch (RuntimeException e) {
      r.jsonl.forEach(JsonlStories::close);
      throw e;
    }

    if (r.items.isEmpty()) {
      if (r.problems.size() == 1) {
        throw r.problems.get(0);
      }
      for (InputException p : r.problems) {
        warnings.accept(p.getMessage());
      }
      String what = inputs.size() == 1 && !inputs.get(0).equals(STDIN) ? inputs.get(0) + ": " : "";
      throw new InputException(what + "nothing readable (" + r.problems.size()
          + " files skipped, see the warnings above)");
    }
    for (InputException p : r.problems) {
      warnings.accept(p.getMessage() + "; skipped");
    }
    return new StoryStream(r.items, r.jsonl);
  }

  /** A command-line argument; {@code members} is null for a file, the article files for a directory. */
  private record Input(String arg, Path path, boolean stdin, List<Member> members) {}

  /** A directory's file; {@code ifMarkup}: read only when its content is HTML, a feed, WARC or SGML. */
  private record Member(Path path, boolean ifMarkup) {}

  /** The state of one {@link #open}. */
  private static final class Reading {
    final List<InputException> problems = new ArrayList<>();
    final List<Object> items = new ArrayList<>();
    final List<JsonlStories> jsonl = new ArrayList<>();
    final List<Document> groupDocs = new ArrayList<>();
    final List<Input> group = new ArrayList<>();
    int groupPosition = -1;
  }

  private void readDirectory(Input in, Reading r) {
    List<Document> docs = new ArrayList<>();
    int before = r.problems.size();
    for (Member m : in.members) {
      String name = display(in.arg, m.path);
      try (RawInput raw = RawInput.open(m.path, name, warnings)) {
        Formats.Sniffed s = raw.sniff();
        if (m.ifMarkup && (s.format() == null || s.format() == Format.TEXT || s.format() == Format.JSONL
            || (s.format() == Format.HTML && !s.strong()))) {
          continue;
        }
        if (s.format() == Format.JSONL) {
          throw new InputException(name + ": JSONL (one story per line); name the file to read its stories");
        }
        documents.read(raw, s, null).forEachRemaining(docs::add);
      } catch (InputException e) {
        r.problems.add(e);
      } catch (IOException | UncheckedIOException e) {
        r.problems.add(DocumentReader.problem(name, e));
      }
    }
    if (!docs.isEmpty()) {
      r.items.add(story(storyId(in.path), docs));
    } else if (r.problems.size() == before) {
      r.problems.add(new InputException(in.arg + ": no article files (" + ARTICLE_FILES + ") in the directory"));
    }
  }

  private void readInput(Input in, Reading r) {
    String name = in.stdin ? "standard input" : in.arg;
    RawInput raw = null;
    try {
      if (in.stdin) {
        if (stdin == null) {
          throw new InputException("standard input is not available");
        }
        raw = RawInput.stdin(stdin, warnings);
      } else {
        raw = RawInput.open(in.path, in.arg, warnings);
      }
      RawInput opened = raw;
      raw = null; // the documents own it now
      Documents docs = documents.read(opened, opened.sniff(), null);
      if (docs.stories() != null) {
        addJsonl(docs.stories(), name, r);
      } else if (docs.collection()) {
        r.items.add(story(docs.id(), list(docs)));
      } else {
        if (r.groupPosition < 0) {
          r.groupPosition = r.items.size();
        }
        r.group.add(in);
        docs.forEachRemaining(r.groupDocs::add);
      }
    } catch (InputException e) {
      r.problems.add(e);
    } catch (IOException | UncheckedIOException e) {
      r.problems.add(DocumentReader.problem(name, e));
    } finally {
      if (raw != null) {
        raw.close();
      }
    }
  }

  private static List<Document> list(Documents docs) {
    List<Document> out = new ArrayList<>();
    docs.forEachRemaining(out::add);
    return out;
  }

  /** A story of documents, ids made unique, in the language they agree on. */
  private static Story story(String id, List<Document> docs) {
    Languages language = new Languages();
    for (Document d : docs) {
      language.add(d.language());
    }
    return new Story(id, language.common(), unique(docs), List.of());
  }

  /** The article files of a directory, in name order. */
  private static List<Member> articleFiles(String arg, Path dir) throws InputException {
    List<Member> files = new ArrayList<>();
    int jsonl = 0;
    int subdirectories = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p)) {
          subdirectories++;
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(p) || lower.startsWith("readme.") || lower.equals("readme")) {
          continue;
        }
        if (isJsonl(p)) {
          jsonl++;
          continue;
        }
        String ext = Formats.extension(name);
        if (ARTICLE_EXTENSIONS.contains(ext)) {
          files.add(new Member(p, false));
        } else if (ext.isEmpty() || ext.chars().allMatch(Character::isDigit)) {
          files.add(new Member(p, true));
        }
      }
    } catch (AccessDeniedException e) {
      throw new InputException(arg + ": permission denied");
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(arg + ": cannot list the directory (" + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      String hint = jsonl > 0 ? "; name its .jsonl files to read them"
          : subdirectories > 0 ? "; name its subdirectories to read them (one story each)" : "";
      throw new InputException(arg + ": no article files (" + ARTICLE_FILES + ") in the directory" + hint);
    }
    files.sort((a, b) -> a.path.getFileName().toString().compareTo(b.path.getFileName().toString()));
    return files;
  }

  /** Adds a JSONL source when it has at least one story; looking for it reads up to its first valid line. */
  private static void addJsonl(JsonlStories stories, String name, Reading r) {
    if (stories.hasNext()) {
      r.items.add(stories);
      r.jsonl.add(stories);
    } else {
      stories.close();
      r.problems.add(new InputException(name + ": no story in the file"
          + (stories.malformedLines() > 0 ? " (" + stories.malformedLines() + " malformed lines)" : "")));
    }
  }

  static boolean isJsonl(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  private static String display(String dirArg, Path file) {
    String name = file.getFileName().toString();
    return dirArg.endsWith("/") || dirArg.endsWith(java.io.File.separator) ? dirArg + name
        : dirArg + java.io.File.separator + name;
  }

  private static String storyId(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "story" : name.toString();
  }

  private static String groupId(List<Input> group) {
    if (group.size() == 1) {
      Input only = group.get(0);
      return only.stdin ? "stdin" : RawInput.baseId(only.path.getFileName().toString());
    }
    Path parent = null;
    for (Input in : group) {
      if (in.stdin) {
        return "story";
      }
      Path p = in.path.toAbsolutePath().normalize().getParent();
      if (p == null || (parent != null && !parent.equals(p))) {
        return "story";
      }
      parent = p;
    }
    return parent.getFileName() == null ? "story" : parent.getFileName().toString();
  }

  /** The documents with repeated ids renamed {@code id-2}, {@code id-3}, ... */
  private static List<Document> unique(List<Document> docs) {
    Set<String> seen = new HashSet<>();
    List<Document> out = new ArrayList<>(docs.size());
    for (Document d : docs) {
      String id = d.id();
      for (int k = 2; !seen.add(id); k++) {
        id = d.id() + "-" + k;
      }
      out.add(id.equals(d.id()) ? d : d.withId(id));
    }
    return out;
  }
}
