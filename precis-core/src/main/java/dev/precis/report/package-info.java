/**
 * The analysis behind the cross-source report: who is quoted saying what in which outlet, and which facts the
 * outlets state differently.
 *
 * <ul>
 *   <li>{@link dev.precis.report.QuoteExtractor}: every direct quotation with its speaker ({@link
 *       dev.precis.report.Quote}), names normalised across the story ({@link dev.precis.report.Person}), and
 *       quotations grouped across outlets ({@link dev.precis.report.QuoteGroup}).
 *   <li>{@link dev.precis.report.ContradictionFinder}: numbers, dates and names that differ between outlets, and
 *       quotations given to different speakers ({@link dev.precis.report.Conflict} of {@link
 *       dev.precis.report.Claim}s, each citing its passage).
 *   <li>{@link dev.precis.report.CrossSourceReport}: both from one pass.
 *   <li>{@link dev.precis.report.ReportEvaluator} and {@link dev.precis.report.LabeledStory}: measurement on
 *       labeled stories (format in {@code src/test/resources/report/README.md}).
 * </ul>
 *
 * Everything is rule-based English (no model, no GPL code) and linear-ish in the size of the story.
 */
package dev.precis.report;
