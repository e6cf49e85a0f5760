/**
 * The cross-source report of one story, assembled from the sub-packages that each find one thing: who is quoted
 * saying what in which outlet, which facts the outlets state differently, what several outlets corroborate and
 * what only one carries, who and where the story names, when things happened, and how much the outlets share.
 *
 * <ul>
 *   <li>{@link dev.precis.compare.scan}: one document as the analysis sees it (tokens, paragraphs, quotation
 *       marks, name mentions) and the English word lists.
 *   <li>{@link dev.precis.compare.entity}: the names of the story clustered into people and organisations, places
 *       found by rules, and the mentions per document.
 *   <li>{@link dev.precis.compare.quote}: every direct quotation with its speaker, grouped across outlets.
 *   <li>{@link dev.precis.compare.time}: the dated events and the one date resolver of the timeline and the
 *       conflict finder.
 *   <li>{@link dev.precis.compare.quantity}: numbers, amounts, measures and calendar days read and normalised.
 *   <li>{@link dev.precis.compare.conflict}: numbers, dates, names and quotation speakers that differ between
 *       outlets, each claim citing its passage.
 *   <li>{@link dev.precis.compare.statement}: the statements (redundancy groups) several outlets corroborate, the
 *       ones unique to one outlet, and the outlet sharing matrix.
 *   <li>Here: {@link dev.precis.compare.CrossSourceReport} (all of it from one pass), {@link
 *       dev.precis.compare.StoryReport} (a summary and its report), and {@link dev.precis.compare.ReportEvaluator}
 *       with {@link dev.precis.compare.LabeledStory} (measurement on labeled stories, format in {@code
 *       src/test/resources/report/README.md}).
 * </ul>
 *
 * The dependencies run one way: this package uses the sub-packages, never the reverse, and the sub-packages use
 * each other without cycles ({@code scan} &lt;- {@code entity} &lt;- {@code quote} &lt;- {@code conflict};
 * {@code time} &lt;- {@code quantity} &lt;- {@code conflict}; {@code statement} on its own), as {@code
 * dev.precis.ArchitectureTest} checks.
 *
 * <p>Everything is rule-based (no model, no GPL code) and near-linear in the size of the story. The word lists are
 * English resource files ({@code dev/precis/lang/en/*.txt}, read by {@link dev.precis.lang.WordLists}); conflicts
 * and the timeline are English only and left empty for other languages, while quotations, names and statements
 * are found in any language (speakers and names with English cues).
 */
package dev.precis.compare;
