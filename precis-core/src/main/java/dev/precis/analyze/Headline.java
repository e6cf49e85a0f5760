package dev.precis.analyze;

import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.model.Story;
import dev.precis.text.Segmenter;
import dev.precis.text.SegmentedStory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headline of a story of several articles: the lead sentence that the most outlets open with (leads that say
 * the same thing by the {@link RedundancyGrouper}'s criteria count as one), when at least two outlets share it;
 * otherwise the title the most outlets carry (compared without case and spacing); otherwise the first article's
 * lead. Ties go to the earliest article. The story should be cleaned already, so that no dateline or debris leads.
 */
public final class Headline {
  /** Longest headline, in characters; a longer lead is cut at a word boundary and ends with an ellipsis. */
  public static final int MAX_CHARS = 300;

  private Headline() {}

  /** The headline of {@code story}; "" for a story without text. */
  public static String of(Story story) {
    List<Document> docs = story.documents();
    if (docs.isEmpty()) {
      return "";
    }
    SegmentedStory segmented = new Segmenter().segment(story);
    String[] leads = new String[docs.size()];
    for (Sentence s : segmented.sentences()) {
      if (s.position() == 0) {
        leads[s.document()] = s.text().strip().replaceAll("\\s+", " ");
      }
    }
    String shared = sharedLead(story, leads);
    if (shared != null) {
      return cut(shared);
    }
    String title = mostCarried(docs);
    if (title != null) {
      return cut(title);
    }
    for (String lead : leads) {
      if (lead != null && !lead.isEmpty()) {
        return cut(lead);
      }
    }
    return "";
  }

  /** The lead most outlets share, if at least two do. */
  private static String sharedLead(Story story, String[] leads) {
    TermAnalyzer analyzer = TermAnalyzer.forLanguage(story.language());
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> frequency = new ArrayList<>();
    int[][] terms = new int[leads.length][];
    for (int d = 0; d < leads.length; d++) {
      List<Integer> t = new ArrayList<>();
      if (leads[d] != null) {
        analyzer.analyze(leads[d], (term, stop, start, end) -> {
          if (!stop) {
            int id = ids.computeIfAbsent(term, k -> ids.size());
            if (id == frequency.size()) {
              frequency.add(0);
            }
            frequency.set(id, frequency.get(id) + 1);
            t.add(id);
          }
        });
      }
      terms[d] = t.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] group = new RedundancyGrouper().group(terms, frequency.stream().mapToInt(Integer::intValue).toArray());
    Map<Integer, Set<String>> outlets = new LinkedHashMap<>();
    for (int d = 0; d < leads.length; d++) {
      if (terms[d].length > 0) {
        outlets.computeIfAbsent(group[d], g -> new HashSet<>()).add(story.documents().get(d).outlet());
      }
    }
    int best = -1;
    int bestCount = 1;
    for (Map.Entry<Integer, Set<String>> e : outlets.entrySet()) {
      if (e.getValue().size() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue().size();
      }
    }
    return best < 0 ? null : leads[best];
  }

  /** The title most outlets carry, or null when no article has one. */
  private static String mostCarried(List<Document> docs) {
    Map<String, Set<String>> outlets = new LinkedHashMap<>();
    Map<String, String> first = new HashMap<>();
    for (Document d : docs) {
      if (d.title() == null || d.title().isBlank()) {
        continue;
      }
      String title = d.title().strip().replaceAll("\\s+", " ");
      String key = title.toLowerCase(Locale.ROOT);
      first.putIfAbsent(key, title);
      outlets.computeIfAbsent(key, k -> new HashSet<>()).add(d.outlet());
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Set<String>> e : outlets.entrySet()) {
      if (e.getValue().size() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue().size();
      }
    }
    return best == null ? null : first.get(best);
  }

  private static String cut(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_CHARS - 1);
    return text.substring(0, space > MAX_CHARS / 2 ? space : MAX_CHARS - 1).strip() + "\u2026";
  }
}
