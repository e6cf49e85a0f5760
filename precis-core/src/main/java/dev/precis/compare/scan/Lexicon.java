package dev.precis.compare.scan;

import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English word lists of the cross-source analysis (all lower case; general lists, not tuned to any story),
 * read from the resources {@code dev/precis/lang/en/*.txt} by {@link WordLists}.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The English list {@code name} as a set. */
  public static Set<String> english(String name) {
    return WordLists.words("en", name);
  }

  /** The English list {@code name} in file order. */
  public static List<String> englishLines(String name) {
    return WordLists.lines("en", name);
  }

  /** Every word of {@code a} and of {@code b}. */
  public static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  public static String lc(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Verbs of saying that attribute a quotation (any tense form listed). */
  public static final Set<String> SPEECH_VERBS = WordLists.tagged("en", "speech-verbs", "quote");

  /** Words between a subject and its speech verb that do not end the subject ("Mr Coats also said"). */
  public static final Set<String> PRE_VERB_FILLERS = english("pre-verb-fillers");

  /** Titles before a name. */
  public static final Set<String> TITLES = english("titles");

  /** Capitalized words that belong to a title phrase rather than a name ("White House Press Secretary"). */
  public static final Set<String> TITLE_PHRASE_WORDS = english("title-phrase-words");

  /** Words that mark a capitalized phrase as an organisation or a place, not a person. */
  public static final Set<String> ORG_WORDS = english("org-words");

  /** Common nouns for a person that can stand before a name ("Passenger Greta Holm", "union boss Owen ..."). */
  public static final Set<String> PERSON_NOUNS = english("person-nouns");

  /** Definite descriptions that refer to an organisation ("the company said"). */
  public static final Set<String> ORG_NOUNS = english("org-nouns");

  /** Words for several unnamed people ("officials said", "their families said"). */
  public static final Set<String> GROUP_NOUNS = english("group-nouns");

  /** Determiners and words that make a description indefinite, so nobody in particular. */
  public static final Set<String> INDEFINITE = english("indefinite");

  public static final Set<String> DEFINITE = english("definite-determiners");

  public static final Set<String> PERSONAL_PRONOUNS = english("personal-pronouns");

  /** Words that stop a noun phrase when scanning (prepositions, conjunctions, auxiliaries, relative words). */
  public static final Set<String> NP_STOPS = english("np-stops");

  /** Relative words that start a parenthetical clause after a subject. */
  public static final Set<String> RELATIVES = english("relatives");

  public static final Set<String> MONTHS = Months.of("en").words();

  public static final Set<String> WEEKDAYS = english("weekdays");

  private static final Set<String> MALE_CUES = english("male-cues");
  private static final Set<String> FEMALE_CUES = english("female-cues");

  /** Gender cue of a title or person noun: 'M', 'F' or 0. */
  public static char genderCue(String word) {
    String w = lc(word);
    return MALE_CUES.contains(w) ? 'M' : FEMALE_CUES.contains(w) ? 'F' : 0;
  }
}
