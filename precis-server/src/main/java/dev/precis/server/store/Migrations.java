package dev.precis.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The store's schema, as an ordered list of migration scripts (resources in {@code migrations/}); script N
 * takes the schema from version N-1 to N. The {@code schema_version} table records every version applied; each
 * script runs in one transaction with its record, so a store is always at exactly one version.
 */
final class Migrations {
  /** The scripts, in order: element i makes version i+1. Never edit a released script; add a new one. */
  static final List<String> SCRIPTS = List.of("001-articles-and-stories.sql", "002-feeds.sql",
      "003-story-updates.sql");

  private Migrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  /** The version the store is at; 0 for an empty database. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)");
      try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /**
   * Brings the store to version {@code target} (at most {@link #latest()}), applying the missing scripts in order.
   *
   * @return the version now
   * @throws IllegalStateException when the store is newer than this program knows
   */
  static int migrate(Connection c, int target) throws SQLException {
    boolean auto = c.getAutoCommit();
    int version = version(c);
    if (version > latest()) {
      throw new IllegalStateException("the store is at schema version " + version
          + ", newer than this precis knows (" + latest() + "); use a newer precis");
    }
    c.setAutoCommit(false);
    try {
      for (int v = version + 1; v <= target; v++) {
        try (Statement s = c.createStatement()) {
          for (String sql : statements(script(SCRIPTS.get(v - 1)))) {
            s.executeUpdate(sql);
          }
          s.executeUpdate("INSERT INTO schema_version (version, applied) VALUES (" + v + ", '"
              + Instant.now() + "')");
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
        version = v;
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return version;
  }

  static String script(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration script " + name, e);
    }
  }

  /**
   * The statements of a script: each ends with ';' at the end of a line, except inside a trigger, which ends at a
   * line {@code END;}. Lines starting with {@code --} are comments.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean trigger = false;
    for (String line : script.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("--") || (t.isEmpty() && current.length() == 0)) {
        continue;
      }
      if (current.length() == 0 && t.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
        trigger = true;
      }
      current.append(line).append('\n');
      boolean end = trigger ? t.equalsIgnoreCase("END;") : t.endsWith(";");
      if (end) {
        out.add(current.toString().strip());
        current.setLength(0);
        trigger = false;
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("migration script ends inside a statement: " + current.toString().strip());
    }
    return out;
  }
}
