package dev.precis.compare.entity;

import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.Lexicon;
import dev.precis.lang.GivenNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people and organisations of one story: name mentions clustered by surname with compatible given names
 * (people) or by their words (organisations). Linear in the number of mentions apart from the few entities that
 * share one surname.
 */
public final class Entities {
  public static final class Entity {
    public final int id;
    public final boolean org;
    public final String key; // person: lower-case surname; organisation: lower-case words
    final List<List<String>> givens = new ArrayList<>();
    final Map<String, Integer> fullForms = new LinkedHashMap<>();
    final Map<String, Integer> forms = new LinkedHashMap<>();
    public final Map<String, Integer> roles = new LinkedHashMap<>();
    public final Set<Integer> docs = new TreeSet<>();
    int male;
    int female;
    int count;
    String surname;
    public String name;

    Entity(int id, boolean org, String key) {
      this.id = id;
      this.org = org;
      this.key = key;
    }

    public char gender() {
      if (male > female) {
        return 'M';
      }
      return female > male ? 'F' : '?';
    }

    boolean compatible(List<String> given) {
      for (List<String> g : givens) {
        if (!Names.compatibleGiven(g, given)) {
          return false;
        }
      }
      return true;
    }

    public String firstGiven() {
      for (List<String> g : givens) {
        if (!g.isEmpty()) {
          return g.get(0);
        }
      }
      return null;
    }
  }

  public final List<Entity> all = new ArrayList<>();
  private final Map<String, List<Entity>> bySurname = new HashMap<>();
  private final Map<String, Entity> orgByKey = new HashMap<>();
  private final Map<String, List<Entity>> orgByFirstWord = new HashMap<>();

  public Entity get(int id) {
    return all.get(id);
  }

  List<Entity> withSurname(String surname) {
    return bySurname.getOrDefault(Lexicon.lc(surname), List.of());
  }

  private static List<String> lower(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(Lexicon.lc(w));
    }
    return out;
  }

  public void build(List<DocumentScan> docs) {
    // 1. People named with given names.
    for (DocumentScan d : docs) {
      for (Mention m : d.mentions) {
        if (!m.org && m.strong && !m.given.isEmpty()) {
          Entity e = null;
          for (Entity c : withSurname(m.surname)) {
            char g = c.gender();
            boolean genderOk = m.gender == 0 || g == '?' || g == m.gender;
            if (genderOk && c.compatible(lower(m.given))) {
              e = c;
              break;
            }
          }
          if (e == null) {
            e = newPerson(m.surname);
          }
          attach(e, m, d.index);
        }
      }
    }
    // 2. Organisations: several words first, then single words.
    for (int pass = 0; pass < 2; pass++) {
      for (DocumentScan d : docs) {
        for (Mention m : d.mentions) {
          if (!m.org || m.entity >= 0) {
            continue;
          }
          List<String> words = Names.words(m.display);
          if (words.isEmpty() || (pass == 0) != (words.size() > 1)) {
            continue;
          }
          String key = String.join(" ", words);
          Entity e = orgByKey.get(key);
          if (e == null && words.size() == 1) {
            e = mostFrequent(orgByFirstWord.get(words.get(0)));
          }
          if (e == null && (m.strong || words.size() > 1)) {
            e = new Entity(all.size(), true, key);
            all.add(e);
            orgByKey.put(key, e);
            orgByFirstWord.computeIfAbsent(words.get(0), x -> new ArrayList<>()).add(e);
          }
          if (e != null) {
            attach(e, m, d.index);
          }
        }
      }
    }
    // 3. People named by title and surname only ("Ms Sanders"), then bare names.
    for (int pass = 0; pass < 2; pass++) {
      for (DocumentScan d : docs) {
        for (Mention m : d.mentions) {
          if (m.org || m.roleOnly || m.entity >= 0 || (pass == 0) != m.strong) {
            continue;
          }
          Entity e = resolveSurname(m, d);
          if (e == null && m.given.isEmpty()) {
            // A bare word: a short form of an organisation ("Ferrovia said"), or a unique given name ("Della").
            List<String> words = Names.words(m.display);
            if (words.size() == 1) {
              Entity o = orgByKey.get(words.get(0));
              if (o == null) {
                o = mostFrequent(orgByFirstWord.get(words.get(0)));
              }
              if (o != null) {
                m.org = true;
                attach(o, m, d.index);
                continue;
              }
              e = uniqueGivenName(words.get(0));
            }
          }
          if (e == null && m.strong) {
            e = newPerson(m.surname);
          }
          if (e != null) {
            attach(e, m, d.index);
          }
        }
      }
    }
    // 4. Roles standing for a name ("the US President"): the person holding that role, preferring this document.
    for (DocumentScan d : docs) {
      for (Mention m : d.mentions) {
        if (m.roleOnly) {
          Entity e = roleHolder(m.display, d.index);
          if (e != null) {
            m.entity = e.id;
            e.count++;
          }
        }
      }
    }
    for (Entity e : all) {
      e.name = canonical(e);
    }
  }

  private Map<String, List<Entity>> byRoleEnd;

  private Entity roleHolder(String role, int doc) {
    if (byRoleEnd == null) {
      byRoleEnd = new HashMap<>();
      for (Entity e : all) {
        if (!e.org) {
          for (String r : e.roles.keySet()) {
            String[] w = Lexicon.lc(r).split(" ");
            byRoleEnd.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(e);
          }
        }
      }
    }
    String r = Lexicon.lc(role);
    String[] rw = r.split(" ");
    Entity best = null;
    int bestScore = 0;
    for (Entity e : byRoleEnd.getOrDefault(rw[rw.length - 1], List.of())) {
      for (Map.Entry<String, Integer> x : e.roles.entrySet()) {
        String have = Lexicon.lc(x.getKey());
        if (have.equals(r) || have.endsWith(" " + r)) {
          int score = x.getValue() + (e.docs.contains(doc) ? 1000 : 0);
          if (score > bestScore) {
            bestScore = score;
            best = e;
          }
        }
      }
    }
    return best;
  }

  private Entity newPerson(String surname) {
    Entity e = new Entity(all.size(), false, Lexicon.lc(surname));
    e.surname = surname;
    all.add(e);
    bySurname.computeIfAbsent(e.key, x -> new ArrayList<>()).add(e);
    return e;
  }

  private static Entity mostFrequent(List<Entity> list) {
    if (list == null || list.isEmpty()) {
      return null;
    }
    return list.stream().max(Comparator.comparingInt((Entity x) -> x.count)).orElse(null);
  }

  private Entity uniqueGivenName(String word) {
    if (byGiven == null) {
      byGiven = new HashMap<>();
      for (Entity e : all) {
        if (!e.org && e.firstGiven() != null) {
          byGiven.computeIfAbsent(e.firstGiven(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<Entity> list = byGiven.get(word);
    return list != null && list.size() == 1 ? list.get(0) : null;
  }

  private Map<String, List<Entity>> byGiven;

  /**
   * The person a surname-only (or weak) mention refers to: same surname, compatible gender and given names,
   * preferring one mentioned earlier in the same document, then one in the same document, then the most frequent.
   */
  Entity resolveSurname(Mention m, DocumentScan d) {
    List<Entity> cands = withSurname(m.surname);
    if (cands.isEmpty()) {
      return null;
    }
    Entity best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Entity c : cands) {
      char g = c.gender();
      if (m.gender != 0 && g != '?' && g != m.gender) {
        continue;
      }
      if (!m.given.isEmpty() && !c.compatible(lower(m.given))) {
        continue;
      }
      int score = c.count;
      if (c.docs.contains(d.index)) {
        score += 1000;
        int last = lastMentionBefore(d, c, m.tokStart);
        if (last >= 0) {
          score += 1000 + last;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  private static int lastMentionBefore(DocumentScan d, Entity e, int tok) {
    int last = -1;
    for (Mention m : d.mentions) {
      if (m.tokStart >= tok) {
        break;
      }
      if (m.entity == e.id) {
        last = m.tokStart;
      }
    }
    return last;
  }

  void attach(Entity e, Mention m, int doc) {
    m.entity = e.id;
    e.count++;
    e.docs.add(doc);
    e.forms.merge(m.titles.isEmpty() ? m.display : m.titles + " " + m.display, 1, Integer::sum);
    if (!e.org) {
      if (!m.given.isEmpty()) {
        List<String> g = lower(m.given);
        if (!e.givens.contains(g)) {
          e.givens.add(g);
        }
        e.fullForms.merge(m.display, 1, Integer::sum);
      }
      if (m.gender == 'M') {
        e.male++;
      } else if (m.gender == 'F') {
        e.female++;
      } else if (!m.given.isEmpty()) {
        char g = GivenNames.gender(m.given.get(0));
        if (g == 'M') {
          e.male++;
        } else if (g == 'F') {
          e.female++;
        }
      }
      if (!m.titles.isEmpty()) {
        e.roles.merge(m.titles, 1, Integer::sum);
      }
    } else {
      e.fullForms.merge(m.display, 1, Integer::sum);
    }
  }

  public void addRole(Entity e, String role) {
    if (role != null && !role.isBlank()) {
      e.roles.merge(role.trim(), 1, Integer::sum);
    }
  }

  private static String canonical(Entity e) {
    String best = null;
    int bestCount = -1;
    for (Map.Entry<String, Integer> f : e.fullForms.entrySet()) {
      String form = f.getKey();
      int c = f.getValue();
      boolean better = c > bestCount; // ties: the form seen first
      if (e.org) { // an organisation's full name is its longest form
        better = best == null || form.split(" ").length > best.split(" ").length
            || (form.split(" ").length == best.split(" ").length && c > bestCount);
      }
      if (better) {
        best = form;
        bestCount = c;
      }
    }
    if (best == null) {
      best = e.surname != null ? e.surname : e.key;
    }
    return best;
  }

  public List<Person> people() {
    List<Person> out = new ArrayList<>();
    for (Entity e : all) {
      List<String> roles = new ArrayList<>(e.roles.keySet());
      roles.sort(Comparator.comparingInt((String r) -> -e.roles.get(r)));
      out.add(new Person(e.name, e.org, roles, e.org ? '?' : e.gender(), new ArrayList<>(e.forms.keySet())));
    }
    return out;
  }
}
