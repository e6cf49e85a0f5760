package dev.precis.server.web;

import dev.precis.Precis;
import dev.precis.compare.StoryReport;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.server.stories.StoryEvents;
import dev.precis.server.stories.StoryUpdater;
import dev.precis.server.stories.StoryViews;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Stories in memory for the page tests, each version a real report of the library ({@code Precis.report}) over
 * articles written for these tests; {@link #add} stores a new version and tells the listeners, as the story updater
 * does.
 */
final class FakeStories implements StoryViews, StoryEvents {
  private static final Precis PRECIS = Precis.builder().build();

  private record Entry(long id, Instant created, List<Version> versions, List<Document> docs, List<Long> ids) {}

  private final Map<Long, Entry> stories = new LinkedHashMap<>();
  private final List<Consumer<Changed>> listeners = new CopyOnWriteArrayList<>();
  private long nextArticle = 100;

  /** A story of these articles (version 1), updated at {@code at}. */
  synchronized long create(Instant at, List<Document> docs) {
    long id = stories.size() + 1;
    Entry e = new Entry(id, at, new ArrayList<>(), new ArrayList<>(docs), new ArrayList<>());
    docs.forEach(d -> e.ids().add(nextArticle++));
    stories.put(id, e);
    e.versions().add(version(e, at));
    return id;
  }

  /** Adds an article to a story: a new version, and an event. Returns the article's id. */
  long add(long storyId, Document doc, Instant at) {
    Changed c;
    long articleId;
    synchronized (this) {
      Entry e = stories.get(storyId);
      articleId = nextArticle++;
      e.docs().add(doc);
      e.ids().add(articleId);
      e.versions().add(version(e, at));
      c = new Changed(storyId, e.versions().size());
    }
    listeners.forEach(l -> l.accept(c));
    return articleId;
  }

  private static Version version(Entry e, Instant at) {
    StoryReport report = PRECIS.report(Story.of("story-" + e.id(), e.docs()));
    return new Version(e.id(), e.versions().size() + 1, at, StoryUpdater.headline(report, e.id()), report, e.ids());
  }

  @Override
  public synchronized List<Listing> stories(Filter f) {
    List<Listing> out = new ArrayList<>();
    for (Entry e : stories.values()) {
      Version v = e.versions().get(e.versions().size() - 1);
      List<Document> docs = v.report().story().documents();
      LinkedHashSet<String> outlets = new LinkedHashSet<>();
      docs.forEach(d -> outlets.add(d.outlet()));
      boolean match = (f.query() == null || docs.stream().anyMatch(d -> (d.title() + " " + d.text())
          .toLowerCase(Locale.ROOT).contains(f.query().toLowerCase(Locale.ROOT))))
          && (f.outlet() == null || outlets.contains(f.outlet()))
          && (f.from() == null || !v.created().atZone(ZoneOffset.UTC).toLocalDate().isBefore(f.from()))
          && (f.to() == null || !v.created().atZone(ZoneOffset.UTC).toLocalDate().isAfter(f.to()));
      if (match) {
        out.add(new Listing(e.id(), v.version(), v.headline(), e.created(), v.created(), docs.size(),
            new ArrayList<>(outlets), v.articleIds()));
      }
    }
    out.sort(Comparator.comparing(Listing::updated).reversed());
    return out.stream().skip(f.offset()).limit(f.limit()).toList();
  }

  @Override
  public synchronized Optional<Version> latest(long storyId) {
    Entry e = stories.get(storyId);
    return e == null ? Optional.empty() : Optional.of(e.versions().get(e.versions().size() - 1));
  }

  @Override
  public synchronized Optional<Version> version(long storyId, int version) {
    Entry e = stories.get(storyId);
    return e == null || version < 1 || version > e.versions().size() ? Optional.empty()
        : Optional.of(e.versions().get(version - 1));
  }

  /** The new articles, and a report of them alone as the update summary. */
  @Override
  public synchronized Optional<Update> updateSince(long storyId, int since) {
    Entry e = stories.get(storyId);
    if (e == null || since < 1 || since >= e.versions().size()) {
      return Optional.empty();
    }
    List<Long> before = e.versions().get(since - 1).articleIds();
    List<Long> added = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < e.ids().size(); i++) {
      if (!before.contains(e.ids().get(i))) {
        added.add(e.ids().get(i));
        docs.add(e.docs().get(i));
      }
    }
    return Optional.of(new Update(storyId, since, e.versions().size(), added,
        PRECIS.report(Story.of("story-" + storyId + "-update", docs))));
  }

  @Override
  public synchronized List<String> outlets() {
    return stories.values().stream().flatMap(e -> e.docs().stream()).map(Document::outlet).distinct().sorted()
        .toList();
  }

  @Override
  public synchronized Optional<Long> storyOf(long articleId) {
    return stories.values().stream().filter(e -> e.ids().contains(articleId)).map(Entry::id).findFirst();
  }

  @Override
  public AutoCloseable subscribe(Consumer<Changed> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  static Document doc(String id, String title, String outlet, String url, String date, String text) {
    return new Document(id, title, outlet, url, date == null ? null : LocalDateTime.parse(date), text);
  }

  /** Two invented stories of three outlets each. */
  static FakeStories sample() {
    FakeStories s = new FakeStories();
    s.create(Instant.parse("2026-05-04T09:30:00Z"), List.of(
        doc("ferry-1", "Night ferry loses power off Carrow Head", "Estuary Post",
            "https://estuarypost.example/2026/05/ferry-power", "2026-05-04T07:10",
            "The night ferry from Porth Lenna lost power two miles off Carrow Head early on Monday, leaving 180"
                + " passengers adrift for three hours. Tugs from Carrow harbour towed the vessel to port shortly"
                + " after dawn. Nobody was hurt, the operator said. The ship's engineers had reported a fault in"
                + " the main switchboard the week before."),
        doc("ferry-2", "Ferry with 180 aboard adrift for three hours", "Coastal Courier",
            "https://coastalcourier.example/news/ferry-adrift", "2026-05-04T08:05",
            "A ferry carrying 180 passengers drifted for three hours after losing power off Carrow Head on Monday."
                + " Tugs from Carrow harbour towed the vessel to port shortly after dawn. Passengers said the"
                + " lights went out soon after midnight and the crew handed out blankets. The maritime safety"
                + " board said it would investigate."),
        doc("ferry-3", "Safety board to examine ferry power failure", "Harbour Daily", "javascript:alert(1)",
            "2026-05-04T09:20",
            "The maritime safety board will examine why the night ferry from Porth Lenna lost power off Carrow"
                + " Head. The night ferry from Porth Lenna lost power two miles off Carrow Head early on Monday,"
                + " leaving 180 passengers adrift for three hours. The operator said the vessel would stay in"
                + " port until the switchboard is replaced.")));
    s.create(Instant.parse("2026-05-03T16:00:00Z"), List.of(
        doc("orchard-1", "Frost wipes out half of Velden's apple blossom", "Valley Times",
            "https://valleytimes.example/frost", "2026-05-03T11:00",
            "A late frost destroyed about half of the apple blossom in the Velden valley on Saturday night."
                + " Growers lit fires between the rows to keep the trees warm. The growers' association said the"
                + " harvest would be the smallest in twenty years."),
        doc("orchard-2", "Velden growers count frost damage", "Farm Wire", "https://farmwire.example/velden",
            "2026-05-03T14:30",
            "A late frost destroyed about half of the apple blossom in the Velden valley on Saturday night."
                + " Temperatures fell to minus four degrees before dawn. The growers' association said the harvest"
                + " would be the smallest in twenty years.")));
    return s;
  }
}
