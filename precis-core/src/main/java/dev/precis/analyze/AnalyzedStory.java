package dev.precis.analyze;

import dev.precis.model.Sentence;
import dev.precis.model.Story;
import dev.precis.text.Compressor;
import dev.precis.text.SegmentedStory;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A segmented story with what analysis attached beside it: the printed (compressed) form of each sentence, terms
 * per sentence, word counts, document
 * frequencies, TF-IDF vectors, redundancy groups and which sentences may stand in a summary. Immutable;
 * built by {@link StoryAnalyzer}.
 */
public final class AnalyzedStory {
  private final SegmentedStory segmented;
  private final Vocabulary vocabulary;
  private final int[][] tokens;
  private final int[][] content;
  private final int[] words;
  private final int[] documentFrequency;
  private final int[] sentenceFrequency;
  private final SparseVector[] vectors;
  private final int[] group;
  private final boolean[] candidate;
  private final int[][] members;
  private final int[] copyOf;
  private final Compressor.Compressed[] compressed;

  AnalyzedStory(SegmentedStory segmented, Vocabulary vocabulary, int[][] tokens, int[][] content, int[] words,
      int[] documentFrequency, int[] sentenceFrequency, SparseVector[] vectors, int[] group,
      boolean[] candidate, int[] copyOf, Compressor.Compressed[] compressed) {
    this.segmented = segmented;
    this.vocabulary = vocabulary;
    this.tokens = tokens;
    this.content = content;
    this.words = words;
    this.documentFrequency = documentFrequency;
    this.sentenceFrequency = sentenceFrequency;
    this.vectors = vectors;
    this.group = group;
    this.candidate = candidate;
    this.members = members(group);
    this.copyOf = copyOf;
    this.compressed = compressed;
  }

  private static int[][] members(int[] group) {
    int[] count = new int[group.length];
    for (int g : group) {
      count[g]++;
    }
    int[][] out = new int[group.length][];
    int[] fill = new int[group.length];
    for (int s = 0; s < group.length; s++) {
      int g = group[s];
      if (out[g] == null) {
        out[g] = new int[count[g]];
      }
      out[g][fill[g]++] = s;
    }
    return out;
  }

  /**
   * This analysis with fewer candidates: sentence s stays one only if it was one and {@code keep} accepts it.
   * Everything else (terms, groups, vectors, frequencies) is shared, so a summarizer run on the result weighs
   * sentences by the whole story but may print only the kept ones.
   */
  public AnalyzedStory withCandidates(IntPredicate keep) {
    boolean[] kept = new boolean[candidate.length];
    for (int s = 0; s < kept.length; s++) {
      kept[s] = candidate[s] && keep.test(s);
    }
    return new AnalyzedStory(segmented, vocabulary, tokens, content, words, documentFrequency, sentenceFrequency,
        vectors, group, kept, copyOf, compressed);
  }

  public Story story() {
    return segmented.story();
  }

  public SegmentedStory segmented() {
    return segmented;
  }

  public List<Sentence> sentences() {
    return segmented.sentences();
  }

  public int size() {
    return tokens.length;
  }

  public Sentence sentence(int s) {
    return segmented.sentences().get(s);
  }

  public int documentCount() {
    return story().documents().size();
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Sentence s as a summary prints it: compressed where the compressor applies, else the source sentence. */
  public String printed(int s) {
    return compressed[s] == null ? sentence(s).text() : compressed[s].text();
  }

  /**
   * Which pieces of sentence s are printed, as offsets into its text; one piece covering the whole sentence when
   * it is printed whole.
   */
  public List<dev.precis.model.Span> printedPieces(int s) {
    return compressed[s] == null ? List.of(new dev.precis.model.Span(0, sentence(s).text().length()))
        : compressed[s].kept();
  }

  /** Every term of sentence s in order, stop words included (see {@link Vocabulary#isStopWord}). */
  public int[] tokens(int s) {
    return tokens[s];
  }

  /** The content terms of sentence s in order: stop words left out. */
  public int[] contentTerms(int s) {
    return content[s];
  }

  /** Words of sentence s as budgets count them. */
  public int words(int s) {
    return words[s];
  }

  /**
   * The first document of the group of copies document d belongs to (articles republished from one wire story
   * with small edits); {@code d} itself when it is no copy.
   */
  public int copyOf(int document) {
    return copyOf[document];
  }

  /** How many documents are not copies of another one of the story. */
  public int independentDocumentCount() {
    int n = 0;
    for (int d = 0; d < copyOf.length; d++) {
      if (copyOf[d] == d) {
        n++;
      }
    }
    return n;
  }

  /** How many independent documents contain term t: copies of one wire story count once. */
  public int documentFrequency(int t) {
    return documentFrequency[t];
  }

  /** How many sentences contain term t. */
  public int sentenceFrequency(int t) {
    return sentenceFrequency[t];
  }

  /** L2-normalized TF-IDF vector of the content terms of sentence s (IDF over sentences). */
  public SparseVector vector(int s) {
    return vectors[s];
  }

  /** Redundancy group of sentence s: the smallest index of the sentences that say the same thing. */
  public int group(int s) {
    return group[s];
  }

  /** Every sentence of the redundancy group of sentence s, s included, in story order. */
  public int[] groupMembers(int s) {
    return members[group[s]];
  }

  /** Whether sentence s may stand in a summary (not a fragment, question, caption or line of debris). */
  public boolean isCandidate(int s) {
    return candidate[s];
  }

  /** Relative position of sentence s in its document, 0 for the first sentence, below 1 for the others. */
  public double relativePosition(int s) {
    Sentence sentence = sentence(s);
    return (double) sentence.position() / segmented.sentencesIn(sentence.document());
  }
}
