package dev.precis.compare.entity;

import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.Lexicon;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * People, organisations and places of a story with their mentions per document. People and organisations are
 * the clusters of {@link Entities} ("Ms Varga" and "Ilse Varga" one person; an organisation's initials, "S.S.I.",
 * counted with its full name when exactly one organisation has them); places come from {@link Places}, and an
 * organisation whose name is a place ("River Menne", "St. Aldric's Hospital") or a mention that
 * {@link Places} claims (bare "Kestrelmouth", which the clustering may take for "Kestrelmouth Ferries") counts as
 * the place. Single common words, months and weekdays are dropped. Linear in the number of mentions.
 */
public final class EntityReport {
  private EntityReport() {}

  /**
   * @param docs the scanned documents, mentions found
   * @param entities their names clustered
   * @param lowerWords the words the story writes in lower case somewhere ({@link #lowerWords})
   */
  public static List<EntityMentions> build(List<DocumentScan> docs, Entities entities, Set<String> lowerWords) {
    Places.Result places = Places.find(docs, entities, lowerWords);
    int count = entities.all.size();
    List<Map<Integer, Integer>> counts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      counts.add(new TreeMap<>());
    }
    for (DocumentScan d : docs) {
      boolean[] placeTok = places.placeTokens()[d.index];
      for (Mention m : d.mentions) {
        if (m.entity < 0) {
          continue;
        }
        int at = m.roleOnly ? m.tokStart : m.nameStart;
        if (at >= 0 && at < placeTok.length && placeTok[at]) {
          continue; // the place is counted as a place
        }
        counts.get(m.entity).merge(d.index, 1, Integer::sum);
      }
    }
    // Organisations known by their initials too: "S.S.I." for "Structural Safety Inspectorate".
    Map<String, List<Entities.Entity>> byInitials = new HashMap<>();
    for (Entities.Entity e : entities.all) {
      if (e.org) {
        String in = initials(e.name);
        if (in.length() >= 2) {
          byInitials.computeIfAbsent(in, k -> new ArrayList<>()).add(e);
        }
      }
    }
    boolean[] dropped = new boolean[count];
    for (Entities.Entity e : entities.all) {
      if (!e.org) {
        continue;
      }
      String acronym = acronym(e.name);
      List<Entities.Entity> full = acronym == null ? null : byInitials.get(acronym);
      if (full != null && full.size() == 1 && full.get(0) != e) {
        counts.get(e.id).forEach((d, c) -> counts.get(full.get(0).id).merge(d, c, Integer::sum));
        dropped[e.id] = true;
      }
    }
    List<EntityMentions> out = new ArrayList<>();
    for (Entities.Entity e : entities.all) {
      if (dropped[e.id] || counts.get(e.id).isEmpty() || junk(e.name, lowerWords)) {
        continue;
      }
      List<String> words = Places.words(e.name);
      String key = String.join(" ", words);
      if (e.org && (Places.isStaticPlace(words) || places.keys().contains(key))) {
        continue; // a place
      }
      if (!e.org && e.givens.isEmpty() && e.roles.isEmpty() && places.keys().contains(key)) {
        continue;
      }
      out.add(mentions(e.name, e.org ? EntityKind.ORGANISATION : EntityKind.PERSON, counts.get(e.id)));
    }
    for (Places.Place p : places.places()) {
      out.add(mentions(p.name(), EntityKind.PLACE, p.counts()));
    }
    out.sort(Comparator.comparingInt((EntityMentions m) -> -m.total())
        .thenComparingInt(m -> -m.mentionsByDocument().size()).thenComparing(EntityMentions::name));
    return out;
  }

  private static EntityMentions mentions(String name, EntityKind kind, Map<Integer, Integer> counts) {
    int total = 0;
    for (int c : counts.values()) {
      total += c;
    }
    return new EntityMentions(name, kind, counts, total);
  }

  /** A single word the story also writes in lower case, a month, a weekday or a function word. */
  private static boolean junk(String name, Set<String> lowerWords) {
    if (name == null || name.isBlank()) {
      return true;
    }
    List<String> words = Names.words(name);
    if (words.isEmpty()) {
      return true;
    }
    if (words.size() > 1) {
      return false;
    }
    String w = words.get(0);
    if (!Character.isLetter(name.charAt(0))) {
      return true;
    }
    return Lexicon.MONTHS.contains(w) || Lexicon.WEEKDAYS.contains(w) || Gazetteer.NOT_PLACES.contains(w)
        || (lowerWords.contains(w) && !isAcronym(name));
  }

  private static boolean isAcronym(String name) {
    return acronym(name) != null;
  }

  /** The letters of an acronym ("S.S.I" or "SSI": "ssi"), or null. */
  private static String acronym(String name) {
    String letters = name.replace(".", "");
    if (letters.length() < 2 || letters.length() > 6) {
      return null;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return null;
      }
    }
    return letters.toLowerCase(java.util.Locale.ROOT);
  }

  private static final Set<String> INITIALS_SKIPPED = Lexicon.english("initials-skipped");

  /** First letters of the words of a name of two or more capitalised words, small words skipped. */
  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    int words = 0;
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        sb.append(Character.toLowerCase(w.charAt(0)));
        words++;
      } else if (!INITIALS_SKIPPED.contains(w)) {
        return "";
      }
    }
    return words >= 2 ? sb.toString() : "";
  }

  /** Words written in lower case somewhere in the story. */
  public static Set<String> lowerWords(List<Document> documents) {
    Set<String> out = new HashSet<>();
    // The words found so far in an open-addressing table, so that a word met again (most of them) is recognized
    // in the text without making a string of it.
    String[] seen = new String[256];
    for (Document doc : documents) {
      String text = doc.text();
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          int s = i;
          int hash = 0;
          while (i < n && Character.isLetter(text.charAt(i))) {
            hash = 31 * hash + text.charAt(i);
            i++;
          }
          if (Character.isLowerCase(c) && i - s < 30) {
            int slot = slot(seen, text, s, i, hash);
            if (seen[slot] == null) {
              String word = text.substring(s, i);
              out.add(word);
              seen[slot] = word;
              if (out.size() * 2 > seen.length) {
                seen = grown(seen);
              }
            }
          }
        } else {
          i++;
        }
      }
    }
    return out;
  }

  /** The slot of {@code seen} holding {@code text[from, to)} (whose String hash is {@code hash}), or the empty one. */
  private static int slot(String[] seen, String text, int from, int to, int hash) {
    int mask = seen.length - 1;
    int mixed = hash * 0x9E3779B9;
    int slot = (mixed ^ (mixed >>> 16)) & mask;
    for (String w = seen[slot]; w != null; w = seen[slot]) {
      if (w.length() == to - from && text.regionMatches(from, w, 0, to - from)) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static String[] grown(String[] seen) {
    String[] bigger = new String[seen.length * 2];
    for (String w : seen) {
      if (w != null) {
        bigger[slot(bigger, w, 0, w.length(), w.hashCode())] = w;
      }
    }
    return bigger;
  }
}
