package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Story;
import java.io.BufferedInputStream;
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
import java.util.zip.GZIPInputStream;

/**
 * Reads the user's input paths into stories.
 *
 * <h2>What becomes a story</h2>
 *
 * <ul>
 *   <li>A <b>directory</b> is one story whose id is the directory's name; its documents are its {@code .txt}
 *       and {@code .md} files (one article each, in name order; subdirectories, hidden files and
 *       {@code README.*} files are ignored).
 *   <li>All <b>text files</b> named on the command line (any extension but {@code .jsonl}/{@code .jsonl.gz},
 *       and {@code -} for standard input) together are one story, placed where the first of them was named.
 *       Its id is the file's name without extension for one file, {@code stdin} for standard input alone, the
 *       name of the directory the files share for several, {@code story} otherwise.
 *   <li>A text file may hold several articles separated by {@code |||||} (Multi-News form); see {@link
 *       Articles}. Each article may start with a {@code Title:/Source:/Date:/URL:} header block.
 *   <li>A <b>{@code .jsonl}</b> or <b>{@code .jsonl.gz}</b> file is one story per line ({@link JsonlStories}),
 *       read lazily. Standard input is read as JSONL when its first non-blank character is <code>{</code>
 *       (gzip-compressed standard input is decompressed).
 * </ul>
 *
 * <p>A document's id is its file's name without extension ({@code name-0}, {@code name-1}, ... for the articles
 * of a multi-article file); ids that repeat within a story get {@code -2}, {@code -3}, ... appended. Text is
 * decoded and cleaned by {@link TextDecoder} and {@link TextNormalizer}; every offset refers to that text.
 *
 * <h2>Errors</h2>
 *
 * A path that does not exist or a directory without article files is an {@link InputException} at once. A
 * file that cannot be used (empty, binary, not text, over {@value #MAX_TEXT_MB} MB, unreadable) is skipped with
 * a warning when something else is still readable; when nothing is, reading fails with the file's own message
 * (or a summary naming the input when several files failed). JSONL files have no size limit since they are
 * streamed; a JSONL file without a single valid story line counts as unusable.
 */
public final class StoryReader {
  /** Name of standard input on the command line. */
  public static final String STDIN = "-";
  /** Largest text file read, in MB (2^20 bytes). */
  public static final int MAX_TEXT_MB = 50;

  static final long MAX_TEXT_BYTES = (long) MAX_TEXT_MB << 20;
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".md");

  private final Consumer<String> warnings;
  private final InputStream stdin;
  private long maxTextBytes = MAX_TEXT_BYTES;

  /** A reader that reports warnings to {@code warnings} and reads {@code -} from {@link System#in}. */
  public StoryReader(Consumer<String> warnings) {
    this(warnings, System.in);
  }

  public StoryReader(Consumer<String> warnings, InputStream stdin) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.stdin = stdin;
  }

  /** For tests: a smaller size limit. */
  StoryReader withMaxTextBytes(long max) {
    this.maxTextBytes = max;
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
        parsed.add(new Input(arg, null, Kind.STDIN, List.of()));
        continue;
      }
      Path path = Paths.get(arg);
      if (!Files.exists(path)) {
        throw new InputException("no such file: " + arg);
      }
      if (Files.isDirectory(path)) {
        parsed.add(new Input(arg, path, Kind.DIRECTORY, articleFiles(arg, path)));
      } else if (isJsonl(path)) {
        parsed.add(new Input(arg, path, Kind.JSONL, List.of()));
      } else {
        parsed.add(new Input(arg, path, Kind.TEXT, List.of()));
      }
    }

    List<InputException> problems = new ArrayList<>();
    List<Object> items = new ArrayList<>();
    List<JsonlStories> jsonl = new ArrayList<>();
    List<Document> groupDocs = new ArrayList<>();
    List<Input> group = new ArrayList<>();
    int groupPosition = -1;
    try {
      for (Input in : parsed) {
        switch (in.kind) {
          case DIRECTORY -> {
            List<Document> docs = new ArrayList<>();
            for (Path file : in.files) {
              readTextFile(file, display(in.arg, file), docs, problems);
            }
            if (!docs.isEmpty()) {
              items.add(new Story(storyId(in.path), null, unique(docs), List.of()));
            }
          }
          case JSONL -> openJsonl(in, items, jsonl, problems);
          case STDIN -> {
            BufferedInputStream data = stdinData();
            if (looksLikeJson(data)) {
              JsonlStories stories = new JsonlStories(data, "standard input", warnings);
              addJsonl(stories, "standard input", items, jsonl, problems);
            } else {
              if (groupPosition < 0) {
                groupPosition = items.size();
              }
              group.add(in);
              try {
                byte[] bytes = readCapped(data, "standard input");
                groupDocs.addAll(
                    Articles.parse(TextDecoder.decode(bytes, "standard input", warnings), "stdin",
                        "standard input", warnings));
              } catch (InputException e) {
                problems.add(e);
              }
            }
          }
          case TEXT -> {
            if (groupPosition < 0) {
              groupPosition = items.size();
            }
            group.add(in);
            readTextFile(in.path, in.arg, groupDocs, problems);
          }
        }
      }
      if (!groupDocs.isEmpty()) {
        items.add(groupPosition, new Story(groupId(group), null, unique(groupDocs), List.of()));
      }
    } catch (InputException | RuntimeException e) {
      jsonl.forEach(JsonlStories::close);
      throw e;
    }

    if (items.isEmpty()) {
      if (problems.size() == 1) {
        throw problems.get(0);
      }
      for (InputException p : problems) {
        warnings.accept(p.getMessage());
      }
      String what = inputs.size() == 1 && !inputs.get(0).equals(STDIN) ? inputs.get(0) + ": " : "";
      throw new InputException(what + "nothing readable (" + problems.size()
          + " files skipped, see the warnings above)");
    }
    for (InputException p : problems) {
      warnings.accept(p.getMessage() + "; skipped");
    }
    return new StoryStream(items, jsonl);
  }

  private enum Kind {
    DIRECTORY,
    TEXT,
    JSONL,
    STDIN
  }

  private record Input(String arg, Path path, Kind kind, List<Path> files) {}

  /** The article files of a directory, in name order. */
  private static List<Path> articleFiles(String arg, Path dir) throws InputException {
    List<Path> files = new ArrayList<>();
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
        if (!Files.isRegularFile(p) || lower.startsWith("readme.")) {
          continue;
        }
        if (ARTICLE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
          files.add(p);
        } else if (isJsonl(p)) {
          jsonl++;
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
      throw new InputException(arg + ": no article files (.txt, .md) in the directory" + hint);
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return files;
  }

  private void readTextFile(Path file, String name, List<Document> into, List<InputException> problems) {
    try {
      long size = Files.size(file);
      if (size > maxTextBytes) {
        throw tooBig(name, size);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readCapped(in, name);
      }
      String text = TextDecoder.decode(bytes, name, warnings);
      into.addAll(Articles.parse(text, baseName(file.getFileName().toString()), name, warnings));
    } catch (InputException e) {
      problems.add(e);
    } catch (AccessDeniedException e) {
      problems.add(new InputException(name + ": permission denied", e));
    } catch (IOException e) {
      problems.add(new InputException(name + ": cannot read (" + JsonlStories.describe(e) + ")", e));
    }
  }

  private byte[] readCapped(InputStream in, String name) throws InputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxTextBytes + 1));
      if (bytes.length > maxTextBytes) {
        throw tooBig(name, -1);
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + JsonlStories.describe(e) + ")", e);
    }
  }

  private InputException tooBig(String name, long size) {
    String mb = String.format(Locale.ROOT, "%.1f", maxTextBytes / 1048576.0);
    String has = size < 0 ? "more than " + mb : String.format(Locale.ROOT, "%.1f", size / 1048576.0);
    return new InputException(
        name + ": file too big (" + has + " MB; the limit for a text file is " + mb + " MB)");
  }

  private void openJsonl(Input in, List<Object> items, List<JsonlStories> jsonl, List<InputException> problems) {
    InputStream raw = null;
    try {
      raw = new BufferedInputStream(Files.newInputStream(in.path), 1 << 16);
      InputStream data = raw;
      raw.mark(4);
      byte[] magic = raw.readNBytes(2);
      raw.reset();
      boolean gzMagic = magic.length == 2 && magic[0] == (byte) 0x1F && magic[1] == (byte) 0x8B;
      if (in.arg.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        if (!gzMagic) {
          throw new InputException(in.arg + ": not gzip-compressed, though its name ends in .gz");
        }
        data = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
      } else if (gzMagic) {
        throw new InputException(in.arg + ": gzip-compressed; name it .jsonl.gz");
      }
      data.mark(1 << 16);
      byte[] head = data.readNBytes(1 << 16);
      data.reset();
      if (head.length == 0) {
        throw new InputException(in.arg + ": empty file");
      }
      TextDecoder.checkText(head, in.arg);
      addJsonl(new JsonlStories(data, in.arg, warnings), in.arg, items, jsonl, problems);
      raw = null;
    } catch (InputException e) {
      problems.add(e);
    } catch (AccessDeniedException e) {
      problems.add(new InputException(in.arg + ": permission denied", e));
    } catch (IOException e) {
      problems.add(new InputException(in.arg + ": cannot read (" + JsonlStories.describe(e) + ")", e));
    } finally {
      if (raw != null) {
        try {
          raw.close();
        } catch (IOException e) {
          // nothing was lost
        }
      }
    }
  }

  /** Adds a JSONL source when it has at least one story; looking for it reads up to its first valid line. */
  private static void addJsonl(JsonlStories stories, String name, List<Object> items, List<JsonlStories> jsonl,
      List<InputException> problems) {
    if (stories.hasNext()) {
      items.add(stories);
      jsonl.add(stories);
    } else {
      stories.close();
      problems.add(new InputException(name + ": no story in the file"
          + (stories.malformedLines() > 0 ? " (" + stories.malformedLines() + " malformed lines)" : "")));
    }
  }

  private BufferedInputStream stdinData() throws InputException {
    if (stdin == null) {
      throw new InputException("standard input is not available");
    }
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
      in.mark(4);
      byte[] magic = in.readNBytes(2);
      in.reset();
      if (magic.length == 2 && magic[0] == (byte) 0x1F && magic[1] == (byte) 0x8B) {
        return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      }
      return in;
    } catch (IOException e) {
      throw new InputException("standard input: cannot read (" + JsonlStories.describe(e) + ")", e);
    }
  }

  /** True when the first non-blank byte (within the first 64 KB) is an opening brace. */
  private static boolean looksLikeJson(BufferedInputStream in) throws InputException {
    try {
      in.mark(1 << 16);
      try {
        for (int i = 0; i < 1 << 16; i++) {
          int b = in.read();
          if (b < 0) {
            return false;
          }
          if (b == 0xEF || b == 0xBB || b == 0xBF || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            continue;
          }
          return b == '{';
        }
        return false;
      } finally {
        in.reset();
      }
    } catch (IOException e) {
      throw new InputException("standard input: cannot read (" + JsonlStories.describe(e) + ")", e);
    }
  }

  static boolean isJsonl(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  /** A file name without its last extension. */
  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
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
      return only.kind == Kind.STDIN ? "stdin" : baseName(only.path.getFileName().toString());
    }
    Path parent = null;
    for (Input in : group) {
      if (in.kind == Kind.STDIN) {
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
      out.add(id.equals(d.id()) ? d : new Document(id, d.title(), d.source(), d.url(), d.date(), d.text()));
    }
    return out;
  }
}
