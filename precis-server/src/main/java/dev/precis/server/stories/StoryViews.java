package dev.precis.server.stories;

import dev.precis.compare.StoryReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the web pages and the JSON API read about stories. The store-backed implementation is kept current by the
 * story updater; pages and API handlers only read through this interface and hold no pipeline logic.
 */
public interface StoryViews {
  /**
   * One story as listed on the front page and in {@code /api/stories}.
   *
   * @param headline the sentence most outlets lead with, or the most carried title
   * @param outlets the distinct outlets of its articles, most articles first
   */
  record Listing(long id, int version, String headline, Instant created, Instant updated, int articleCount,
      List<String> outlets, List<Long> articleIds) {
    public Listing {
      Objects.requireNonNull(headline, "headline");
      outlets = List.copyOf(outlets);
      articleIds = List.copyOf(articleIds);
    }
  }

  /**
   * Which stories to list: all filters optional (null), combined with AND.
   *
   * @param query full-text search over the titles and texts of the story's articles
   * @param outlet only stories carrying an article of this outlet
   * @param from only stories updated on or after this day (UTC)
   * @param to only stories updated on or before this day (UTC)
   * @param since only stories changed after this instant
   */
  record Filter(String query, String outlet, LocalDate from, LocalDate to, Instant since, int limit, int offset) {
    public static Filter latest(int limit) {
      return new Filter(null, null, null, null, null, limit, 0);
    }
  }

  /**
   * One stored version of a story: its cited summary and cross-source report as computed then.
   *
   * @param headline the sentence most outlets lead with, or the most carried title, as the listing shows it
   * @param articleIds the store's article ids, in the order of the report's documents
   */
  record Version(long storyId, int version, Instant created, String headline, StoryReport report,
      List<Long> articleIds) {
    public Version {
      Objects.requireNonNull(headline, "headline");
      Objects.requireNonNull(report, "report");
      articleIds = List.copyOf(articleIds);
    }
  }

  /**
   * What a reader who saw version {@code since} has not seen: the newer articles' ids and an update summary of
   * what they add (sentences the reader already saw are not repeated), cited like every summary.
   */
  record Update(long storyId, int since, int version, List<Long> newArticleIds, StoryReport update) {
    public Update {
      newArticleIds = List.copyOf(newArticleIds);
    }
  }

  /** Stories that are shown (articles from at least the configured number of outlets), newest update first. */
  List<Listing> stories(Filter filter);

  /** The latest version of a shown story. */
  Optional<Version> latest(long storyId);

  /** A given version of a story, if it exists. */
  Optional<Version> version(long storyId, int version);

  /** What changed since version {@code since}; empty if the story is unknown or has no newer version. */
  Optional<Update> updateSince(long storyId, int since);

  /** Every outlet with an article in a shown story, alphabetically (for the outlet filter). */
  List<String> outlets();

  /** The story an article was put in, if it has been clustered yet. */
  Optional<Long> storyOf(long articleId);
}
