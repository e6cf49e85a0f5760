/**
 * The analysis behind the cross-source report: who is quoted saying what in which outlet, which facts the
 * outlets state differently, what several outlets corroborate and what only one carries, who and where the story
 * names, when things happened, and how much the outlets share.
 *
 * <ul>
 *   <li>{@link dev.precis.report.QuoteExtractor}: every direct quotation with its speaker ({@link
 *       dev.precis.report.Quote}), names normalised across the story ({@link dev.precis.report.Person}), and
 *       quotations grouped across outlets ({@link dev.precis.report.QuoteGroup}).
 *   <li>{@link dev.precis.report.ContradictionFinder}: numbers, dates and names that differ between outlets, and
 *       quotations given to different speakers ({@link dev.precis.report.Conflict} of {@link
 *       dev.precis.report.Claim}s, each citing its passage).
 *   <li>Statements ({@link dev.precis.report.Statement}, built from the redundancy groups of the analyzed
 *       story): the corroborated ones, the ones unique to one outlet, and the {@link
 *       dev.precis.report.OutletSharing} matrix.
 *   <li>{@link dev.precis.report.EntityMentions}: people and organisations from the name clustering, places from
 *       rules without a gazetteer of the world (place words, prepositions, a modest list of well-known places),
 *       with mentions per document.
 *   <li>{@link dev.precis.report.TimelineEvent}: explicit and relative date expressions, relative ones resolved
 *       against each article's publication date.
 *   <li>{@link dev.precis.report.CrossSourceReport}: all of it from one pass.
 *   <li>{@link dev.precis.report.ReportEvaluator} and {@link dev.precis.report.LabeledStory}: measurement on
 *       labeled stories (format in {@code src/test/resources/report/README.md}).
 * </ul>
 *
 * Everything is rule-based English (no model, no GPL code) and linear-ish in the size of the story.
 */
package dev.precis.report;
