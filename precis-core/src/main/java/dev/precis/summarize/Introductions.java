package dev.precis.summarize;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Sentence;
import dev.precis.text.NameMentions;
import dev.precis.text.NameMentions.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people an English story names and which of its sentences introduce them. A journalist introduces a person
 * with the full name ("Prime Minister Tony Blair", {@link NameMentions}) and afterwards writes the surname alone
 * ("Blair said"). A summary sentence that names someone by the surname alone <em>dangles</em> when no sentence
 * printed before it introduces that person: the reader meets "Blair" with nobody introduced. A capitalised word
 * counts as a surname alone when some sentence of the story gives it as the surname of a full name and the story
 * never writes it in lower case ("Ben Gurion International airport" names nobody "International"); the sentence's
 * own full mentions introduce it too. Once a word is known as a surname, a name the word lists cannot tell as one
 * introduces it as well ("Bulent Ecevit", not "Mr. Ecevit"). People are told apart by surname only.
 *
 * <p>Mended as an editor would ({@link #introduce}): by printing the copy of the statement that gives the full
 * name, or, as {@link Antecedents} mends a sentence that points back, by printing a sentence of the story that
 * introduces the person too when there is room and it can stand; otherwise the caller selects again without the
 * dangling sentence. Everything is worked out once per story, in time linear in its length;
 * a summary is then checked in time quadratic in its (small) number of sentences. Stories in other languages
 * name nobody here.
 */
public final class Introductions {
  private static final int[] NONE = {};

  /** Per sentence, the people (ids) its printed form introduces with a full name. */
  private final int[][] introduces;
  /** Per sentence, the people its printed form names by the surname alone without introducing them itself. */
  private final int[][] needs;
  /** Per person, the sentences whose printed form introduces them, earliest relative position first. */
  private final List<List<Integer>> introducers;
  /** The people's ids by surname (lower case). */
  private final Map<String, Integer> people;
  /** The people the reader knows before the summary begins ({@link #knowing}). */
  private final Set<Integer> known;

  private Introductions(int[][] introduces, int[][] needs, List<List<Integer>> introducers,
      Map<String, Integer> people, Set<Integer> known) {
    this.introduces = introduces;
    this.needs = needs;
    this.introducers = introducers;
    this.people = people;
    this.known = known;
  }

  /** The people {@code story} names and where it introduces them. */
  public static Introductions of(AnalyzedStory story) {
    int n = story.size();
    int[][] introduces = new int[n][];
    int[][] needs = new int[n][];
    Arrays.fill(introduces, NONE);
    Arrays.fill(needs, NONE);
    List<List<Integer>> introducers = new ArrayList<>();
    if (!story.story().language().equals("en")) {
      return new Introductions(introduces, needs, introducers, Map.of(), Set.of());
    }
    Map<String, Integer> people = new LinkedHashMap<>();
    List<List<Mention>> source = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      List<Mention> mentions = NameMentions.in(story.sentence(s).text());
      source.add(mentions);
      for (Mention m : mentions) {
        if (m.full()) {
          people.putIfAbsent(m.key(), people.size());
        }
      }
    }
    if (!people.isEmpty()) {
      Set<String> lowerCase = new HashSet<>();
      for (int s = 0; s < n; s++) {
        NameMentions.lowerCaseWords(story.sentence(s).text(), lowerCase);
      }
      people.keySet().removeAll(lowerCase);
    }
    if (people.isEmpty()) {
      return new Introductions(introduces, needs, introducers, Map.of(), Set.of());
    }
    int id = 0;
    for (Map.Entry<String, Integer> person : people.entrySet()) {
      person.setValue(id++);
    }
    for (int p = 0; p < people.size(); p++) {
      introducers.add(new ArrayList<>());
    }
    for (int s = 0; s < n; s++) {
      String printed = story.printed(s);
      List<Mention> mentions = printed.equals(story.sentence(s).text()) ? source.get(s) : NameMentions.in(printed);
      Set<Integer> full = new LinkedHashSet<>();
      Set<Integer> bare = new LinkedHashSet<>();
      for (Mention m : mentions) {
        Integer person = people.get(m.key());
        if (person == null) {
          continue;
        }
        if (m.introduces()) {
          full.add(person);
        } else {
          bare.add(person);
        }
      }
      bare.removeAll(full);
      introduces[s] = full.stream().mapToInt(Integer::intValue).toArray();
      needs[s] = bare.stream().mapToInt(Integer::intValue).toArray();
      for (int person : introduces[s]) {
        introducers.get(person).add(s);
      }
    }
    Comparator<Integer> earliest = Comparator.<Integer>comparingDouble(story::relativePosition)
        .thenComparingInt(Integer::intValue);
    introducers.forEach(list -> list.sort(earliest));
    return new Introductions(introduces, needs, introducers, people, Set.of());
  }

  /**
   * These introductions for a reader who has already read {@code seen} (an update summary's reader, who read the
   * story's summary before): the people those sentences introduce with a full name need no introduction again.
   */
  public Introductions knowing(List<String> seen) {
    Set<Integer> read = new HashSet<>(known);
    for (String sentence : seen) {
      for (Mention m : NameMentions.in(sentence)) {
        Integer person = people.get(m.key());
        if (person != null && m.introduces()) {
          read.add(person);
        }
      }
    }
    return new Introductions(introduces, needs, introducers, people, Set.copyOf(read));
  }

  /**
   * Whether sentence {@code i} of a summary, whose sentences in reading order are {@code printed} (sentence
   * indices of the story), names someone by the surname alone whom no sentence printed before it introduces.
   */
  public boolean dangles(List<Integer> printed, int i) {
    for (int person : needs[printed.get(i)]) {
      if (!introducedBefore(printed, i, person)) {
        return true;
      }
    }
    return false;
  }

  private boolean introducedBefore(List<Integer> printed, int i, int person) {
    if (known.contains(person)) {
      return true;
    }
    for (int j = 0; j < i; j++) {
      for (int p : introduces[printed.get(j)]) {
        if (p == person) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The sentences of a summary in reading order that dangle, with the copies of their statements (members of their
   * redundancy groups) that do not introduce the people they leave unintroduced: selected again without them, the
   * summary prints such a statement with the person introduced or not at all, rather than a copy in which one
   * outlet credits someone else (a misattributed quote: "..., Mayor Ilse Varga said" for "..., Dunmore said").
   */
  public Set<Integer> dangling(AnalyzedStory story, List<Selection.Item> ordered) {
    List<Integer> printed = ordered.stream().map(Selection.Item::sentence).toList();
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < printed.size(); i++) {
      int s = printed.get(i);
      List<Integer> unintroduced = new ArrayList<>();
      for (int person : needs[s]) {
        if (!introducedBefore(printed, i, person)) {
          unintroduced.add(person);
        }
      }
      if (unintroduced.isEmpty()) {
        continue;
      }
      out.add(s);
      for (int m : story.groupMembers(s)) {
        if (!introducesAll(m, unintroduced)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private boolean introducesAll(int s, List<Integer> people) {
    for (int person : people) {
      boolean found = false;
      for (int p : introduces[s]) {
        found |= p == person;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * The chosen sentences mended so that they introduce the people they name by the surname alone. A chosen sentence
   * that names someone no chosen sentence introduces is first replaced by a copy of its statement (a member of its
   * redundancy group, as "..., said Chief Fire Officer Marek Dunmore" is of "..., Dunmore said") that introduces them
   * and leaves nobody unintroduced, can stand (a candidate that does not depend on what came before) and keeps the
   * budget. Failing that, a sentence that introduces the person is added: the first, by relative position, of the
   * person's own article before it, else of the story, that can stand in the summary (a candidate that does not depend
   * on what came before, names nobody it leaves unintroduced, of a redundancy group not yet printed) and fits the
   * budget. Added sentences get score 0 and follow the sentences given; reading order is decided later.
   */
  public List<Selection.Item> introduce(AnalyzedStory story, Budget budget, List<Selection.Item> items) {
    Selection selection = new Selection(story, budget);
    Set<Integer> introduced = new HashSet<>(known);
    int used = 0;
    for (Selection.Item item : items) {
      addAll(introduced, introduces[item.sentence()]);
      used += selection.cost(item.sentence());
    }
    List<Selection.Item> chosen = new ArrayList<>(items.size());
    for (Selection.Item item : items) {
      int s = item.sentence();
      int copy = standsWith(introduced, s) ? -1 : copyThatIntroduces(story, selection, introduced, s,
          budget.capacity() - used);
      if (copy >= 0) {
        used += selection.cost(copy) - selection.cost(s);
        addAll(introduced, introduces[copy]);
        item = new Selection.Item(copy, item.score());
      }
      chosen.add(item);
    }
    introduced.clear();
    introduced.addAll(known);
    for (Selection.Item item : chosen) {
      selection.add(item.sentence(), item.score());
      addAll(introduced, introduces[item.sentence()]);
    }
    List<Selection.Item> out = new ArrayList<>(chosen);
    for (Selection.Item item : chosen) {
      Sentence own = story.sentence(item.sentence());
      for (int person : needs[item.sentence()]) {
        if (introduced.contains(person)) {
          continue;
        }
        int by = introducer(story, selection, introduced, person, own, true);
        if (by < 0) {
          by = introducer(story, selection, introduced, person, own, false);
        }
        if (by >= 0) {
          out.add(new Selection.Item(by, 0));
          addAll(introduced, introduces[by]);
        }
      }
    }
    return out;
  }

  /**
   * The first other member of sentence s's redundancy group that introduces the people s names but leaves
   * unintroduced, names nobody else unintroduced, can stand and costs at most {@code room} more than s, or -1.
   */
  private int copyThatIntroduces(AnalyzedStory story, Selection selection, Set<Integer> introduced, int s,
      int room) {
    List<Integer> unintroduced = new ArrayList<>();
    for (int person : needs[s]) {
      if (!introduced.contains(person)) {
        unintroduced.add(person);
      }
    }
    for (int m : story.groupMembers(s)) {
      if (m != s && story.isCandidate(m) && introducesAll(m, unintroduced) && standsWith(introduced, m)
          && !Antecedents.dependsOnWhatCameBefore(story, m) && selection.cost(m) - selection.cost(s) <= room) {
        return m;
      }
    }
    return -1;
  }

  /** The first introducer of {@code person} that can stand and is added to {@code selection}, or -1. */
  private int introducer(AnalyzedStory story, Selection selection, Set<Integer> introduced, int person,
      Sentence own, boolean sameArticle) {
    for (int s : introducers.get(person)) {
      Sentence sentence = story.sentence(s);
      if (sameArticle && (sentence.document() != own.document() || sentence.position() >= own.position())) {
        continue;
      }
      if (selection.canAdd(s) && !Antecedents.dependsOnWhatCameBefore(story, s)
          && standsWith(introduced, s) && selection.add(s, 0)) {
        return s;
      }
    }
    return -1;
  }

  /** Whether everyone sentence s names by the surname alone is introduced, by the summary or by s itself. */
  private boolean standsWith(Set<Integer> introduced, int s) {
    for (int person : needs[s]) {
      if (!introduced.contains(person)) {
        return false;
      }
    }
    return true;
  }

  private static void addAll(Set<Integer> into, int[] people) {
    for (int p : people) {
      into.add(p);
    }
  }
}
