package dev.precis.analyze;

import dev.precis.model.Sentence;
import dev.precis.model.Words;
import dev.precis.text.Compressor;
import dev.precis.text.SegmentedStory;
import java.util.Arrays;
import java.util.List;

/**
 * Attaches terms, frequencies, vectors, copies of one wire story, redundancy groups, candidacy and the compressed
 * form each sentence is printed in to a segmented story. Terms and word counts are those of the compressed form,
 * so every summarizer weighs and budgets what will be printed.
 */
public final class StoryAnalyzer {
  private final WireCopies copies;
  private final RedundancyGrouper grouper;
  private final CandidateFilter candidates;
  private final Compressor compressor;

  /** The default analysis: sentences compressed by {@link Compressor#DEFAULT} where the language allows. */
  public StoryAnalyzer() {
    this(Compressor.DEFAULT);
  }

  /** The default analysis with another compressor ({@link Compressor#VERBATIM} prints sentences whole). */
  public StoryAnalyzer(Compressor compressor) {
    this(new WireCopies(), new RedundancyGrouper(), new CandidateFilter(), compressor);
  }

  public StoryAnalyzer(WireCopies copies, RedundancyGrouper grouper, CandidateFilter candidates,
      Compressor compressor) {
    this.copies = copies;
    this.grouper = grouper;
    this.candidates = candidates;
    this.compressor = compressor;
  }

  public AnalyzedStory analyze(SegmentedStory segmented) {
    TermAnalyzer analyzer = TermAnalyzer.forLanguage(segmented.story().language());
    List<Sentence> sentences = segmented.sentences();
    int n = sentences.size();
    Vocabulary vocabulary = new Vocabulary();
    int[][] tokens = new int[n][];
    int[][] content = new int[n][];
    int[] words = new int[n];
    Compressor.Compressed[] compressed = new Compressor.Compressed[n];
    String[] printed = new String[n];
    boolean compress = compressor.appliesTo(segmented.story().language());
    IntList all = new IntList();
    IntList contentOnly = new IntList();
    for (int s = 0; s < n; s++) {
      all.clear();
      contentOnly.clear();
      String text = sentences.get(s).text();
      if (compress) {
        compressed[s] = compressor.compress(text);
        text = compressed[s].text();
      }
      printed[s] = text;
      analyzer.analyze(text, (term, stop, start, end) -> {
        int id = vocabulary.id(term, stop);
        all.add(id);
        if (!stop) {
          contentOnly.add(id);
        }
      });
      tokens[s] = all.toArray();
      content[s] = contentOnly.toArray();
      words[s] = Words.count(text);
    }

    // Copies of one wire story are one source: document frequencies count each group of copies once.
    int[] copyOf = copies.find(segmented.story().documents());
    int v = vocabulary.size();
    int[] df = new int[v];
    int[] sf = new int[v];
    int[] lastDoc = new int[v];
    int[] lastSentence = new int[v];
    Arrays.fill(lastDoc, -1);
    Arrays.fill(lastSentence, -1);
    for (int s = 0; s < n; s++) {
      int d = copyOf[sentences.get(s).document()];
      for (int t : content[s]) {
        if (lastSentence[t] != s) {
          lastSentence[t] = s;
          sf[t]++;
        }
        if (lastDoc[t] != d) {
          lastDoc[t] = d;
          df[t]++;
        }
      }
    }

    SparseVector[] vectors = new SparseVector[n];
    for (int s = 0; s < n; s++) {
      vectors[s] = tfIdf(content[s], sf, n);
    }
    int[] group = grouper.group(content, sf);
    boolean[] candidate = candidates.candidates(sentences, words, content);
    CandidateFilter.preferStandAloneCopies(candidate, group, printed);
    return new AnalyzedStory(segmented, vocabulary, tokens, content, words, df, sf, vectors, group, candidate,
        copyOf, compressed);
  }

  private static SparseVector tfIdf(int[] terms, int[] sentenceFrequency, int sentences) {
    if (terms.length == 0) {
      return SparseVector.EMPTY;
    }
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    int[] ids = new int[sorted.length];
    float[] weights = new float[sorted.length];
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      ids[distinct] = sorted[i];
      weights[distinct] = (float) ((j - i) * Math.log(1.0 + (double) sentences / sentenceFrequency[sorted[i]]));
      distinct++;
      i = j;
    }
    return SparseVector.normalized(Arrays.copyOf(ids, distinct), Arrays.copyOf(weights, distinct));
  }
}
