package dev.precis.cluster;

import dev.precis.model.Document;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A generated news stream for tests and benchmarks of clusterers: made-up words, articles about stories that
 * each live about two days, {@code perDay} dated articles a day, any length, in constant memory. The same seed
 * gives the same stream. Each article's id is {@code aN}; its row carries its gold story apart from the article, as
 * {@link ArticleRows} does.
 *
 * <p>A story is a set of {@value #STORY_WORDS} words drawn from a vocabulary of {@value #VOCABULARY} made-up
 * words; an article about it has a five-word title from that set and a text mixing story words with common
 * words, so that stories are told apart by their own words as in real news.
 */
public final class SyntheticStream implements Iterator<ArticleRows.Row> {
  private static final int VOCABULARY = 60_000;
  private static final int COMMON = 300;
  private static final int STORY_WORDS = 12;
  private static final int TEXT_WORDS = 80;
  private static final double NEW_STORY = 0.3;

  private final long articles;
  private final int perDay;
  private final SplittableRandom random;
  private final Deque<long[]> recent = new ArrayDeque<>();
  private final LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
  private long made;
  private long stories;

  /**
   * @param articles length of the stream
   * @param perDay articles per day (their dates advance evenly)
   * @param seed the random seed
   */
  public SyntheticStream(long articles, int perDay, long seed) {
    this.articles = articles;
    this.perDay = perDay;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public boolean hasNext() {
    return made < articles;
  }

  @Override
  public ArticleRows.Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    LocalDateTime date = start.plusSeconds(made * 86_400 / perDay);
    long[] story;
    // Stories live two days: those older are forgotten, so the generator's memory is bounded too.
    while (!recent.isEmpty() && recent.peekFirst()[0] < made - 2L * perDay) {
      recent.removeFirst();
    }
    if (recent.isEmpty() || random.nextDouble() < NEW_STORY) {
      story = new long[STORY_WORDS + 2];
      story[0] = made;
      story[1] = ++stories;
      for (int i = 2; i < story.length; i++) {
        story[i] = COMMON + random.nextInt(VOCABULARY - COMMON);
      }
      recent.addLast(story);
    } else {
      int pick = random.nextInt(recent.size());
      Iterator<long[]> it = recent.iterator();
      story = it.next();
      for (int i = 0; i < pick; i++) {
        story = it.next();
      }
    }
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      title.append(i == 0 ? "" : " ").append(word(story[2 + random.nextInt(STORY_WORDS)]));
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < TEXT_WORDS; i++) {
      long w = random.nextDouble() < 0.4 ? story[2 + random.nextInt(STORY_WORDS)] : random.nextInt(COMMON);
      text.append(i == 0 ? "" : i % 12 == 0 ? ". " : " ").append(word(w));
    }
    text.append('.');
    String id = "a" + made++;
    return new ArticleRows.Row(new Document(id, title.toString(), "synthetic", null, date, text.toString()), "en",
        "g" + story[1]);
  }

  /** A made-up word for a number: letters only, so every analyzer keeps it as one token. */
  static String word(long n) {
    StringBuilder b = new StringBuilder("q");
    long v = n;
    do {
      b.append((char) ('a' + v % 26));
      v /= 26;
    } while (v > 0);
    return b.toString();
  }
}
