/**
 * The cross-source report of a story in three formats: its cited summary with the outlets behind each sentence,
 * the statements the outlets corroborate, what each outlet alone adds, quotations, contradictions, named
 * entities, a timeline and how much the outlets share.
 *
 * <ul>
 *   <li>{@link dev.precis.compare.StoryReport}: what one story's report is made of (a summary and a
 *       {@link dev.precis.compare.CrossSourceReport}).
 *   <li>{@link dev.precis.render.report.ReportRenderers}: the formats by name: {@link
 *       dev.precis.render.report.MarkdownReportRenderer markdown}, {@link
 *       dev.precis.render.report.JsonReportRenderer json} (written by the codec, {@code docs/json-schema.md}) and
 *       {@link
 *       dev.precis.render.report.HtmlReportRenderer html} (one self-contained page).
 * </ul>
 */
package dev.precis.render.report;
