package dev.precis.compare.quote;

import dev.precis.analyze.UnionFind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups quotations whose words are the same or nearly the same: equal word sequences, one a contiguous part of
 * the other (at least four words), word sets with Jaccard similarity of at least 0.8 (at least five words), or at
 * least 85% of the smaller word set (at least eight words) in the other.
 * Identical wordings are merged through a hash map first; near-identical ones are found through an inverted index
 * of three-word shingles over the distinct wordings, where shingles carried by more than {@value #MAX_POSTINGS}
 * distinct wordings are not used to generate candidates, so the work stays near-linear.
 */
public final class QuoteGrouper {
  static final int MAX_POSTINGS = 200;

  private QuoteGrouper() {}

  public static List<String> words(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    List<String> out = new ArrayList<>();
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        int s = i;
        while (i < n && (Character.isLetterOrDigit(t.charAt(i))
            || (t.charAt(i) == '\'' && i + 1 < n && Character.isLetter(t.charAt(i + 1))))) {
          i++;
        }
        out.add(t.substring(s, i));
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether two word sequences are the same quotation. */
  static boolean same(List<String> a, List<String> b) {
    if (a.equals(b)) {
      return !a.isEmpty();
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (shorter.size() >= 4 && contains(longer, shorter)) {
      return true;
    }
    if (shorter.size() >= 5) {
      Set<String> x = new HashSet<>(a);
      Set<String> y = new HashSet<>(b);
      int inter = 0;
      for (String w : x) {
        if (y.contains(w)) {
          inter++;
        }
      }
      int union = x.size() + y.size() - inter;
      if (union > 0 && (double) inter / union >= 0.8) {
        return true;
      }
      // One wording with a few words changed inside ("(adviser John Bolton)" for "@AmbJohnBolton").
      int small = Math.min(x.size(), y.size());
      return small >= 8 && (double) inter / small >= 0.85;
    }
    return false;
  }

  private static boolean contains(List<String> longer, List<String> part) {
    outer:
    for (int i = 0; i + part.size() <= longer.size(); i++) {
      for (int j = 0; j < part.size(); j++) {
        if (!longer.get(i + j).equals(part.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static List<QuoteGroup> group(List<Quote> quotes) {
    // Identical wordings first (one hash look-up each), so that a quotation carried by hundreds of outlets is one
    // entry of the shingle index, not hundreds.
    Map<String, Integer> distinct = new HashMap<>();
    List<List<String>> words = new ArrayList<>();
    int[] textOf = new int[quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      List<String> w = words(quotes.get(q).text());
      String key = String.join(" ", w);
      Integer id = distinct.get(key);
      if (id == null) {
        id = words.size();
        distinct.put(key, id);
        words.add(w);
      }
      textOf[q] = id;
    }
    int n = words.size();
    UnionFind sameText = new UnionFind(n);
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : keys(words.get(i))) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      Set<Integer> seen = new HashSet<>();
      for (String key : keys(words.get(i))) {
        List<Integer> post = index.get(key);
        if (post.size() > MAX_POSTINGS) {
          continue;
        }
        for (int j : post) {
          if (j > i && seen.add(j) && !sameText.same(i, j) && same(words.get(i), words.get(j))) {
            sameText.union(i, j);
          }
        }
      }
    }
    Map<Integer, List<Quote>> groups = new LinkedHashMap<>();
    for (int q = 0; q < quotes.size(); q++) {
      groups.computeIfAbsent(sameText.find(textOf[q]), k -> new ArrayList<>()).add(quotes.get(q));
    }
    List<QuoteGroup> out = new ArrayList<>();
    for (List<Quote> g : groups.values()) {
      String text = g.get(0).text();
      for (Quote q : g) {
        if (q.text().length() > text.length()) {
          text = q.text();
        }
      }
      out.add(new QuoteGroup(text, g));
    }
    return out;
  }

  private static List<String> keys(List<String> w) {
    List<String> out = new ArrayList<>();
    if (w.size() < 3) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + 3 <= w.size(); i++) {
      out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
    }
    return out;
  }
}
