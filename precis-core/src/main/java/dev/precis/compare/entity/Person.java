package dev.precis.compare.entity;

import java.util.List;

/**
 * A person or organisation named in a story, with every form of the name that refers to it.
 *
 * @param name normalised name: for a person the most frequent full form (given names and surname, titles
 *     stripped; the first seen on a tie), for an organisation its longest form without a leading "The"
 * @param organisation whether this is an organisation rather than a person
 * @param role titles and descriptions the story attaches to the name ("Mayor", "chief executive of Varnholm
 *     Transit"), most frequent first; empty when none
 * @param gender 'M', 'F' or '?' as far as titles, pronoun-free cues and given names tell
 * @param forms every distinct form of the name seen in the story ("Ms Sanders", "Sarah Huckabee Sanders", ...)
 */
public record Person(String name, boolean organisation, List<String> role, char gender, List<String> forms) {
  public Person {
    role = List.copyOf(role);
    forms = List.copyOf(forms);
  }
}
