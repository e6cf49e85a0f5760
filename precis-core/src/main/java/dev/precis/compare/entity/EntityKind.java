package dev.precis.compare.entity;

/** What an {@link EntityMentions} names. */
public enum EntityKind {
  PERSON,
  ORGANISATION,
  PLACE
}
