package dev.precis.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The month names of a language, read from its list {@code months} (one month a line in calendar order: the
 * name, then its abbreviations, lower case). The one month table of Precis: the cleaner, the timeline and the
 * number reader all ask it.
 */
public final class Months {
  private static final Map<String, Months> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> abbreviations = new ArrayList<>();
  private final List<String> shortForms = new ArrayList<>();

  private Months(String language) {
    List<String> lines = WordLists.lines(language, "months");
    if (lines.size() != 12) {
      throw new IllegalArgumentException("the month list of '" + language + "' has " + lines.size() + " lines, not 12");
    }
    for (int m = 0; m < 12; m++) {
      String[] words = lines.get(m).split("\\s+");
      names.add(words[0]);
      for (int i = 0; i < words.length; i++) {
        numbers.put(words[i], m + 1);
        if (i > 0) {
          abbreviations.add(words[i]);
          shortForms.add(words[i]);
        }
      }
      if (words.length == 1) {
        shortForms.add(words[0]);
      }
    }
  }

  /** The months of {@code language} (read once). */
  public static Months of(String language) {
    return BY_LANGUAGE.computeIfAbsent(language.toLowerCase(Locale.ROOT), Months::new);
  }

  /** 1 to 12 for a month's name or abbreviation in any case ("March", "sept"), else 0. */
  public int number(String word) {
    return numbers.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * One short form per month in calendar order, lower case: each of its abbreviations, or its name when it has
   * none ("jan", "feb", ..., "may", ..., "sep", "sept", ...).
   */
  public List<String> shortForms() {
    return List.copyOf(shortForms);
  }

  /** The twelve names in calendar order, lower case. */
  public List<String> names() {
    return List.copyOf(names);
  }

  /** Every name and abbreviation, lower case. */
  public Set<String> words() {
    return Set.copyOf(numbers.keySet());
  }

  /**
   * A regular expression for a capitalized month name or abbreviation, an abbreviation optionally followed by a
   * dot ("March", "Sept."), as one capturing group.
   */
  public String capitalizedPattern() {
    StringBuilder sb = new StringBuilder("(");
    for (String n : names) {
      sb.append(WordLists.capitalized(n)).append('|');
    }
    sb.append("(?:");
    for (int i = 0; i < abbreviations.size(); i++) {
      sb.append(i > 0 ? "|" : "").append(WordLists.capitalized(abbreviations.get(i)));
    }
    return sb.append(")\\.?)").toString();
  }

  /**
   * A regular expression for a month name or abbreviation in lower case ("march", "sept"), longest first, as one
   * capturing group; for patterns compiled case-insensitively.
   */
  public String lowerCasePattern() {
    return numbers.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|", "(", ")"));
  }

}
