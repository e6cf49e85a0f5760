package dev.precis.compare.entity;

import dev.precis.lang.GivenNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Comparing names of people and organisations. */
public final class Names {
  private Names() {}

  /**
   * Whether two speaker names denote the same speaker: both null; or the same person (same surname, given names
   * compatible: equal, one an initial of the other, one a prefix of the other, or missing); or the same
   * organisation (equal ignoring case, a leading "The", apostrophes and punctuation, or one the other's first
   * words: "Ferrovia" and "Ferrovia Foods").
   */
  public static boolean sameSpeaker(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y);
    }
    if (x.equals(y)) {
      return true;
    }
    if (x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return compatibleGiven(x.subList(0, x.size() - 1), y.subList(0, y.size() - 1));
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return longer.subList(0, shorter.size()).equals(shorter) && shorter.size() >= 1 && longer.size() > 1
        && !GivenNames.contains(shorter.get(0));
  }

  /** Lower-case words of a name without a leading "the", possessive marks and punctuation. */
  static List<String> words(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'s ", " ").replace("'", "");
    List<String> out = new ArrayList<>(Arrays.asList(s.split("[^\\p{L}\\p{N}-]+")));
    out.removeIf(String::isEmpty);
    if (!out.isEmpty() && out.get(0).equals("the")) {
      out.remove(0);
    }
    return out;
  }

  /**
   * Whether two lists of given names (lower case) can belong to one person: either is empty, or the first names
   * agree (equal, or one is the other's initial), and the shorter list is a prefix or a subsequence of the longer
   * one with the same agreement.
   */
  static boolean compatibleGiven(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    if (!sameGiven(a.get(0), b.get(0))) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    int j = 0;
    for (String s : shorter) {
      while (j < longer.size() && !sameGiven(s, longer.get(j))) {
        j++;
      }
      if (j == longer.size()) {
        return false;
      }
      j++;
    }
    return true;
  }

  static boolean sameGiven(String a, String b) {
    String x = a.replace(".", "");
    String y = b.replace(".", "");
    if (x.equals(y)) {
      return true;
    }
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    return false;
  }

  /** Levenshtein distance, for spotting names spelled two ways (bounded inputs: names). */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
