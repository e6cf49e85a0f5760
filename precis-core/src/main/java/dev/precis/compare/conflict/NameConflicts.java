package dev.precis.compare.conflict;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.conflict.ContradictionFinder.Found;
import dev.precis.compare.entity.Entities;
import dev.precis.compare.entity.Entities.Entity;
import dev.precis.compare.entity.Names;
import dev.precis.compare.quote.QuoteExtractor;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.Lexicon;
import dev.precis.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person named two ways by different documents (see {@link ContradictionFinder}): the same surname with
 * different given names and a shared role word, the same given name with a surname spelled within two edits, or
 * the same given name with the same role of two or more words.
 */
final class NameConflicts {
  private NameConflicts() {}

  /** The name conflicts of a story. */
  static List<Found> find(AnalyzedStory story, QuoteExtractor.Extraction ex) {
    Entities ents = ex.entities();
    List<Entity> people = new ArrayList<>();
    for (Entity e : ents.all) {
      if (!e.org && e.firstGiven() != null) {
        people.add(e);
      }
    }
    // Candidate pairs: same surname, or same first given name (people sharing a first name are few).
    Map<String, List<Entity>> bySurname = new HashMap<>();
    Map<String, List<Entity>> byGiven = new HashMap<>();
    for (Entity e : people) {
      bySurname.computeIfAbsent(e.key, k -> new ArrayList<>()).add(e);
      byGiven.computeIfAbsent(e.firstGiven(), k -> new ArrayList<>()).add(e);
    }
    List<Found> out = new ArrayList<>();
    Set<Long> done = new HashSet<>();
    Map<Integer, List<int[]>> firstMentions = null; // entity -> (document, mention index) of its first mention per doc
    for (Map<String, List<Entity>> index : List.of(bySurname, byGiven)) {
      for (List<Entity> list : index.values()) {
        if (list.size() < 2 || list.size() > 20) {
          continue;
        }
        for (int i = 0; i < list.size(); i++) {
          for (int j = i + 1; j < list.size(); j++) {
            Entity a = list.get(i);
            Entity b = list.get(j);
            long key = (long) Math.min(a.id, b.id) * 1_000_003L + Math.max(a.id, b.id);
            if (!done.add(key) || !sameRoleDifferentName(a, b)) {
              continue;
            }
            if (firstMentions == null) {
              firstMentions = firstMentions(ex);
            }
            out.add(nameConflict(story, ex, a, b, firstMentions));
          }
        }
      }
    }
    return out;
  }

  private static boolean sameRoleDifferentName(Entity a, Entity b) {
    for (int d : a.docs) {
      if (b.docs.contains(d)) {
        return false; // named together: two people
      }
    }
    Set<String> ra = roleWords(a);
    Set<String> rb = roleWords(b);
    int shared = 0;
    for (String w : ra) {
      if (rb.contains(w)) {
        shared++;
      }
    }
    boolean sameSurname = a.key.equals(b.key);
    boolean sameGiven = a.firstGiven().equals(b.firstGiven());
    if (sameSurname) {
      return shared >= 1; // Lotte / Marit Brandvik of Varnholm Transit
    }
    if (sameGiven) {
      int dist = Names.editDistance(a.key, b.key);
      if (dist <= 2 && Math.min(a.key.length(), b.key.length()) >= 4) {
        return true; // Arthur Lyle / Arthur Lisle
      }
      return shared >= 2; // Group Manager Neil Ashdown / Neil Ashworth
    }
    return false;
  }

  private static final Set<String> GENERIC_ROLE_WORDS = Lexicon.english("generic-role-words");

  private static Set<String> roleWords(Entity e) {
    Set<String> out = new HashSet<>();
    for (String r : e.roles.keySet()) {
      for (String w : Lexicon.lc(r).replace("\u2019s", "").replace("'s", "").split("[^\\p{L}]+")) {
        if (w.length() > 1 && !GENERIC_ROLE_WORDS.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static Map<Integer, List<int[]>> firstMentions(QuoteExtractor.Extraction ex) {
    Map<Integer, List<int[]>> out = new HashMap<>();
    for (DocumentScan d : ex.docs()) {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < d.mentions.size(); i++) {
        Mention m = d.mentions.get(i);
        if (m.entity >= 0 && !m.org && seen.add(m.entity)) {
          out.computeIfAbsent(m.entity, k -> new ArrayList<>()).add(new int[] {d.index, i});
        }
      }
    }
    return out;
  }

  private static Found nameConflict(AnalyzedStory story, QuoteExtractor.Extraction ex, Entity a, Entity b,
      Map<Integer, List<int[]>> firstMentions) {
    List<int[]> both = new ArrayList<>(firstMentions.getOrDefault(a.id, List.of()));
    both.addAll(firstMentions.getOrDefault(b.id, List.of()));
    both.sort(Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> x[1]));
    List<Claim> claims = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<Integer> sides = new ArrayList<>();
    for (int[] dm : both) {
      Mention m = ex.docs().get(dm[0]).mentions.get(dm[1]);
      Entity e = m.entity == a.id ? a : b;
      claims.add(ContradictionFinder.claim(story, dm[0], m.span, m.span, e.name));
      spans.add(m.span);
      sides.add(m.entity == a.id ? 0 : 1);
    }
    return new Found(new Conflict(Conflict.Kind.NAME, claims), spans, sides);
  }

}
