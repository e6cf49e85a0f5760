package dev.precis.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {
  @TempDir Path dir;

  @Test
  void everyScriptIsInTheJarAndSplitsIntoStatements() {
    for (String name : Migrations.SCRIPTS) {
      assertThat(Migrations.statements(Migrations.script(name))).as(name).isNotEmpty();
    }
  }

  @Test
  void aTriggerBodyStaysOneStatement() {
    List<String> s = Migrations.statements("""
        -- a comment; with a semicolon
        CREATE TABLE t (a TEXT);

        CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
          INSERT INTO u VALUES (new.a);
          INSERT INTO v VALUES (new.a);
        END;
        CREATE INDEX t_a ON t(a);
        """);
    assertThat(s).hasSize(3);
    assertThat(s.get(1)).startsWith("CREATE TRIGGER").endsWith("END;").contains("INTO u", "INTO v");
    assertThatThrownBy(() -> Migrations.statements("CREATE TABLE t (a TEXT)"))
        .hasMessageContaining("ends inside a statement");
  }

  @Test
  void anEmptyDatabaseIsMigratedToTheLatestVersion() throws Exception {
    try (Store store = Store.open(dir, Duration.ofSeconds(1), Clock.systemUTC())) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (Connection c = connect()) {
      assertThat(versions(c)).containsExactlyElementsOf(range(1, Migrations.latest()));
      assertThat(tables(c)).contains("articles", "article_search", "stories", "story_articles", "story_versions",
          "feeds", "feed_state", "schema_version");
    }
  }

  static List<Integer> earlierVersions() {
    return range(1, Migrations.latest() - 1);
  }

  /** A store left at an earlier version, with an article in it, opens at the latest version with it intact. */
  @ParameterizedTest
  @MethodSource("earlierVersions")
  void aStoreAtAnEarlierVersionIsMigratedWithItsData(int version) throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertThat(Migrations.migrate(c, version)).isEqualTo(version);
      s.executeUpdate("INSERT INTO articles (url, content_hash, title, text, received) VALUES"
          + " ('https://old.example/1', 'h1', 'Lighthouse relit', 'The old lighthouse was relit on Sunday.',"
          + " '2026-01-01T00:00:00Z')");
    }
    try (Store store = Store.open(dir, Duration.ofSeconds(1), Clock.systemUTC())) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      StoredArticle a = store.article(1).orElseThrow();
      assertThat(a.title()).isEqualTo("Lighthouse relit");
      assertThat(a.feedId()).isNull();
      assertThat(store.search("lighthouse", 5)).containsExactly(1L);
      assertThat(store.insertArticle(StoreTest.article("https://old.example/1", null, "Other text.")).id())
          .isEqualTo(1L);
    }
    try (Connection c = connect()) {
      assertThat(versions(c)).containsExactlyElementsOf(range(1, Migrations.latest()));
    }
  }

  @Test
  void aStoreFromANewerPrecisIsRefused() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      Migrations.migrate(c, Migrations.latest());
      s.executeUpdate("INSERT INTO schema_version (version, applied) VALUES (99, 'later')");
    }
    assertThatThrownBy(() -> Store.open(dir, Duration.ofSeconds(1), Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema version 99, newer than this precis knows");
  }

  @Test
  void reopeningTheLatestVersionChangesNothing() throws Exception {
    Store.open(dir, Duration.ofSeconds(1), Clock.systemUTC()).close();
    Store.open(dir, Duration.ofSeconds(1), Clock.systemUTC()).close();
    try (Connection c = connect()) {
      assertThat(versions(c)).containsExactlyElementsOf(range(1, Migrations.latest()));
    }
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }

  private static List<Integer> versions(Connection c) throws Exception {
    List<Integer> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      while (r.next()) {
        out.add(r.getInt(1));
      }
    }
    return out;
  }

  private static List<String> tables(Connection c) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table')")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
