package dev.precis.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What newer articles of a story add for a reader who has read a summary of the older ones (the TAC 2008 update
 * task): a sentence is new when it belongs to a new document, no sentence of an older document says the same thing
 * (its redundancy group holds only new documents' sentences), and no sentence the reader saw says what any member
 * of its group says, by the {@link RedundancyGrouper}'s criteria.
 */
public final class Novelty {
  private final RedundancyGrouper grouper;

  /** With the default grouper's criteria, those the analysis groups sentences by. */
  public Novelty() {
    this(new RedundancyGrouper());
  }

  public Novelty(RedundancyGrouper grouper) {
    this.grouper = grouper;
  }

  /**
   * The sentences of {@code story} that are new to the reader.
   *
   * @param newDocuments indexes of the story's new documents
   * @param seen the sentences the reader saw, as printed
   */
  public IntPredicate newSentences(AnalyzedStory story, Set<Integer> newDocuments, List<String> seen) {
    List<int[]> seenTerms = termSets(story, seen);
    boolean[] fresh = new boolean[story.size()];
    for (int s = 0; s < story.size(); s++) {
      fresh[s] = isNew(story, s, newDocuments, seenTerms);
    }
    return s -> fresh[s];
  }

  private boolean isNew(AnalyzedStory story, int s, Set<Integer> newDocuments, List<int[]> seenTerms) {
    for (int m : story.groupMembers(s)) {
      if (!newDocuments.contains(story.sentence(m).document())) {
        return false;
      }
      int[] terms = distinctSorted(story.contentTerms(m));
      for (int[] seen : seenTerms) {
        if (Arrays.equals(terms, seen) || grouper.similar(terms, seen)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Content terms of each text as sorted distinct ids of the story's vocabulary (unknown terms get new ids); texts
   * without content terms are left out.
   */
  private static List<int[]> termSets(AnalyzedStory story, List<String> texts) {
    TermAnalyzer analyzer = TermAnalyzer.forLanguage(story.story().language());
    Vocabulary vocabulary = story.vocabulary();
    Map<String, Integer> unknown = new HashMap<>();
    List<int[]> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      IntList ids = new IntList();
      analyzer.analyze(text, (term, stop, start, end) -> {
        if (!stop) {
          int id = vocabulary.contentId(term);
          ids.add(id >= 0 ? id : unknown.computeIfAbsent(term, t -> vocabulary.size() + unknown.size()));
        }
      });
      int[] set = distinctSorted(ids.toArray());
      if (set.length > 0) {
        out.add(set);
      }
    }
    return out;
  }

  private static int[] distinctSorted(int[] terms) {
    return Arrays.stream(terms).distinct().sorted().toArray();
  }
}
