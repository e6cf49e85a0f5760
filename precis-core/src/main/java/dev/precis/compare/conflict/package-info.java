/**
 * What the documents of one story state differently: {@link dev.precis.compare.conflict.ContradictionFinder} (the
 * entry point and the rules) runs one detector per kind of fact, {@link
 * dev.precis.compare.conflict.NumberConflicts} (numbers and dates), {@link
 * dev.precis.compare.conflict.NameConflicts} and {@link dev.precis.compare.conflict.QuoteSpeakerConflicts}; each
 * finds {@link dev.precis.compare.conflict.Conflict}s of {@link dev.precis.compare.conflict.Claim}s that cite
 * their passages. English only.
 *
 * <p>Uses {@code compare.scan}, {@code compare.entity}, {@code compare.quote} and {@code compare.quantity}.
 */
package dev.precis.compare.conflict;
