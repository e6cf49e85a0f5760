package dev.precis.compare.entity;

import dev.precis.compare.scan.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A modest list of well-known place names (countries, capitals, US states, Canadian provinces, Australian states,
 * UK nations and large cities, continents and seas) and the word lists place detection uses. Written for Precis;
 * not exhaustive: unknown places are found by the cues of {@link Places}.
 */
final class Gazetteer {
  private Gazetteer() {}

  /** Lower-case names, several words joined by one space. */
  static final Set<String> PLACES = lowerCase(Lexicon.englishLines("places"));

  private static Set<String> lowerCase(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      out.add(n.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Languages, peoples, holidays and other capitalised words that follow "in"/"at" without being places. */
  static final Set<String> NOT_PLACES = Lexicon.english("not-places");

  /** Last words that make a name a place ("Corran Road", "River Menne Bridge", "St. Aldric's Hospital"). */
  static final Set<String> HEADS = Lexicon.english("place-heads");

  /** Heads that are also surnames or common words: not a place after a given name ("Ruth Green"). */
  static final Set<String> AMBIGUOUS_HEADS = Lexicon.english("ambiguous-place-heads");

  /** Heads of buildings whose name is often written without them ("St. Aldric's" for the hospital). */
  static final Set<String> BUILDING_HEADS = Lexicon.english("building-heads");

  /** First words that make a name of two or more words a place ("River Menne", "Mount Kenya"). */
  static final Set<String> PREFIXES = Lexicon.english("place-prefixes");

  /**
   * Direction words that make a place of a listed place or a place-word name only ("North Yorkshire", "Lower
   * Quay Street"): "Northern Light" is a ship.
   */
  static final Set<String> DIRECTIONS = Lexicon.english("directions");

  /** Lower-case words after a name that say it is a company ("Velcom shares", "Velcom chief executive"). */
  static final Set<String> ORG_AFTER = Lexicon.english("org-after");

  /** Words before "to" that make it a place preposition ("flew to Erie", "diverted to Zeebrugge"). */
  static final Set<String> MOTION = Lexicon.english("motion-words");

  /** Words that make a name an organisation whatever else it holds (unless it ends in a place word). */
  static final Set<String> ORG_ONLY = Lexicon.english("org-only-words");

  /** Lower-case words before a name that say a place follows ("in Kestrelmouth", "across Saltmarket"). */
  static final Set<String> PREPOSITIONS = Lexicon.english("place-prepositions");

  /** Lower-case nouns before "of" that say a place follows ("the port city of Kestrelmouth"). */
  static final Set<String> CONTAINERS_OF = Lexicon.english("place-containers-of");

  /** Lower-case nouns after a name that say it is a place ("the Saltmarket district", "Kestrelmouth city"). */
  static final Set<String> AFTER = Lexicon.english("place-after");
}
