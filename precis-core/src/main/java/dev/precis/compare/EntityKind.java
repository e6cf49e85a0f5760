package dev.precis.compare;

/** What an {@link EntityMentions} names. */
public enum EntityKind {
  PERSON,
  ORGANISATION,
  PLACE
}
