package dev.precis.cite;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.model.Citation;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds every place in a story's articles that says what a selected sentence says: the sentence itself first,
 * then the first member of its redundancy group in each other document.
 */
public final class Citer {
  private final AnalyzedStory story;

  public Citer(AnalyzedStory story) {
    this.story = story;
  }

  /** Citations for sentence s: s first, then one per other document in document order. */
  public List<Citation> cite(int s) {
    List<Citation> out = new ArrayList<>();
    out.add(citation(s));
    BitSet cited = new BitSet();
    cited.set(story.sentence(s).document());
    for (int m : story.groupMembers(s)) {
      int d = story.sentence(m).document();
      if (!cited.get(d)) {
        cited.set(d);
        out.add(citation(m));
      }
    }
    return out;
  }

  private Citation citation(int s) {
    Sentence sentence = story.sentence(s);
    String id = story.story().documents().get(sentence.document()).id();
    return new Citation(id, sentence.document(), sentence.span().start(), sentence.span().end());
  }
}
