/**
 * The analysis behind the cross-source report: who is quoted saying what in which outlet, which facts the
 * outlets state differently, what several outlets corroborate and what only one carries, who and where the story
 * names, when things happened, and how much the outlets share.
 *
 * <ul>
 *   <li>{@link dev.precis.compare.quote.QuoteExtractor}: every direct quotation with its speaker ({@link
 *       dev.precis.compare.quote.Quote}; the speakers by {@code SpeakerAttributor}), names normalised across the story
 *       ({@link dev.precis.compare.entity.Person}), and quotations grouped across outlets ({@link
 *       dev.precis.compare.quote.QuoteGroup}, by {@code QuoteGrouper}).
 *   <li>{@link dev.precis.compare.conflict.ContradictionFinder}: numbers and dates ({@code NumberConflicts}, values read by
 *       {@code Quantities} with {@code NumberReader} and {@code DateReader}), names ({@code NameConflicts}) and
 *       quotations given to different speakers ({@code QuoteSpeakerConflicts}) that differ between outlets ({@link
 *       dev.precis.compare.conflict.Conflict} of {@link dev.precis.compare.conflict.Claim}s, each citing its passage).
 *   <li>Statements ({@link dev.precis.compare.statement.Statement}, built from the redundancy groups of the analyzed
 *       story): the corroborated ones, the ones unique to one outlet, and the {@link
 *       dev.precis.compare.statement.OutletSharing} matrix.
 *   <li>{@link dev.precis.compare.entity.EntityMentions}: people and organisations from the name clustering, places from
 *       rules without a gazetteer of the world (place words, prepositions, a modest list of well-known places),
 *       with mentions per document.
 *   <li>{@link dev.precis.compare.time.TimelineEvent}: explicit and relative date expressions, relative ones resolved
 *       against each article's publication date by {@code DateResolver}, the same rules the conflict finder reads
 *       dates with.
 *   <li>{@link dev.precis.compare.CrossSourceReport}: all of it from one pass.
 *   <li>{@link dev.precis.compare.ReportEvaluator} and {@link dev.precis.compare.LabeledStory}: measurement on
 *       labeled stories (format in {@code src/test/resources/report/README.md}).
 * </ul>
 *
 * Everything is rule-based (no model, no GPL code) and near-linear in the size of the story. The word lists are
 * English resource files ({@code dev/precis/lang/en/*.txt}, read by {@link dev.precis.lang.WordLists}); conflicts
 * and the timeline are English only and left empty for other languages, while quotations, names and statements
 * are found in any language (speakers and names with English cues).
 */
package dev.precis.compare;
