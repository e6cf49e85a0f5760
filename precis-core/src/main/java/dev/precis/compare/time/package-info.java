/**
 * When things happened: the dated events of a story ({@link dev.precis.compare.time.Timeline} making {@link
 * dev.precis.compare.time.TimelineEvent}s) and {@link dev.precis.compare.time.DateResolver}, the one set of rules
 * for which day "on Tuesday" or "March 10" means, shared with the conflict finder's date reader. English only.
 *
 * <p>Uses {@code compare.scan} only.
 */
package dev.precis.compare.time;
