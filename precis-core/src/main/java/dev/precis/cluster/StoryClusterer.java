package dev.precis.cluster;

import dev.precis.model.Document;

/**
 * Puts each article of a news stream into a story, online: {@link #assign} decides at once, from the articles seen
 * so far, and the decision is never revised. Only the state of open stories is kept; a story older than the
 * window ({@link ClusterOptions}) is closed and its state dropped, so memory is bounded by the window, not by the
 * length of the stream. The same articles in the same order always give the same stories.
 *
 * <p>An article whose id was seen before, in a story still open, is a new version of that article: it stays in
 * that story and replaces the earlier text there. Articles are expected in date order; one that comes late is
 * compared with the stories still open (its own date decides any time decay) and does not move the clock back.
 * Implementations are not thread-safe: one stream, one clusterer; only {@link #prepare} may run on other threads
 * ({@link ClusterPipeline} does so).
 */
public interface StoryClusterer {
  /** The name the algorithm is registered under ({@link StoryClusterers}). */
  String name();

  /** The options in effect. */
  ClusterOptions options();

  /** The story of {@code article}; an article with blank text opens a story of its own. */
  default Assignment assign(Document article) {
    return assign(prepare(article));
  }

  /**
   * The work on an article that needs nothing from the articles before it (its analysis). Thread-safe: it may run
   * on any thread, for articles in any order, while {@link #assign} runs; the result depends only on the article.
   */
  Prepared prepare(Document article);

  /**
   * The story of an article that {@link #prepare} of this clusterer prepared; these calls must come in stream
   * order, on one thread at a time.
   */
  Assignment assign(Prepared article);

  /** Stories open now. */
  int openStories();

  /** Articles held by the open stories now. */
  int openArticles();

  /**
   * Whether the story with this id is open now: false once the window closed it (no article can join it again)
   * and for ids this clusterer never gave. Callers that keep something per story can drop it once this is false.
   */
  boolean isOpen(String story);

  /**
   * Closes every open story and starts over: what this clusterer gives after a reset is what a new clusterer with
   * the same options would give, story ids from {@code s1} included. For callers that cluster many independent
   * streams one after another (the Spark job's blocks), cheaper than a new clusterer, which allocates tables over
   * the whole hashed term space.
   */
  void reset();

  /**
   * Where an article went.
   *
   * @param article the article's id
   * @param story the story's id ({@code s1}, {@code s2}, ... in the order stories were opened)
   * @param score similarity to the story it joined (1 for a wire copy or a new version), 0 when it opened one
   * @param opened whether the article opened the story
   */
  record Assignment(String article, String story, double score, boolean opened) {}

  /** An article with the work of {@link #prepare} done. */
  interface Prepared {
    Document article();
  }

}
