package dev.precis.report;

/** What an {@link EntityMentions} names. */
public enum EntityKind {
  PERSON,
  ORGANISATION,
  PLACE
}
