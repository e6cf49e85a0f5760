package dev.precis.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stories of a {@link Store}: which articles the clusterer put in which story, how far it has read, and each
 * story's versions (its report as the codec writes it, its article ids in document order, its headline). Writes
 * go through the store's one writer; reads use its readers.
 */
public final class StoryStore {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);
  private static final String CLUSTERED = "clustered_through";

  private final Store store;

  public StoryStore(Store store) {
    this.store = store;
  }

  /**
   * Where the clusterer put an article: into an existing story ({@code story}), or into a story opened in the same
   * batch, named by {@code newStory} (articles with the same number share it).
   */
  public record Placement(long articleId, String outlet, Long story, int newStory) {}

  /** A stored article and the story it is in. */
  public record Member(StoredArticle article, long story) {}

  /** A story as listed. {@code change} is the global number of its latest version (0 before the first). */
  public record Row(long id, int version, String headline, Instant created, Instant updated, int articleCount,
      long change) {}

  /** A stored version: the report JSON as the codec wrote it. */
  public record StoredVersion(long story, int version, Instant created, String headline, String reportJson,
      List<Long> articleIds, long change) {}

  /** What to list; every field but the limit optional (null). */
  public record Query(String words, String outlet, LocalDate from, LocalDate to, Instant since, Long sinceChange,
      int limit, int offset) {}

  /** A time as stored: ISO-8601 UTC with milliseconds, so that stored times compare as text. */
  static String time(Instant t) {
    return TIME.format(t);
  }

  // ------------------------------------------------------------------------------------------ clustering

  /** The id of the last article the clusterer has placed (0 for none). */
  public long clusteredThrough() {
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT value FROM updater_state WHERE name = ?")) {
        s.setString(1, CLUSTERED);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getLong(1) : 0L;
        }
      }
    });
  }

  /** Up to {@code limit} articles stored after article {@code id}, in the order they were stored. */
  public List<StoredArticle> articlesAfter(long id, int limit) {
    return query("SELECT " + Store.ARTICLE_COLUMNS
        + " FROM articles WHERE id > ? ORDER BY id LIMIT ?", Store::article, id, limit);
  }

  /** The last {@code limit} placed articles up to article {@code through}, with their stories, oldest first. */
  public List<Member> membersUpTo(long through, int limit) {
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + Store.ARTICLE_COLUMNS + ", sa.story_id FROM articles"
          + " JOIN story_articles sa ON sa.article_id = articles.id WHERE articles.id <= ?"
          + " ORDER BY articles.id DESC LIMIT ?")) {
        s.setLong(1, through);
        s.setInt(2, limit);
        List<Member> out = rows(s, r -> new Member(Store.article(r), r.getLong(13)));
        Collections.reverse(out);
        return out;
      }
    });
  }

  /**
   * Records where the clusterer put a batch of articles, and that it has read through article {@code through}, in
   * one transaction; an article placed already is left where it is.
   *
   * @return the ids of the stories opened, by their {@link Placement#newStory} number
   */
  public Map<Integer, Long> place(List<Placement> placements, long through) {
    return store.write("record " + placements.size() + " articles' stories", c -> {
      String now = time(store.clock().instant());
      Map<Integer, Long> opened = new HashMap<>();
      for (Placement p : placements) {
        long story;
        if (p.story() != null) {
          story = p.story();
        } else {
          Long id = opened.get(p.newStory());
          if (id == null) {
            id = openStory(c, now);
            opened.put(p.newStory(), id);
          }
          story = id;
        }
        join(c, story, p.articleId(), p.outlet());
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO updater_state (name, value) VALUES (?, ?)"
          + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
        s.setString(1, CLUSTERED);
        s.setLong(2, through);
        s.executeUpdate();
      }
      return opened;
    });
  }

  private static long openStory(Connection c, String now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO stories (created, updated) VALUES (?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, now);
      s.setString(2, now);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void join(Connection c, long story, long article, String outlet) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)")) {
      s.setLong(1, story);
      s.setLong(2, article);
      if (s.executeUpdate() == 0) {
        return;
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO story_outlets (story_id, outlet, articles)"
        + " VALUES (?, ?, 1) ON CONFLICT (story_id, outlet) DO UPDATE SET articles = articles + 1")) {
      s.setLong(1, story);
      s.setString(2, outlet);
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE stories SET article_count = article_count + 1,"
        + " newest_article = MAX(COALESCE(newest_article, 0), ?),"
        + " outlet_count = (SELECT COUNT(*) FROM story_outlets WHERE story_id = ?) WHERE id = ?")) {
      s.setLong(1, article);
      s.setLong(2, story);
      s.setLong(3, story);
      s.executeUpdate();
    }
  }

  // --------------------------------------------------------------------------------------------- versions

  /** The articles of a story in the order they were stored (the order of its report's documents). */
  public List<StoredArticle> articlesOf(long story) {
    return query("SELECT " + Store.ARTICLE_COLUMNS + " FROM articles JOIN story_articles sa"
        + " ON sa.article_id = articles.id WHERE sa.story_id = ? ORDER BY articles.id", Store::article, story);
  }

  /** Stored articles by id, in the order of {@code ids} (unknown ids left out). */
  public List<StoredArticle> articles(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, StoredArticle> byId = query("SELECT " + Store.ARTICLE_COLUMNS + " FROM articles"
        + " WHERE id IN (SELECT value FROM json_each(?))", Store::article, ids.toString()).stream()
        .collect(Collectors.toMap(StoredArticle::id, a -> a));
    return ids.stream().map(byId::get).filter(a -> a != null).toList();
  }

  /** The number of outlets with an article in the story (0 for an unknown story). */
  public int outletCount(long story) {
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT outlet_count FROM stories WHERE id = ?")) {
        s.setLong(1, story);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getInt(1) : 0;
        }
      }
    });
  }

  /**
   * Stores a new version of a story and makes it the latest: its number is one more than the latest's, its change
   * number one more than any stored; the story is shown from now on when it has articles from at least
   * {@code minOutlets} outlets.
   *
   * @param articleIds the report's documents' article ids, in order
   * @return the new version's number
   */
  public StoredVersion addVersion(long story, String reportJson, List<Long> articleIds, String headline,
      int minOutlets) {
    return store.write("store a version of story " + story, c -> {
      Instant now = store.clock().instant();
      int version;
      try (PreparedStatement s = c.prepareStatement("SELECT version FROM stories WHERE id = ?")) {
        s.setLong(1, story);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException("no story " + story);
          }
          version = r.getInt(1) + 1;
        }
      }
      long change;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT COALESCE(MAX(change), 0) + 1 FROM stories")) {
        r.next();
        change = r.getLong(1);
      }
      String ids = articleIds.stream().map(String::valueOf).collect(Collectors.joining(","));
      try (PreparedStatement s = c.prepareStatement("INSERT INTO story_versions (story_id, version, created,"
          + " report_json, article_ids, headline, change) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, story);
        s.setInt(2, version);
        s.setString(3, time(now));
        s.setString(4, reportJson);
        s.setString(5, ids);
        s.setString(6, headline);
        s.setLong(7, change);
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE stories SET version = ?, updated = ?, headline = ?,"
          + " summarized_article = ?, shown = (outlet_count >= ?), change = ? WHERE id = ?")) {
        s.setInt(1, version);
        s.setString(2, time(now));
        s.setString(3, headline);
        s.setLong(4, articleIds.stream().mapToLong(Long::longValue).max().orElse(0));
        s.setInt(5, minOutlets);
        s.setLong(6, change);
        s.setLong(7, story);
        s.executeUpdate();
      }
      return new StoredVersion(story, version, now, headline, reportJson, articleIds, change);
    });
  }

  /**
   * Stories with articles from at least {@code minOutlets} outlets whose latest version does not hold their newest
   * article (or that have none), oldest first.
   */
  public List<Long> stale(int minOutlets) {
    return query("SELECT id FROM stories WHERE outlet_count >= ? AND (summarized_article IS NULL"
        + " OR summarized_article < newest_article) ORDER BY id", r -> r.getLong(1), minOutlets);
  }

  /** A version of a shown story: the given one, or the latest when {@code version} is null. */
  public Optional<StoredVersion> version(long story, Integer version) {
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT v.version, v.created, v.headline, v.report_json,"
          + " v.article_ids, v.change FROM story_versions v JOIN stories s ON s.id = v.story_id"
          + " WHERE s.shown = 1 AND v.story_id = ? AND v.version = " + (version == null ? "s.version" : "?"))) {
        s.setLong(1, story);
        if (version != null) {
          s.setInt(2, version);
        }
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.<StoredVersion>empty();
          }
          String ids = r.getString(5);
          List<Long> articleIds = ids == null || ids.isEmpty() ? List.of()
              : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
          return Optional.of(new StoredVersion(story, r.getInt(1), Instant.parse(r.getString(2)), r.getString(3),
              r.getString(4), articleIds, r.getLong(6)));
        }
      }
    });
  }

  // ----------------------------------------------------------------------------------------------- listing

  /** Shown stories matching {@code q}: newest update first, or by change number when {@code sinceChange} is set. */
  public List<Row> list(Query q) {
    StringBuilder sql = new StringBuilder("SELECT id, version, headline, created, updated, article_count, change"
        + " FROM stories s WHERE shown = 1");
    List<Object> args = new ArrayList<>();
    if (q.words() != null) {
      String match = Store.matchQuery(q.words());
      if (match == null) {
        return List.of();
      }
      sql.append(" AND id IN (SELECT sa.story_id FROM article_search JOIN story_articles sa"
          + " ON sa.article_id = article_search.rowid WHERE article_search MATCH ?)");
      args.add(match);
    }
    if (q.outlet() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM story_outlets o WHERE o.story_id = s.id AND o.outlet = ?)");
      args.add(q.outlet());
    }
    if (q.from() != null) {
      sql.append(" AND updated >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null) {
      sql.append(" AND updated < ?");
      args.add(q.to().plusDays(1).toString());
    }
    if (q.since() != null) {
      sql.append(" AND updated > ?");
      args.add(time(q.since()));
    }
    if (q.sinceChange() != null) {
      sql.append(" AND change > ? ORDER BY change");
      args.add(q.sinceChange());
    } else {
      sql.append(" ORDER BY updated DESC, id DESC");
    }
    sql.append(" LIMIT ? OFFSET ?");
    args.add(q.limit());
    args.add(q.offset());
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          s.setObject(i + 1, args.get(i));
        }
        return rows(s, r -> new Row(r.getLong(1), r.getInt(2), r.getString(3), Instant.parse(r.getString(4)),
            Instant.parse(r.getString(5)), r.getInt(6), r.getLong(7)));
      }
    });
  }

  /** A story's outlets, most articles first (then by name). */
  public List<String> outletsOf(long story) {
    return query("SELECT outlet FROM story_outlets WHERE story_id = ?"
        + " ORDER BY articles DESC, outlet", r -> r.getString(1), story);
  }

  /** A story's article ids, in the order they were stored. */
  public List<Long> articleIdsOf(long story) {
    return query("SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id",
        r -> r.getLong(1), story);
  }

  /** Every outlet with an article in a shown story, alphabetically. */
  public List<String> outlets() {
    return query("SELECT DISTINCT o.outlet FROM story_outlets o"
        + " JOIN stories s ON s.id = o.story_id WHERE s.shown = 1 ORDER BY o.outlet", r -> r.getString(1));
  }

  /** The story an article was put in. */
  public Optional<Long> storyOf(long article) {
    return query("SELECT story_id FROM story_articles WHERE article_id = ?", r -> r.getLong(1), article).stream()
        .findFirst();
  }

  /** The id of the newest stored article (0 for none). */
  public long newestArticle() {
    return number("SELECT COALESCE(MAX(id), 0) FROM articles");
  }

  /** The highest change number (0 before any version). */
  public long latestChange() {
    return number("SELECT COALESCE(MAX(change), 0) FROM stories");
  }

  /** Reads one row. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Every row of the query, each read by {@code row}. */
  private static <T> List<T> rows(PreparedStatement s, RowReader<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(row.read(r));
      }
    }
    return out;
  }

  /** Every row of a query with these parameters, each read by {@code row}. */
  private <T> List<T> query(String sql, RowReader<T> row, Object... args) {
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          s.setObject(i + 1, args[i]);
        }
        return rows(s, row);
      }
    });
  }

  /** The one number a query of one row and one column gives. */
  private long number(String sql) {
    return store.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        return rows(s, r -> r.getLong(1)).get(0);
      }
    });
  }
}
