/**
 * One document as the cross-source analysis reads it: {@link dev.precis.compare.scan.DocumentScan} (paragraphs,
 * sentences, tokens with offsets from {@link dev.precis.compare.scan.Tokens}, quotation spans), the name mentions
 * {@link dev.precis.compare.scan.MentionFinder} classifies in it, and the English word lists of the analysis
 * ({@link dev.precis.compare.scan.Lexicon}). Every pass is linear in the length of the document.
 *
 * <p>The other {@code compare} packages build on this one; it uses none of them.
 */
package dev.precis.compare.scan;
