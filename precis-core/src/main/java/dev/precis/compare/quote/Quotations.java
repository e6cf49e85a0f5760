package dev.precis.compare.quote;

import dev.precis.compare.entity.Person;
import java.util.List;

/**
 * What {@link QuoteExtractor} finds in a story.
 *
 * @param quotes every quotation, documents in order, each document's quotations in text order
 * @param groups the quotations grouped across documents (a quotation found once is a group of one), ordered by
 *     their first member
 * @param people the people and organisations named in the story, by first appearance
 */
public record Quotations(List<Quote> quotes, List<QuoteGroup> groups, List<Person> people) {
  public Quotations {
    quotes = List.copyOf(quotes);
    groups = List.copyOf(groups);
    people = List.copyOf(people);
  }
}
