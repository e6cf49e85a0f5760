package dev.precis.server.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * The server's store: one SQLite database ({@value #FILE_NAME}) in the data directory.
 *
 * <ul>
 *   <li><b>Durable</b>: WAL journal with {@code synchronous=FULL}, so a write method returns only once its
 *       transaction is committed and synced; a crash or {@code kill -9} after that loses nothing.
 *   <li><b>One writer</b>: every write runs on one thread, on one connection, in a {@code BEGIN IMMEDIATE}
 *       transaction; readers use a small pool of their own connections and run concurrently with it (WAL).
 *   <li><b>Versioned schema</b>: opening migrates the database to the latest version ({@link Migrations}).
 *   <li><b>Unavailable, never corrupt</b>: a lock held by another process (past the busy timeout), a full disk, a
 *       read-only or failing file roll the transaction back and throw {@link StoreUnavailableException} with a
 *       message for the user.
 * </ul>
 */
public final class Store implements AutoCloseable {
  public static final String FILE_NAME = "precis.db";
  private static final int READERS = 4;
  private static final Pattern SEARCH_TERM = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The result of storing an article: its id, and whether it is new (false: the same URL or text was stored). */
  public record Insert(long id, boolean created) {}

  private final Path file;
  private final Clock clock;
  private final Connection writer;
  private final ExecutorService writeThread;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final int schemaVersion;
  private volatile Runnable onNewArticles = () -> { };

  private Store(Path file, Clock clock, Duration busyTimeout) throws SQLException {
    this.file = file;
    this.clock = clock;
    SQLiteConfig w = new SQLiteConfig();
    w.setJournalMode(SQLiteConfig.JournalMode.WAL);
    w.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    w.setBusyTimeout((int) busyTimeout.toMillis());
    w.enforceForeignKeys(true);
    this.writer = w.createConnection("jdbc:sqlite:" + file);
    try {
      this.schemaVersion = Migrations.migrate(writer, Migrations.latest());
      SQLiteConfig r = new SQLiteConfig();
      r.setReadOnly(true);
      r.setBusyTimeout((int) busyTimeout.toMillis());
      for (int i = 0; i < READERS; i++) {
        readers.add(r.createConnection("jdbc:sqlite:" + file));
      }
    } catch (SQLException | RuntimeException e) {
      closeAll();
      throw e;
    }
    this.writeThread = Executors.newSingleThreadExecutor(task -> {
      Thread t = new Thread(task, "precis-store-writer");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Opens (creating it when needed) the store in {@code dataDir} and migrates it to the latest schema.
   *
   * @param busyTimeout how long a write waits for a lock held by another connection before giving up
   * @throws StoreUnavailableException when the database cannot be opened or migrated for an outside reason
   * @throws IllegalArgumentException when {@code dataDir} is not a usable directory
   * @throws IllegalStateException when the database is not a Precis store this program can use
   */
  public static Store open(Path dataDir, Duration busyTimeout, Clock clock) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new IllegalArgumentException(dataDir + ": cannot create the data directory (" + e.getMessage() + ")", e);
    }
    try {
      return new Store(file, clock, busyTimeout);
    } catch (SQLException e) {
      throw translate(file, "open the store", e);
    }
  }

  Clock clock() {
    return clock;
  }

  public Path file() {
    return file;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  // ---------------------------------------------------------------------------------------------- articles

  /**
   * Stores an article unless one with the same URL or the same text is stored already; returns only after the
   * commit.
   */
  public Insert insertArticle(NewArticle a) {
    Insert in = write("store an article", c -> insert(c, a));
    if (in.created()) {
      onNewArticles.run();
    }
    return in;
  }

  /**
   * Sets what runs after a commit that stored new articles (on the thread that asked for the write, after the
   * commit): the story updater's wake-up. It must not block.
   */
  public void onNewArticles(Runnable listener) {
    this.onNewArticles = listener;
  }

  /**
   * Stores a batch of articles in one transaction, each as {@link #insertArticle} does (an article that repeats an
   * earlier one of the batch gets its id); returns once all are committed, or throws and stores none.
   *
   * @return what became of each article, in order
   */
  public List<Insert> insertArticles(List<NewArticle> batch) {
    return insertAll(batch, false).orElseThrow();
  }

  /**
   * Stores a batch as {@link #insertArticles} does, but only into a store that holds no article yet (checked in
   * the same transaction).
   *
   * @return what became of each article, or empty when the store held articles and nothing was stored
   */
  public Optional<List<Insert>> insertIntoEmpty(List<NewArticle> batch) {
    return insertAll(batch, true);
  }

  private Optional<List<Insert>> insertAll(List<NewArticle> batch, boolean onlyIntoEmpty) {
    Optional<List<Insert>> inserted = write("store " + batch.size() + " articles", c -> {
      if (onlyIntoEmpty) {
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM articles)")) {
          r.next();
          if (r.getInt(1) != 0) {
            return Optional.<List<Insert>>empty();
          }
        }
      }
      List<Insert> out = new ArrayList<>(batch.size());
      for (NewArticle a : batch) {
        out.add(insert(c, a));
      }
      return Optional.of(out);
    });
    if (inserted.isPresent() && inserted.get().stream().anyMatch(Insert::created)) {
      onNewArticles.run();
    }
    return inserted;
  }

  public Optional<StoredArticle> article(long id) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(article(r)) : Optional.<StoredArticle>empty();
        }
      }
    });
  }

  /** The columns {@link #article(ResultSet)} reads, in its order. */
  static final String ARTICLE_COLUMNS = "articles.id, url, content_hash, title, source, author, language, published,"
      + " text, raw_type, feed_id, received";

  /** The article in the current row of {@code r}, selected as {@link #ARTICLE_COLUMNS}. */
  static StoredArticle article(ResultSet r) throws SQLException {
    String published = r.getString(8);
    long feed = r.getLong(11);
    Long feedId = r.wasNull() ? null : feed;
    return new StoredArticle(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
        r.getString(6), r.getString(7), published == null ? null : LocalDateTime.parse(published), r.getString(9),
        r.getString(10), feedId, Instant.parse(r.getString(12)));
  }

  /** The id of the article stored with this address, if any. */
  public Optional<Long> articleIdByUrl(String url) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM articles WHERE url = ?")) {
        s.setString(1, url);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
        }
      }
    });
  }

  public long articleCount() {
    return read(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /**
   * Ids of the articles whose title or text holds every word of {@code query} (FTS5, best match first). The
   * query is read as plain words: punctuation is ignored, and FTS5's operators ({@code OR}, {@code NEAR}) are
   * words like any other.
   */
  public List<Long> search(String query, int limit) {
    String match = matchQuery(query);
    if (match == null) {
      return List.of();
    }
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?")) {
        s.setString(1, match);
        s.setInt(2, limit);
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getLong(1));
          }
        }
        return ids;
      }
    });
  }

  /** The FTS5 query that finds every word of {@code query} read as plain words; null when it has none. */
  static String matchQuery(String query) {
    List<String> terms = new ArrayList<>();
    Matcher m = SEARCH_TERM.matcher(query);
    while (m.find()) {
      terms.add('"' + m.group() + '"');
    }
    return terms.isEmpty() ? null : String.join(" ", terms);
  }

  // ------------------------------------------------------------------------------------------------- feeds

  /**
   * Records the configured feeds (new ones are due at once; known ones keep their state and take the configured
   * flag and interval) and returns their states, in the given order.
   */
  public List<FeedState> syncFeeds(List<FeedSpec> specs) {
    List<Long> ids = write("record the configured feeds", c -> {
      List<Long> out = new ArrayList<>();
      String now = clock.instant().toString();
      for (FeedSpec f : specs) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feeds (url, fetch_pages, interval_seconds, added)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET fetch_pages = excluded.fetch_pages,"
            + " interval_seconds = excluded.interval_seconds")) {
          s.setString(1, f.url().toString());
          s.setInt(2, f.fetchPages() ? 1 : 0);
          s.setLong(3, f.interval().toSeconds());
          s.setString(4, now);
          s.executeUpdate();
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM feeds WHERE url = ?")) {
          s.setString(1, f.url().toString());
          try (ResultSet r = s.executeQuery()) {
            r.next();
            id = r.getLong(1);
          }
        }
        try (PreparedStatement s = c.prepareStatement(
            "INSERT OR IGNORE INTO feed_state (feed_id, next_check_ms) VALUES (?, ?)")) {
          s.setLong(1, id);
          s.setLong(2, clock.millis());
          s.executeUpdate();
        }
        out.add(id);
      }
      return out;
    });
    List<FeedState> out = new ArrayList<>();
    for (long id : ids) {
      out.add(feed(id).orElseThrow());
    }
    return out;
  }

  public Optional<FeedState> feed(long id) {
    List<FeedState> found = feeds("WHERE f.id = " + id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every stored feed, in the order they were added. */
  public List<FeedState> feeds() {
    return feeds("");
  }

  private List<FeedState> feeds(String where) {
    return read(c -> {
      List<FeedState> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT f.id, f.url, f.fetch_pages,"
          + " f.interval_seconds, st.next_check_ms, st.last_fetch_ms, st.last_status, st.last_error,"
          + " st.error_count, st.items_seen, st.etag, st.last_modified, st.interval_seconds FROM feeds f"
          + " JOIN feed_state st ON st.feed_id = f.id " + where + " ORDER BY f.id")) {
        while (r.next()) {
          long lastFetch = r.getLong(6);
          Instant last = r.wasNull() ? null : Instant.ofEpochMilli(lastFetch);
          int status = r.getInt(7);
          Integer lastStatus = r.wasNull() ? null : status;
          long current = r.getLong(13);
          Duration currentInterval = r.wasNull() ? null : Duration.ofSeconds(current);
          out.add(new FeedState(r.getLong(1), URI.create(r.getString(2)), r.getInt(3) != 0,
              Duration.ofSeconds(r.getLong(4)), Instant.ofEpochMilli(r.getLong(5)), last, lastStatus,
              r.getString(8), r.getInt(9), r.getLong(10), r.getString(11), r.getString(12), currentInterval));
        }
      }
      return out;
    });
  }

  /** Sets when a feed is next due; written before each fetch, so that a fetch that never returns cannot spin. */
  public void scheduleNext(long feedId, Instant next) {
    write("schedule a feed", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE feed_state SET next_check_ms = ? WHERE feed_id = ?")) {
        s.setLong(1, next.toEpochMilli());
        s.setLong(2, feedId);
        s.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Stores what one fetch of a feed brought, in one transaction: its new articles (those not stored already) and
   * its state, whose {@code itemsSeen} is raised by the number of new articles.
   *
   * @return the number of new articles
   */
  public int recordFetch(FeedState state, List<NewArticle> items) {
    int stored = write("record a feed fetch", c -> {
      int created = 0;
      for (NewArticle a : items) {
        if (insert(c, a).created()) {
          created++;
        }
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE feed_state SET next_check_ms = ?, last_fetch_ms = ?,"
          + " last_status = ?, last_error = ?, error_count = ?, items_seen = ?, etag = ?, last_modified = ?,"
          + " interval_seconds = ? WHERE feed_id = ?")) {
        s.setLong(1, state.nextCheck().toEpochMilli());
        setLong(s, 2, state.lastFetch() == null ? null : state.lastFetch().toEpochMilli());
        setLong(s, 3, state.lastStatus() == null ? null : (long) state.lastStatus());
        s.setString(4, state.lastError());
        s.setInt(5, state.errorCount());
        s.setLong(6, state.itemsSeen() + created);
        s.setString(7, state.etag());
        s.setString(8, state.lastModified());
        setLong(s, 9, state.currentInterval() == null ? null : state.currentInterval().toSeconds());
        s.setLong(10, state.id());
        s.executeUpdate();
      }
      return created;
    });
    if (stored > 0) {
      onNewArticles.run();
    }
    return stored;
  }

  // ------------------------------------------------------------------------------------------- machinery

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private Insert insert(Connection c, NewArticle a) throws SQLException {
    String hash = sha256(a.text());
    try (PreparedStatement s = c.prepareStatement(a.url() == null
        ? "SELECT id FROM articles WHERE content_hash = ?"
        : "SELECT id FROM articles WHERE content_hash = ? OR url = ? ORDER BY id LIMIT 1")) {
      s.setString(1, hash);
      if (a.url() != null) {
        s.setString(2, a.url());
      }
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          return new Insert(r.getLong(1), false);
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (url, content_hash, title, source, author,"
        + " language, published, text, raw, raw_type, received, feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, a.url());
      s.setString(2, hash);
      s.setString(3, a.title());
      s.setString(4, a.source());
      s.setString(5, a.author());
      s.setString(6, a.language());
      s.setString(7, a.published() == null ? null : a.published().toString());
      s.setString(8, a.text());
      s.setBytes(9, a.raw());
      s.setString(10, a.rawType());
      s.setString(11, clock.instant().toString());
      setLong(s, 12, a.feedId());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return new Insert(keys.getLong(1), true);
      }
    }
  }

  /** Runs {@code work} in one write transaction on the writer thread; returns once it is committed. */
  <T> T write(String what, SqlWork<T> work) {
    Future<T> f;
    try {
      f = writeThread.submit(() -> {
        try (Statement s = writer.createStatement()) {
          s.executeUpdate("BEGIN IMMEDIATE");
        }
        try {
          T result = work.run(writer);
          try (Statement s = writer.createStatement()) {
            s.executeUpdate("COMMIT");
          }
          return result;
        } catch (SQLException | RuntimeException e) {
          rollback();
          throw e;
        }
      });
    } catch (RejectedExecutionException e) {
      throw new StoreUnavailableException("the store is closed", e);
    }
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw translate(file, what, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while waiting to " + what, e);
    }
  }

  /** Rolls back an open transaction; after a failed COMMIT SQLite may have rolled back already. */
  private void rollback() {
    try (Statement s = writer.createStatement()) {
      s.executeUpdate("ROLLBACK");
    } catch (SQLException alreadyClosed) {
      // no transaction was open: nothing to undo
    }
  }

  /** Runs {@code work} on one of the reader connections. */
  <T> T read(SqlWork<T> work) {
    Connection c;
    try {
      c = readers.poll(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while waiting to read the store", e);
    }
    if (c == null) {
      throw new StoreUnavailableException("the store is busy (no reader free within 10 s)", null);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw translate(file, "read the store", e);
    } finally {
      readers.add(c);
    }
  }

  /** A failure as the exception the caller should see: outside causes become {@link StoreUnavailableException}. */
  static RuntimeException translate(Path file, String what, Throwable t) {
    if (t instanceof SQLiteException e) {
      int primary = e.getResultCode().code & 0xff;
      String why = switch (primary) {
        case 5, 6 -> "the store is locked by another process or connection";
        case 13 -> "the disk holding the store is full";
        case 8 -> "the store is read-only";
        case 10 -> "the disk holding the store failed (" + firstLine(e) + ")";
        case 14 -> "the store's file cannot be opened";
        default -> null;
      };
      if (why != null) {
        return new StoreUnavailableException("cannot " + what + ": " + why + " (" + file + ")", e);
      }
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    return new IllegalStateException("cannot " + what + " (" + file + "): " + firstLine(t), t);
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setLong(i, v);
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** For tests: the writer connection's page limit (a "full disk" at that size). */
  void limitPages(long pages) {
    write("limit the store's size", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA max_page_count = " + pages);
      }
      return null;
    });
  }

  /** Stops taking writes, waits for the ones queued, and closes every connection. */
  @Override
  public void close() {
    writeThread.shutdown();
    try {
      writeThread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeAll();
  }

  private void closeAll() {
    List<Connection> all = new ArrayList<>(readers);
    readers.clear();
    all.add(writer);
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing: nothing left to do with it
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Store[%s, schema %d]", file, schemaVersion);
  }
}
