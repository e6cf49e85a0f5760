/**
 * Numbers and dates read from English news text and normalised so that equal values written differently compare
 * equal: {@link dev.precis.compare.quantity.Quantities} (the values of a document in text order, each an immutable
 * {@link dev.precis.compare.quantity.Value}), read by {@link
 * dev.precis.compare.quantity.NumberReader} (counts, amounts, percentages, measures, ages, approximations as
 * intervals) and {@link dev.precis.compare.quantity.DateReader} (calendar days, resolved by {@code
 * compare.time.DateResolver}).
 *
 * <p>Uses {@code compare.scan} and {@code compare.time}.
 */
package dev.precis.compare.quantity;
