package dev.precis.compare.conflict;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A fact that documents of one story state differently.
 *
 * @param kind what differs
 * @param claims what each document says, at least two documents and two incompatible values; claims that agree
 *     with each other are included too, in story order
 */
public record Conflict(Kind kind, List<Claim> claims) {
  /** What differs between the claims. */
  public enum Kind {
    /** A count, amount, measure, percentage or age. */
    NUMBER,
    /** The calendar day of an event. */
    DATE,
    /** The name of a person (same role, different or differently spelled names). */
    NAME,
    /** The speaker of one quotation. */
    QUOTE_SPEAKER
  }

  public Conflict {
    Objects.requireNonNull(kind, "kind");
    claims = List.copyOf(claims);
  }

  /** The distinct values, in order of first appearance. */
  public Set<String> values() {
    Set<String> out = new LinkedHashSet<>();
    for (Claim c : claims) {
      out.add(c.value());
    }
    return out;
  }
}
