package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.server.store.FeedSpec;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code precis serve --config FILE} reads: a JSON object, every field optional.
 *
 * <pre>
 * {"token": "a long random string",        bearer token every write must carry
 *  "max_body_bytes": 5000000,              largest request body (413 above)
 *  "feeds": [{"url": "https://news.example/rss", "interval_minutes": 15, "fetch_pages": false}],
 *  "allow_hosts": ["news.example"],        hosts besides the feeds' that may be contacted (item pages)
 *  "stories": {"min_outlets": 2,           a story is shown once this many outlets carry it
 *              "window_days": 3,           a story takes new articles this long after its newest one
 *              "quiet_ms": 2000,           a story's summary is recomputed once it had no new article this long,
 *              "max_delay_ms": 30000,      or at the latest this long after its first unsummarized article
 *              "summary_threads": 1}}      threads that recompute summaries
 * </pre>
 *
 * @param token the bearer token writes need, or null
 * @param maxBodyBytes the largest request body accepted
 * @param feeds the feeds to poll
 * @param allowHosts hosts ({@code host[:port]}) that may be contacted besides the feeds' own
 * @param stories how stories are formed and updated
 */
public record ServerConfig(String token, long maxBodyBytes, List<FeedSpec> feeds, List<String> allowHosts,
    StorySettings stories) {
  public static final long DEFAULT_MAX_BODY_BYTES = 5_000_000;
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
  private static final Set<String> FIELDS = Set.of("token", "max_body_bytes", "feeds", "allow_hosts", "stories");
  private static final Set<String> STORY_FIELDS = Set.of("min_outlets", "window_days", "quiet_ms", "max_delay_ms",
      "summary_threads");

  /**
   * How the story updater forms and updates stories.
   *
   * @param minOutlets a story is shown once it has articles from this many outlets
   * @param windowDays days a story stays open after its newest dated article (the clusterer's window)
   * @param quiet a story's summary is recomputed once no article joined it for this long
   * @param maxDelay ... or at the latest this long after the first article its latest version lacks
   * @param summaryThreads how many stories are recomputed at once
   */
  public record StorySettings(int minOutlets, double windowDays, Duration quiet, Duration maxDelay,
      int summaryThreads) {
    public static final StorySettings DEFAULTS = new StorySettings(2, 3, Duration.ofSeconds(2),
        Duration.ofSeconds(30), 1);

    /** With one summary thread. */
    public StorySettings(int minOutlets, double windowDays, Duration quiet, Duration maxDelay) {
      this(minOutlets, windowDays, quiet, maxDelay, 1);
    }
  }
  private static final Set<String> FEED_FIELDS = Set.of("url", "interval_minutes", "fetch_pages");

  public ServerConfig {
    feeds = List.copyOf(feeds);
    allowHosts = List.copyOf(allowHosts);
    Objects.requireNonNull(stories, "stories");
  }

  /** A configuration with the default story settings. */
  public ServerConfig(String token, long maxBodyBytes, List<FeedSpec> feeds, List<String> allowHosts) {
    this(token, maxBodyBytes, feeds, allowHosts, StorySettings.DEFAULTS);
  }

  /** No token, no feeds, the default body limit. */
  public static ServerConfig empty() {
    return new ServerConfig(null, DEFAULT_MAX_BODY_BYTES, List.of(), List.of());
  }

  /** This configuration with other story settings. */
  public ServerConfig withStories(StorySettings settings) {
    return new ServerConfig(token, maxBodyBytes, feeds, allowHosts, settings);
  }

  /**
   * Reads a configuration file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong in it
   */
  public static ServerConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static ServerConfig parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ", line "
          + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the configuration must be a JSON object");
    }
    unknown(root, FIELDS, "");
    String token = null;
    if (root.hasNonNull("token")) {
      if (!root.get("token").isTextual() || root.get("token").asText().isBlank()) {
        throw new IllegalArgumentException("\"token\" must be a non-empty string");
      }
      token = root.get("token").asText();
      if (token.length() < 16) {
        throw new IllegalArgumentException("\"token\" is too short to be secret (at least 16 characters)");
      }
    }
    long maxBody = DEFAULT_MAX_BODY_BYTES;
    if (root.has("max_body_bytes")) {
      JsonNode n = root.get("max_body_bytes");
      if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 1) {
        throw new IllegalArgumentException("\"max_body_bytes\" must be a positive whole number");
      }
      maxBody = n.asLong();
    }
    List<FeedSpec> feeds = new ArrayList<>();
    if (root.has("feeds")) {
      JsonNode list = root.get("feeds");
      if (!list.isArray()) {
        throw new IllegalArgumentException("\"feeds\" must be a list");
      }
      for (int i = 0; i < list.size(); i++) {
        feeds.add(feed(list.get(i), "feeds[" + i + "]"));
      }
    }
    List<String> hosts = new ArrayList<>();
    if (root.has("allow_hosts")) {
      JsonNode list = root.get("allow_hosts");
      if (!list.isArray()) {
        throw new IllegalArgumentException("\"allow_hosts\" must be a list of host names");
      }
      for (JsonNode h : list) {
        if (!h.isTextual() || !h.asText().strip().matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
          throw new IllegalArgumentException("\"allow_hosts\": " + h + " is not a host name (host or host:port)");
        }
        hosts.add(h.asText().strip().toLowerCase(Locale.ROOT));
      }
    }
    StorySettings stories = root.has("stories") ? stories(root.get("stories")) : StorySettings.DEFAULTS;
    return new ServerConfig(token, maxBody, feeds, hosts, stories);
  }

  private static StorySettings stories(JsonNode n) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("\"stories\" must be an object");
    }
    unknown(n, STORY_FIELDS, "stories.");
    StorySettings d = StorySettings.DEFAULTS;
    int minOutlets = (int) whole(n, "min_outlets", d.minOutlets(), 1, 1000);
    double window = d.windowDays();
    if (n.has("window_days")) {
      JsonNode w = n.get("window_days");
      if (!w.isNumber() || w.asDouble() <= 0 || w.asDouble() > 3650) {
        throw new IllegalArgumentException("stories.window_days must be a number of days above 0, at most 3650");
      }
      window = w.asDouble();
    }
    Duration quiet = Duration.ofMillis(whole(n, "quiet_ms", d.quiet().toMillis(), 0, 3_600_000));
    Duration maxDelay = Duration.ofMillis(whole(n, "max_delay_ms", d.maxDelay().toMillis(), 0, 86_400_000));
    if (maxDelay.compareTo(quiet) < 0) {
      throw new IllegalArgumentException("stories.max_delay_ms must be at least stories.quiet_ms");
    }
    int threads = (int) whole(n, "summary_threads", d.summaryThreads(), 1, 64);
    return new StorySettings(minOutlets, window, quiet, maxDelay, threads);
  }

  private static long whole(JsonNode n, String field, long fallback, long min, long max) {
    if (!n.has(field)) {
      return fallback;
    }
    JsonNode v = n.get(field);
    if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
      throw new IllegalArgumentException("stories." + field + " must be a whole number from " + min + " to " + max);
    }
    return v.asLong();
  }

  private static FeedSpec feed(JsonNode n, String where) {
    if (n.isTextual()) {
      return new FeedSpec(url(n.asText(), where), false, DEFAULT_INTERVAL);
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + " must be an address or an object with \"url\"");
    }
    unknown(n, FEED_FIELDS, where + ".");
    if (!n.hasNonNull("url")) {
      throw new IllegalArgumentException(where + " has no \"url\"");
    }
    Duration interval = DEFAULT_INTERVAL;
    if (n.has("interval_minutes")) {
      JsonNode m = n.get("interval_minutes");
      if (!m.isIntegralNumber() || m.asLong() < 1 || m.asLong() > 24 * 60) {
        throw new IllegalArgumentException(where + ".interval_minutes must be a whole number from 1 to 1440 (a day)");
      }
      interval = Duration.ofMinutes(m.asLong());
    }
    boolean pages = false;
    if (n.has("fetch_pages")) {
      if (!n.get("fetch_pages").isBoolean()) {
        throw new IllegalArgumentException(where + ".fetch_pages must be true or false");
      }
      pages = n.get("fetch_pages").asBoolean();
    }
    return new FeedSpec(url(n.get("url").asText(), where), pages, interval);
  }

  private static URI url(String s, String where) {
    try {
      URI u = new URI(s.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new IllegalArgumentException(where + ": '" + s + "' is not an http or https address");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(where + ": '" + s + "' is not an address (" + e.getReason() + ")");
    }
  }

  private static void unknown(JsonNode n, Set<String> known, String prefix) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new IllegalArgumentException("unknown setting \"" + prefix + f + "\" (known: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }
}
