package dev.precis.text;

import dev.precis.lang.GivenNames;
import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people an English sentence names, the way a journalist introduces and then refers to them: a <em>full</em>
 * mention gives a given name (or an initial) or a title before the surname ("Prime Minister Tony Blair", "Dr. Jane
 * Roe", "J. Smith", "President Clinton"); afterwards the story uses the surname alone ("Blair said", "Mr. Blair").
 *
 * <p>Names are runs of capitalised words without punctuation between them but abbreviation dots ("Dr.", "J."),
 * ending at a possessive; weekdays, months and words in capitals ("NATO") are no name words. A run is a full
 * mention of its last word when an earlier word of it is a given name ({@link GivenNames}) that is no well-known
 * place ({@code places}: "Georgia Republican"), an initial or an
 * honorific other than a courtesy title ({@code honorifics}, {@code courtesy-titles}), and its last word is more
 * than one letter, does not mark an organisation ({@code org-words}: "Will Rogers Airport") and is no well-known
 * place ({@code places}). The last word of any other run of two or more, after a word that is no courtesy title,
 * may be a full name the lists do not know ("Bulent Ecevit"): that is for the caller to tell, from the story's full
 * mentions; so is whether a word of such a run is a surname used alone. Linear in the length of the sentence.
 */
public final class NameMentions {
  /**
   * A capitalised word of a sentence that may name a person.
   *
   * @param key the word in lower case (a possessive "'s" dropped): for a full mention its surname
   * @param full whether the sentence introduces the person here (given name, initial or title before the surname)
   * @param named whether it ends a run of two or more name words, after one that is no courtesy title: a full
   *     name if it is a surname ("Bulent Ecevit"; not "Mr. Ecevit"); false for a full mention
   */
  public record Mention(String key, boolean full, boolean named) {
    /** Whether the person is introduced here, by a full mention or a full name the lists do not know. */
    public boolean introduces() {
      return full || named;
    }
  }

  private static final Set<String> INTRODUCING_TITLES;
  private static final Set<String> ORG_WORDS = WordLists.words("en", "org-words");
  private static final Set<String> WEEKDAYS = WordLists.words("en", "weekdays");
  private static final Set<String> MONTHS = Months.of("en").words();
  private static final Set<String> COURTESY = WordLists.words("en", "courtesy-titles");
  private static final Set<String> PLACES = WordLists.lines("en", "places").stream().map(NameMentions::lower)
      .collect(Collectors.toUnmodifiableSet());

  static {
    Set<String> titles = new HashSet<>(WordLists.words("en", "honorifics"));
    titles.removeAll(COURTESY);
    INTRODUCING_TITLES = Set.copyOf(titles);
  }

  private NameMentions() {}

  /**
   * A word of a sentence: its text (a possessive "'s" dropped), whether punctuation or a possessive ends its run, and
   * whether it is an initial (one capital and a dot).
   */
  private record Word(String text, boolean endsRun, boolean initial) {}

  /** The capitalised words of {@code sentence} that may name a person, in order. */
  public static List<Mention> in(String sentence) {
    List<Word> words = words(sentence, false);
    List<Mention> out = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      if (!isNameWord(words.get(k).text())) {
        k++;
        continue;
      }
      int end = k + 1;
      while (!words.get(end - 1).endsRun() && end < words.size() && isNameWord(words.get(end).text())) {
        end++;
      }
      String last = lower(words.get(end - 1).text());
      boolean surname = last.length() > 1 && !ORG_WORDS.contains(last) && !PLACES.contains(last);
      boolean full = false;
      for (int j = k; j < end - 1 && surname; j++) {
        Word w = words.get(j);
        String lw = lower(w.text());
        full |= w.initial() || GivenNames.contains(lw) && !PLACES.contains(lw) || INTRODUCING_TITLES.contains(lw);
      }
      if (full) {
        out.add(new Mention(last, true, false));
      } else {
        for (int j = k; j < end; j++) {
          boolean named = surname && j == end - 1 && j > k && !COURTESY.contains(lower(words.get(j - 1).text()));
          out.add(new Mention(lower(words.get(j).text()), false, named));
        }
      }
      k = end;
    }
    return out;
  }

  /** Adds the words {@code text} writes in lower case (as {@link #in} splits them) to {@code into}. */
  public static void lowerCaseWords(String text, Set<String> into) {
    for (Word w : words(text, true)) {
      if (Character.isLowerCase(w.text().charAt(0))) {
        into.add(w.text());
      }
    }
  }

  private static boolean isNameWord(String w) {
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
      return false; // "NATO", "AP"; a single capital is an initial
    }
    String lw = lower(w);
    return !WEEKDAYS.contains(lw) && !(MONTHS.contains(lw) && !lw.equals("may"));
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Stands for a word that does not open with a capital when the words' text is not needed. */
  private static final Word LOWER = new Word("a", true, false);

  /**
   * The words of a text: letters and digits with apostrophes and hyphens inside them; a possessive "'s" is dropped
   * and ends the word's run, as does any character between two words other than white space and a dot. Words that
   * do not open with a capital are {@link #LOWER} unless {@code lowerCase}.
   */
  private static List<Word> words(String text, boolean lowerCase) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text.charAt(i)) && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      }
      if (!lowerCase && !Character.isUpperCase(text.charAt(start))) {
        out.add(LOWER);
        continue;
      }
      String w = text.substring(start, i);
      boolean possessive = w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
      if (possessive) {
        w = w.substring(0, w.length() - 2);
      }
      boolean dot = i < n && text.charAt(i) == '.';
      int next = dot ? i + 1 : i;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      boolean broken = next < n && !Character.isLetterOrDigit(text.charAt(next));
      out.add(new Word(w, possessive || broken, w.length() == 1 && dot && Character.isUpperCase(w.charAt(0))));
      i = next;
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-';
  }
}
