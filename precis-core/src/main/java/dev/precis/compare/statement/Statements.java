package dev.precis.compare.statement;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of a story (its redundancy groups) and who carries them: corroborated statements, statements
 * only one outlet carries, and how much of each outlet's statements the others carry. One pass over the sentences
 * plus, for the sharing matrix, one over the document pairs of each group (linear in the sentences when groups
 * span few documents).
 */
public final class Statements {
  /** At most this many corroborated statements. */
  static final int MAX_CORROBORATED = 30;
  /** At most this many unique statements per document. */
  static final int MAX_UNIQUE = 10;

  /** One redundancy group with a candidate member. */
  private static final class Group {
    final int id;
    int shown = -1; // the member shown
    int[] documents; // ascending, distinct
    int independent;
    boolean hasCopies;
    double earliest = Double.MAX_VALUE; // smallest relative position of a member

    Group(int id) {
      this.id = id;
    }
  }

  private final AnalyzedStory story;
  private final List<Group> groups = new ArrayList<>();

  public Statements(AnalyzedStory story) {
    this.story = story;
    int n = story.size();
    boolean[] seen = new boolean[n];
    for (int s = 0; s < n; s++) {
      int g = story.group(s);
      if (seen[g]) {
        continue;
      }
      seen[g] = true;
      int[] members = story.groupMembers(s);
      Group group = null;
      for (int m : members) {
        if (story.isCandidate(m)) {
          group = new Group(g);
          break;
        }
      }
      if (group == null) {
        continue;
      }
      int[] docs = new int[members.length];
      for (int i = 0; i < members.length; i++) {
        docs[i] = story.sentence(members[i]).document();
        group.earliest = Math.min(group.earliest, story.relativePosition(members[i]));
      }
      Arrays.sort(docs);
      int k = 0;
      for (int i = 0; i < docs.length; i++) {
        if (i == 0 || docs[i] != docs[i - 1]) {
          docs[k++] = docs[i];
        }
      }
      group.documents = Arrays.copyOf(docs, k);
      int[] leaders = new int[k];
      for (int i = 0; i < k; i++) {
        leaders[i] = story.copyOf(group.documents[i]);
      }
      Arrays.sort(leaders);
      int independent = k == 0 ? 0 : 1;
      for (int i = 1; i < k; i++) {
        if (leaders[i] != leaders[i - 1]) {
          independent++;
        }
      }
      group.independent = independent;
      group.hasCopies = independent < k;
      group.shown = shownMember(members);
      groups.add(group);
    }
  }

  /**
   * The member that shows the group: a candidate, from an original rather than a copy, as early in its document as
   * possible, then the first in story order.
   */
  private int shownMember(int[] members) {
    int best = -1;
    for (int m : members) {
      if (!story.isCandidate(m)) {
        continue;
      }
      if (best < 0 || better(m, best)) {
        best = m;
      }
    }
    return best;
  }

  private boolean better(int a, int b) {
    int da = story.sentence(a).document();
    int db = story.sentence(b).document();
    boolean oa = story.copyOf(da) == da;
    boolean ob = story.copyOf(db) == db;
    if (oa != ob) {
      return oa;
    }
    double pa = story.relativePosition(a);
    double pb = story.relativePosition(b);
    if (pa != pb) {
      return pa < pb;
    }
    return a < b;
  }

  private Statement statement(Group g) {
    Sentence s = story.sentence(g.shown);
    List<Integer> docs = new ArrayList<>(g.documents.length);
    for (int d : g.documents) {
      docs.add(d);
    }
    return new Statement(s.text(), s.index(), s.document(), s.span(), docs, g.independent, g.hasCopies);
  }

  /**
   * Statements carried by at least two independent sources, most sources first, then the ones the story says
   * earliest (smallest relative position of a member in its document), then story order; at most 30.
   */
  public List<Statement> corroboration() {
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.independent >= 2) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt((Group g) -> -g.independent).thenComparingDouble(g -> g.earliest)
        .thenComparingInt(g -> g.id));
    List<Statement> statements = new ArrayList<>();
    for (Group g : out.subList(0, Math.min(MAX_CORROBORATED, out.size()))) {
      statements.add(statement(g));
    }
    return statements;
  }

  /** A group with its informativeness in one document. */
  private record Ranked(Group group, double informativeness) {}

  /**
   * Per document, the statements no other independent source carries. A statement that only copies of one wire
   * story carry is listed once, under the first of those documents. At most 10 per document, the most informative
   * (distinct content terms, discounted by position), listed in document order.
   */
  public Map<Integer, List<Statement>> unique() {
    Map<Integer, List<Group>> byDoc = new HashMap<>();
    for (Group g : groups) {
      if (g.independent == 1) {
        byDoc.computeIfAbsent(g.documents[0], d -> new ArrayList<>()).add(g);
      }
    }
    Map<Integer, List<Statement>> out = new TreeMap<>();
    for (Map.Entry<Integer, List<Group>> e : byDoc.entrySet()) {
      int d = e.getKey();
      List<Group> list = e.getValue();
      List<Ranked> ranked = new ArrayList<>(list.size()); // informativeness computed once per group
      for (Group g : list) {
        ranked.add(new Ranked(g, informativeness(g, d)));
      }
      ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.informativeness()).thenComparingInt(r -> r.group().id));
      List<Group> kept = new ArrayList<>();
      for (Ranked r : ranked.subList(0, Math.min(MAX_UNIQUE, ranked.size()))) {
        kept.add(r.group());
      }
      kept.sort(Comparator.comparingInt(g -> firstIn(g, d)));
      List<Statement> statements = new ArrayList<>();
      for (Group g : kept) {
        statements.add(statementIn(g, d));
      }
      out.put(d, statements);
    }
    return out;
  }

  /** The group shown by its first candidate member in document d (the shown one when it is there). */
  private Statement statementIn(Group g, int d) {
    if (story.sentence(g.shown).document() != d) {
      int m = firstIn(g, d);
      if (m >= 0 && story.isCandidate(m)) {
        Group copy = new Group(g.id);
        copy.shown = m;
        copy.documents = g.documents;
        copy.independent = g.independent;
        copy.hasCopies = g.hasCopies;
        return statement(copy);
      }
    }
    return statement(g);
  }

  private int firstIn(Group g, int d) {
    for (int m : story.groupMembers(g.id)) {
      if (story.sentence(m).document() == d) {
        return m;
      }
    }
    return Integer.MAX_VALUE;
  }

  private double informativeness(Group g, int d) {
    int m = firstIn(g, d);
    if (m == Integer.MAX_VALUE) {
      m = g.shown;
    }
    int[] terms = story.contentTerms(m).clone();
    Arrays.sort(terms);
    int distinct = 0;
    for (int i = 0; i < terms.length; i++) {
      if (i == 0 || terms[i] != terms[i - 1]) {
        distinct++;
      }
    }
    return Math.min(distinct, 30) * (1.0 - 0.5 * story.relativePosition(m));
  }

  /**
   * shared[a][b]: of the statements document a carries with a candidate sentence, the share document b also
   * carries (any sentence of the group); 1.0 on the diagonal, 0 for a document without candidate statements.
   */
  public OutletSharing sharing() {
    int n = story.documentCount();
    int[][] both = new int[n][n];
    int[] own = new int[n];
    boolean[] candidateIn = new boolean[n];
    for (Group g : groups) {
      for (int d : g.documents) {
        candidateIn[d] = false;
      }
      for (int m : story.groupMembers(g.id)) {
        if (story.isCandidate(m)) {
          candidateIn[story.sentence(m).document()] = true;
        }
      }
      for (int a : g.documents) {
        if (!candidateIn[a]) {
          continue;
        }
        own[a]++;
        for (int b : g.documents) {
          if (b != a) {
            both[a][b]++;
          }
        }
      }
    }
    double[][] shared = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        shared[a][b] = a == b ? 1.0 : own[a] == 0 ? 0.0 : (double) both[a][b] / own[a];
      }
    }
    return new OutletSharing(shared);
  }
}
