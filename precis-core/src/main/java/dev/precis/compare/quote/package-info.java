/**
 * Direct quotations: {@link dev.precis.compare.quote.QuoteExtractor} finds every quotation of a story ({@link
 * dev.precis.compare.quote.Quote}), {@link dev.precis.compare.quote.SpeakerAttributor} gives each its speaker, and
 * {@link dev.precis.compare.quote.QuoteGrouper} groups the same words carried by several outlets ({@link
 * dev.precis.compare.quote.QuoteGroup}); {@link dev.precis.compare.quote.Quotations} holds all of it.
 *
 * <p>Uses {@code compare.scan} and {@code compare.entity} (speakers are the story's clustered names).
 */
package dev.precis.compare.quote;
