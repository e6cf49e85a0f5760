package dev.precis.cluster;

import dev.precis.model.Document;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * Single-pass clustering against story centroids, found through an inverted index.
 *
 * <p>An article is a TF-IDF vector of its title and lead ({@link ArticleVectors}); a story is the sum of its
 * articles' vectors, cut to its {@value #CENTROID_TERMS} heaviest terms. The article's
 * {@value #QUERY_TERMS} heaviest terms look up the open stories that hold them in an inverted index; the
 * best-scoring candidates get their exact similarity (option {@code similarity}), times
 * {@code exp(-days / decay)} when both are dated and decay is on. The article joins the most similar story at or
 * above the threshold (option {@code datedThreshold} for a dated article, {@code threshold} for one without a date),
 * or opens a story.
 *
 * <p>Wire copies: when {@code copy} is on, an article whose MinHash signature (word 4-shingles) agrees with an open
 * article's on at least that share of its positions joins that article's story at once, and counts once: it is
 * not added to the document frequencies nor to the story's vector. Candidate copies come from banded LSH buckets.
 */
final class OnlineClusterer implements StoryClusterer {
  static final int CENTROID_TERMS = 256;
  static final int QUERY_TERMS = 8;
  private static final int CANDIDATES = 10;
  /**
   * A term once held by more open stories than this is no longer indexed (it still counts in the exact similarity
   * of the candidates found through other terms): it tells stories apart too poorly to be worth the time.
   */
  static final int MAX_POSTINGS = 100;
  /** The posting list of a term no longer indexed. */
  private static final List<OpenStory> SATURATED = List.of();
  private static final int BANDS = 16;
  private static final int ROWS = ArticleVectors.SIGNATURE / BANDS;

  private final String name;
  private final ClusterOptions options;
  private final ArticleVectors vectors;
  private final Duration window;
  /**
   * The open stories that index each term id, null when none: a fixed table, as the term space is hashed. It and
   * {@link #query} are the clusterer's largest state (8 MB each), allocated once: {@link #reset} clears only the
   * entries in use.
   */
  @SuppressWarnings("unchecked")
  private final List<OpenStory>[] postings = new List[1 << ArticleVectors.BITS];
  /** The term ids whose postings are {@link #SATURATED}: the only entries left set once every story is closed. */
  private int[] saturated = new int[16];
  private int saturatedCount;
  /** The article being compared, as a dense vector over the term space (zero elsewhere): see {@link #load}. */
  private final float[] query = new float[1 << ArticleVectors.BITS];
  private final Map<Long, List<Member>> buckets = new HashMap<>();
  /** The sentence-embedding side, null when option embedding is 0. */
  private final ArticleEmbeddings embeddings;
  private final Map<String, Member> openArticles = new HashMap<>();
  private final Map<String, OpenStory> openStories = new HashMap<>();
  private final ArrayDeque<Expiry> byArrival = new ArrayDeque<>();
  private final PriorityQueue<Expiry> byDate = new PriorityQueue<>(
      Comparator.comparing(Expiry::date).thenComparingLong(e -> e.story.number));
  private LocalDateTime clock;
  private long arrivals;
  private long stories;
  private long search;

  /**
   * @param frequencies fixed document frequencies, or null to learn them online from the stream
   * @param embedder the sentence embedder, used when option embedding is above 0
   */
  OnlineClusterer(String name, ClusterOptions options, DocumentFrequencies frequencies,
      Supplier<ArticleEmbeddings.Embedder> embedder) {
    this.name = name;
    this.options = options;
    this.vectors = new ArticleVectors(options, frequencies);
    this.embeddings = options.embedding() > 0 ? new ArticleEmbeddings(embedder.get(), options.embeddingLead()) : null;
    this.window = Duration.ofSeconds(Math.round(options.window() * 86_400));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ClusterOptions options() {
    return options;
  }

  @Override
  public int openStories() {
    return openStories.size();
  }

  @Override
  public int openArticles() {
    return openArticles.size();
  }

  @Override
  public boolean isOpen(String story) {
    return openStories.containsKey(story);
  }

  /**
   * Closes every open story and forgets the stream, learned document frequencies included; the work is in
   * proportion to the open state (and, when frequencies are learned, the 8 MB table of counts), not to the
   * term space.
   */
  @Override
  public void reset() {
    for (OpenStory s : List.copyOf(openStories.values())) {
      close(s);
    }
    for (int i = 0; i < saturatedCount; i++) {
      postings[saturated[i]] = null;
    }
    saturatedCount = 0;
    buckets.clear();
    openArticles.clear();
    byArrival.clear();
    byDate.clear();
    clock = null;
    arrivals = 0;
    stories = 0;
    search = 0;
    vectors.reset();
  }

  /** An article analyzed by {@link #vectors}. */
  private record Analyzed(Document article, ArticleVectors.Terms terms, float[] embedding, ArticleVectors by)
      implements Prepared {}

  @Override
  public Prepared prepare(Document article) {
    return new Analyzed(article, vectors.analyze(article), embeddings == null ? null : embeddings.embed(article),
        vectors);
  }

  @Override
  public Assignment assign(Prepared prepared) {
    if (!(prepared instanceof Analyzed a) || a.by != vectors) {
      throw new IllegalArgumentException("article " + prepared.article().id() + " was prepared by another clusterer");
    }
    Document article = a.article;
    ArticleVectors.Terms terms = a.terms;
    arrivals++;
    LocalDateTime date = article.date();
    if (date != null && (clock == null || date.isAfter(clock))) {
      clock = date;
    }
    closeExpired();

    Member earlier = openArticles.get(article.id());
    if (earlier != null) {
      return revise(earlier, article, terms, a.embedding);
    }
    Member copied = options.copy() > 0 ? copyOf(terms.signature()) : null;
    if (copied != null) {
      Member m = new Member(article.id(), copied.story, null, null, terms.signature(), null);
      join(m, date);
      return new Assignment(article.id(), copied.story.id, agreement(copied.signature, terms.signature()), false);
    }
    vectors.count(terms);
    float[] weights = vectors.weigh(terms);
    OpenStory best = null;
    double bestScore = 0;
    load(terms.ids(), weights);
    for (OpenStory s : candidates(terms.ids(), weights)) {
      double score = similarity(s, a.embedding) * decay(date, s.newest);
      if (score > bestScore || (score == bestScore && best != null && s.number < best.number)) {
        best = s;
        bestScore = score;
      }
    }
    unload(terms.ids());
    boolean opened = best == null || bestScore < options.threshold(date != null);
    if (opened) {
      best = new OpenStory(++stories);
      openStories.put(best.id, best);
      bestScore = 0;
    }
    Member m = member(article.id(), best, terms, weights, a.embedding);
    best.add(m, 1);
    join(m, date);
    return new Assignment(article.id(), best.id, bestScore, opened);
  }

  /** An article that counts in its story's vectors (not a wire copy). */
  private Member member(String id, OpenStory s, ArticleVectors.Terms terms, float[] weights, float[] embedding) {
    return new Member(id, s, terms.ids(), weights, terms.signature(), embedding);
  }

  /** A new version of an open article: it replaces the earlier one in the same story. */
  private Assignment revise(Member earlier, Document article, ArticleVectors.Terms terms, float[] embedding) {
    OpenStory s = earlier.story;
    unbucket(earlier);
    s.members.remove(earlier);
    if (earlier.ids != null) {
      s.add(earlier, -1);
    }
    float[] weights = vectors.weigh(terms);
    Member m = member(article.id(), s, terms, weights, embedding);
    load(terms.ids(), weights);
    double score = s.vectors > 0 ? similarity(s, embedding) : 1;
    unload(terms.ids());
    s.add(m, 1);
    join(m, article.date());
    return new Assignment(article.id(), s.id, score, false);
  }

  /** Records a member in its story, the article table, the copy buckets and the expiry queues. */
  private void join(Member m, LocalDateTime date) {
    OpenStory s = m.story;
    s.members.add(m);
    openArticles.put(m.article, m);
    if (m.signature != null && options.copy() > 0) {
      for (long key : bandKeys(m.signature)) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(m);
      }
    }
    s.lastArrival = arrivals;
    byArrival.addLast(new Expiry(s, null, arrivals));
    if (date != null && (s.newest == null || date.isAfter(s.newest))) {
      s.newest = date;
      byDate.add(new Expiry(s, date, 0));
    }
  }

  /**
   * The open stories that share one of the article's heaviest terms; when there are many, those that share the
   * most of the article's weight.
   */
  private List<OpenStory> candidates(int[] ids, float[] weights) {
    int[] order = ArticleVectors.heaviestFirst(weights);
    search++;
    List<OpenStory> found = new ArrayList<>();
    for (int q = 0, used = 0; q < order.length && used < QUERY_TERMS; q++) {
      int i = order[q];
      List<OpenStory> list = postings[ids[i]];
      if (list == null || list == SATURATED) {
        continue;
      }
      used++;
      for (OpenStory s : list) {
        if (s.search != search) {
          s.search = search;
          s.partial = 0;
          found.add(s);
        }
        s.partial += weights[i];
      }
    }
    if (found.size() <= CANDIDATES) {
      return found;
    }
    // The CANDIDATES best partial scores (ties: older story), best first, by insertion.
    OpenStory[] best = new OpenStory[CANDIDATES];
    int n = 0;
    for (OpenStory s : found) {
      if (n == CANDIDATES && !better(s, best[n - 1])) {
        continue;
      }
      int at = n == CANDIDATES ? n - 1 : n++;
      while (at > 0 && better(s, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = s;
    }
    return Arrays.asList(best);
  }

  private static boolean better(OpenStory a, OpenStory b) {
    return a.partial > b.partial || (a.partial == b.partial && a.number < b.number);
  }

  /**
   * The similarity of the loaded article with story {@code s}: of their TF-IDF vectors, and with option embedding
   * above 0 a weighted mean of that and the similarity of their sentence embeddings, both as option similarity
   * says.
   */
  private double similarity(OpenStory s, float[] embedding) {
    double lexical = switch (options.similarity()) {
      case AVERAGE -> s.average();
      case CENTROID -> s.cosine();
      case LINK -> (s.average() + s.nearest()) / 2;
    };
    if (embedding == null || s.embedded == 0) {
      return lexical;
    }
    double meaning = switch (options.similarity()) {
      case AVERAGE -> s.meanMeaning(embedding);
      case CENTROID -> s.centroidMeaning(embedding);
      case LINK -> (s.meanMeaning(embedding) + s.nearestMeaning(embedding)) / 2;
    };
    double share = options.embedding();
    return (1 - share) * lexical + share * meaning;
  }

  /** Makes {@code ids} and {@code w} the article that {@link #dot} compares with. */
  private void load(int[] ids, float[] w) {
    for (int i = 0; i < ids.length; i++) {
      query[ids[i]] = w[i];
    }
  }

  private void unload(int[] ids) {
    for (int id : ids) {
      query[id] = 0;
    }
  }

  /** The dot product of the loaded article with a sparse vector. */
  private double dot(int[] terms, float[] weights) {
    double dot = 0;
    for (int k = 0; k < terms.length; k++) {
      dot += (double) query[terms[k]] * weights[k];
    }
    return dot;
  }

  private double decay(LocalDateTime date, LocalDateTime newest) {
    if (options.decay() <= 0 || date == null || newest == null) {
      return 1;
    }
    double days = Math.abs(Duration.between(newest, date).toSeconds()) / 86_400.0;
    return Math.exp(-days / options.decay());
  }

  /** The open article the signature copies most closely, at or above the copy share; null when none. */
  private Member copyOf(long[] signature) {
    if (signature == null) {
      return null;
    }
    Member best = null;
    double bestShare = options.copy();
    for (long key : bandKeys(signature)) {
      List<Member> bucket = buckets.get(key);
      if (bucket == null) {
        continue;
      }
      for (Member m : bucket) {
        double share = agreement(m.signature, signature);
        if (share > bestShare || (share == bestShare && (best == null || m.story.number < best.story.number))) {
          best = m;
          bestShare = share;
        }
      }
    }
    return best;
  }

  private static double agreement(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  private static long[] bandKeys(long[] signature) {
    return ArticleVectors.bandKeys(signature, BANDS, ROWS);
  }

  private void unbucket(Member m) {
    if (m.signature == null || options.copy() <= 0) {
      return;
    }
    for (long key : bandKeys(m.signature)) {
      List<Member> bucket = buckets.get(key);
      if (bucket != null) {
        bucket.remove(m);
        if (bucket.isEmpty()) {
          buckets.remove(key);
        }
      }
    }
  }

  private void closeExpired() {
    while (!byArrival.isEmpty() && arrivals - byArrival.peekFirst().arrival > options.horizon()) {
      Expiry e = byArrival.removeFirst();
      if (e.story.open && e.story.lastArrival == e.arrival) {
        close(e.story);
      }
    }
    if (clock != null) {
      LocalDateTime limit = clock.minus(window);
      while (!byDate.isEmpty() && byDate.peek().date.isBefore(limit)) {
        Expiry e = byDate.poll();
        if (e.story.open && e.date.equals(e.story.newest)) {
          close(e.story);
        }
      }
    }
  }

  private void close(OpenStory s) {
    s.open = false;
    openStories.remove(s.id);
    for (int t : s.terms) {
      unpost(t, s);
    }
    for (Member m : s.members) {
      openArticles.remove(m.article, m);
      unbucket(m);
    }
    s.members.clear();
  }

  private void post(int term, OpenStory s) {
    List<OpenStory> list = postings[term];
    if (list == null) {
      list = new ArrayList<>(2);
      postings[term] = list;
    }
    if (list != SATURATED) {
      list.add(s);
      if (list.size() > MAX_POSTINGS) {
        postings[term] = SATURATED;
        if (saturatedCount == saturated.length) {
          saturated = Arrays.copyOf(saturated, 2 * saturatedCount);
        }
        saturated[saturatedCount++] = term;
      }
    }
  }

  private void unpost(int term, OpenStory s) {
    List<OpenStory> list = postings[term];
    if (list != null && list != SATURATED) {
      list.remove(s);
      if (list.isEmpty()) {
        postings[term] = null;
      }
    }
  }

  /** When a story may close: by its newest date ({@code date} set) or by its last arrival. */
  private record Expiry(OpenStory story, LocalDateTime date, long arrival) {}

  /**
   * An article of an open story; {@code ids}, {@code weights} and {@code embedding} are null for a wire copy, the
   * embedding also when option embedding is 0.
   */
  private record Member(String article, OpenStory story, int[] ids, float[] weights, long[] signature,
      float[] embedding) {}

  /** An open story: its vector (sum of its articles' vectors, heaviest terms only) and members. */
  private final class OpenStory {
    final long number;
    final String id;
    final List<Member> members = new ArrayList<>(2);
    int[] terms = new int[0];
    float[] weights = new float[0];
    double norm;
    /** Articles whose vectors the story sums. */
    int vectors;
    /** The sum of its articles' sentence embeddings (wire copies aside), null until one has one. */
    float[] meaning;
    /** Articles whose embeddings {@link #meaning} sums. */
    int embedded;
    LocalDateTime newest;
    long lastArrival;
    boolean open = true;
    long search;
    double partial;

    OpenStory(long number) {
      this.number = number;
      this.id = "s" + number;
    }

    /** The mean cosine similarity of the loaded article with the story's articles (wire copies aside). */
    double average() {
      return vectors == 0 ? 0 : dot(terms, weights) / vectors;
    }

    /** The cosine similarity of the loaded article with the story's most similar article (wire copies aside). */
    double nearest() {
      double best = 0;
      for (Member m : members) {
        if (m.ids != null) {
          best = Math.max(best, dot(m.ids, m.weights));
        }
      }
      return best;
    }

    double cosine() {
      return norm == 0 ? 0 : dot(terms, weights) / norm;
    }

    /** The mean cosine similarity of an embedding with those of the story's articles. */
    double meanMeaning(float[] e) {
      return ArticleEmbeddings.dot(e, meaning) / embedded;
    }

    /** The cosine similarity of an embedding with the sum of the story's. */
    double centroidMeaning(float[] e) {
      double norm = Math.sqrt(ArticleEmbeddings.dot(meaning, meaning));
      return norm == 0 ? 0 : ArticleEmbeddings.dot(e, meaning) / norm;
    }

    /** The cosine similarity of an embedding with the most similar of the story's. */
    double nearestMeaning(float[] e) {
      double best = -1;
      for (Member m : members) {
        if (m.embedding != null) {
          best = Math.max(best, ArticleEmbeddings.dot(e, m.embedding));
        }
      }
      return best;
    }

    /** Adds {@code sign} times a member's vectors (TF-IDF and embedding) to the story's. */
    void add(Member m, int sign) {
      if (m.embedding != null) {
        if (meaning == null) {
          meaning = new float[m.embedding.length];
        }
        ArticleEmbeddings.add(meaning, m.embedding, sign);
        embedded += sign;
      }
      add(m.ids, m.weights, sign);
    }

    /** Adds {@code sign} times a vector, keeps the heaviest terms, and updates the postings. */
    private void add(int[] ids, float[] w, int sign) {
      vectors += sign;
      int[] mergedIds = new int[terms.length + ids.length];
      float[] mergedW = new float[mergedIds.length];
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length || j < ids.length) {
        if (j == ids.length || (i < terms.length && terms[i] < ids[j])) {
          mergedIds[n] = terms[i];
          mergedW[n++] = weights[i++];
        } else if (i == terms.length || ids[j] < terms[i]) {
          mergedIds[n] = ids[j];
          mergedW[n++] = sign * w[j++];
        } else {
          mergedIds[n] = terms[i];
          mergedW[n++] = weights[i++] + sign * w[j++];
        }
      }
      int kept = 0;
      float cut = n > CENTROID_TERMS ? cutOff(mergedW, n) : 0;
      int atCut = CENTROID_TERMS - countAbove(mergedW, n, cut);
      for (int k = 0; k < n; k++) {
        float v = mergedW[k];
        boolean keep = v > 1e-6f && (v > cut || (v == cut && atCut-- > 0));
        if (keep) {
          mergedIds[kept] = mergedIds[k];
          mergedW[kept++] = v;
        }
      }
      int[] newTerms = Arrays.copyOf(mergedIds, kept);
      float[] newWeights = Arrays.copyOf(mergedW, kept);
      if (open) {
        repost(terms, newTerms);
      }
      terms = newTerms;
      weights = newWeights;
      double sq = 0;
      for (float v : weights) {
        sq += (double) v * v;
      }
      norm = Math.sqrt(sq);
    }

    private void repost(int[] before, int[] after) {
      int i = 0;
      int j = 0;
      while (i < before.length || j < after.length) {
        if (j == after.length || (i < before.length && before[i] < after[j])) {
          unpost(before[i++], this);
        } else if (i == before.length || after[j] < before[i]) {
          post(after[j++], this);
        } else {
          i++;
          j++;
        }
      }
    }
  }

  /** The {@value #CENTROID_TERMS}-th largest of the first {@code n} weights. */
  private static float cutOff(float[] w, int n) {
    float[] sorted = Arrays.copyOf(w, n);
    Arrays.sort(sorted);
    return sorted[n - CENTROID_TERMS];
  }

  private static int countAbove(float[] w, int n, float cut) {
    int c = 0;
    for (int k = 0; k < n; k++) {
      if (w[k] > cut) {
        c++;
      }
    }
    return c;
  }
}
