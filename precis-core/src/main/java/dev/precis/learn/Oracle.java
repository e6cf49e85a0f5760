package dev.precis.learn;

import dev.precis.analyze.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training labels: the greedy ROUGE oracle summary of a story (Nallapati et al. 2017's labelling). Starting from
 * nothing, it adds the candidate that most raises ROUGE-1 F1 + ROUGE-2 F1 of the summary against the
 * references, at most one sentence per redundancy group and within the word budget, until no candidate raises
 * it; the sentences taken are the positives.
 *
 * <p>{@link Label} turns it into a label in [0, 1] per sentence: membership, membership graded by when the
 * oracle took the sentence, or each sentence's own ROUGE score alone. Membership fits a summarizer that picks a
 * set (a sentence that scores well alone but repeats a better one adds nothing); the graded forms tell a
 * ranking objective which sentences matter most when the budget is a small part of the input.
 * Counting follows ROUGE-1.5.5 without stemming ({@code dev.precis.eval.rouge}): ASCII lower case, tokens are
 * runs of ASCII letters and digits, n-grams run across sentence boundaries, hits clipped by the reference
 * counts, several references summed.
 */
public final class Oracle {
  private Oracle() {}

  /** How an oracle run becomes one label in [0, 1] per sentence. */
  public enum Label {
    /** 1 when the oracle takes the sentence, else 0. */
    ORACLE,
    /** The k-th of K sentences the oracle takes gets (K - k) / K (the first 1), the others 0. */
    ORDER,
    /** The sentence's own ROUGE-1 F1 + ROUGE-2 F1 against the references, over the story's best such score. */
    GAIN
  }

  /** One label per sentence of {@code sentences}, of kind {@code kind}. */
  public static float[] labels(Label kind, AnalyzedStory story, int[] sentences, List<String> references,
      int budgetWords) {
    int[] picks = picks(story, sentences, references, budgetWords);
    int n = sentences.length;
    float[] out = new float[n];
    int taken = 0;
    for (int p : picks) {
      taken = Math.max(taken, p + 1);
    }
    double best = 0;
    double[] alone = kind == Label.GAIN ? alone(story, sentences, references) : null;
    if (alone != null) {
      for (double a : alone) {
        best = Math.max(best, a);
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = switch (kind) {
        case ORACLE -> picks[i] >= 0 ? 1 : 0;
        case ORDER -> picks[i] >= 0 ? (float) (taken - picks[i]) / taken : 0;
        case GAIN -> best > 0 ? (float) (alone[i] / best) : 0;
      };
    }
    return out;
  }

  /** Each sentence's ROUGE-1 F1 + ROUGE-2 F1 against the references on its own. */
  private static double[] alone(AnalyzedStory story, int[] sentences, List<String> references) {
    Map<String, Integer> ids = new HashMap<>();
    Map<Long, Integer> reference = new HashMap<>();
    int[] referenceTotal = new int[3];
    for (String r : references) {
      count(tokens(r, ids), reference, referenceTotal);
    }
    double[] out = new double[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      Map<Long, Integer> c = new HashMap<>();
      int[] total = new int[3];
      count(tokens(story.printed(sentences[i]), ids), c, total);
      int[] h = new int[3];
      for (Map.Entry<Long, Integer> e : c.entrySet()) {
        Integer ref = reference.get(e.getKey());
        if (ref != null) {
          h[order(e.getKey())] += Math.min(e.getValue(), ref);
        }
      }
      out[i] = f(h[1], total[1], referenceTotal[1]) + f(h[2], total[2], referenceTotal[2]);
    }
    return out;
  }

  /** For each sentence of {@code sentences}, when the oracle took it (0 first), or -1. */
  static int[] picks(AnalyzedStory story, int[] sentences, List<String> references, int budgetWords) {
    Map<String, Integer> ids = new HashMap<>();
    Map<Long, Integer> reference = new HashMap<>();
    int[] referenceTotal = new int[3];
    for (String r : references) {
      int[] tokens = tokens(r, ids);
      count(tokens, reference, referenceTotal);
    }
    int n = sentences.length;
    List<Map<Long, Integer>> counts = new ArrayList<>(n);
    int[][] totals = new int[n][3];
    for (int i = 0; i < n; i++) {
      Map<Long, Integer> c = new HashMap<>();
      count(tokens(story.printed(sentences[i]), ids), c, totals[i]);
      counts.add(c);
    }
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int taken = 0;
    Map<Long, Integer> summary = new HashMap<>();
    int[] summaryTotal = new int[3];
    int[] hits = new int[3];
    Set<Integer> groups = new HashSet<>();
    int used = 0;
    double current = 0;
    while (true) {
      int best = -1;
      double bestScore = current + 1e-9;
      int[] bestHits = null;
      for (int i = 0; i < n; i++) {
        int s = sentences[i];
        if (label[i] >= 0 || groups.contains(story.group(s)) || used + story.words(s) > budgetWords) {
          continue;
        }
        int[] h = hits.clone();
        for (Map.Entry<Long, Integer> e : counts.get(i).entrySet()) {
          Integer ref = reference.get(e.getKey());
          if (ref == null) {
            continue;
          }
          int had = summary.getOrDefault(e.getKey(), 0);
          h[order(e.getKey())] += Math.min(had + e.getValue(), ref) - Math.min(had, ref);
        }
        double score = f(h[1], summaryTotal[1] + totals[i][1], referenceTotal[1])
            + f(h[2], summaryTotal[2] + totals[i][2], referenceTotal[2]);
        if (score > bestScore) {
          bestScore = score;
          best = i;
          bestHits = h;
        }
      }
      if (best < 0) {
        return label;
      }
      label[best] = taken++;
      groups.add(story.group(sentences[best]));
      used += story.words(sentences[best]);
      current = bestScore;
      hits = bestHits;
      for (int k = 1; k <= 2; k++) {
        summaryTotal[k] += totals[best][k];
      }
      counts.get(best).forEach((key, v) -> summary.merge(key, v, Integer::sum));
    }
  }

  private static double f(int hits, int peer, int reference) {
    if (hits == 0 || peer == 0 || reference == 0) {
      return 0;
    }
    double p = (double) hits / peer;
    double r = (double) hits / reference;
    return 2 * p * r / (p + r);
  }

  /** Unigram keys are the token id, bigram keys have the high bit set. */
  private static int order(long key) {
    return key < 0 ? 2 : 1;
  }

  private static void count(int[] tokens, Map<Long, Integer> into, int[] total) {
    for (int k = 0; k < tokens.length; k++) {
      into.merge((long) tokens[k], 1, Integer::sum);
      total[1]++;
      if (k + 1 < tokens.length) {
        into.merge(Long.MIN_VALUE | ((long) tokens[k] << 31) | tokens[k + 1], 1, Integer::sum);
        total[2]++;
      }
    }
  }

  /** ROUGE-1.5.5's tokens: maximal runs of ASCII letters and digits, lower-cased. */
  static int[] tokens(String text, Map<String, Integer> ids) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    int len = text.length();
    while (i < len) {
      while (i < len && !alnum(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && alnum(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        out.add(ids.computeIfAbsent(token, t -> ids.size()));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean alnum(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }
}
