package dev.precis.compare.quote;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.entity.Entities;
import dev.precis.compare.entity.Entities.Entity;
import dev.precis.compare.entity.EntityReport;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.DocumentScan.Mention;
import dev.precis.compare.scan.DocumentScan.RawQuote;
import dev.precis.compare.scan.Lexicon;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.model.Span;
import dev.precis.model.Story;
import dev.precis.text.SegmentedStory;
import dev.precis.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every direct quotation in a story and who said it.
 *
 * <h2>Quotations</h2>
 *
 * Straight ({@code "}), curly ({@code “ ”}), low ({@code „}), guillemet and single ({@code ‘ ’}, {@code '})
 * quotation marks, outside-in (a quotation nested in another is part of it). A quotation without a closing mark
 * at the end of its paragraph continues in the next paragraph when that opens with a quotation mark (news style);
 * each paragraph's part is a {@link Quote} of its own with the same speaker, and so is each part of a quotation
 * interrupted by a speech tag.
 *
 * <h2>Speakers</h2>
 *
 * In order: a speech tag after the quotation ({@code ," Varga said}, {@code ," said Chief Fire Officer Marek
 * Dunmore}, {@code ," she said}, {@code , according to X}); a speech verb before it in the same sentence
 * ({@code Mr Coats said: "}, {@code X told reporters: "}, {@code X tweeted}, {@code X posted to Twitter:},
 * {@code X said the inquiry would "...}, {@code According to X, "}); the speaker of the quotation it continues, of
 * the previous quotation in the paragraph, or of the previous paragraph's last quotation for a paragraph that is a
 * bare quotation; the subject of the sentence. The subject of a speech verb is read back over fillers
 * ({@code also}, {@code had}) and parentheticals ({@code , 52,}, {@code , who ...,}, {@code , the company's chief
 * executive,}); an appositive name wins over a description ({@code His mother, Karen Cole, said}).
 *
 * <ul>
 *   <li>Pronouns ({@code he}, {@code she}) refer to the most recent compatible subject (a person who began a
 *       sentence or spoke) within the last three paragraphs, else the most recent compatible person; gender comes
 *       from titles (Mr, Ms, Mrs), role words (spokeswoman, mother) and common given names.
 *   <li>Definite descriptions resolve by role ({@code the mayor} → the person titled Mayor), organisation nouns to
 *       the most recent organisation ({@code the company}, {@code the insurer}).
 *   <li>Indefinite and plural sources ({@code one resident}, {@code a spokeswoman for X}, {@code colleagues},
 *       {@code their families}) give a null speaker.
 * </ul>
 *
 * Names are normalised across the story by {@link Entities}: people by surname with compatible given names
 * ({@code Sarah Sanders}, {@code Ms Sanders}, {@code Sarah Huckabee Sanders} and {@code Sanders} are one person;
 * {@code Ms Drummond} and {@code Mr Drummond} are not), titles stripped and kept as roles.
 *
 * <p>Thread-safe and stateless; linear in the length of the story apart from grouping, which compares only
 * quotations that share a three-word shingle (postings of very common shingles are skipped).
 */
public final class QuoteExtractor {
  /**
   * Everything one extraction computed; the report's other parts reuse it.
   *
   * @param lowerWords the words the story writes in lower case somewhere ({@link EntityReport#lowerWords})
   */
  public record Extraction(List<DocumentScan> docs, Entities entities, Quotations quotations, List<RawQuote> raw,
      Set<String> lowerWords) {}

  public QuoteExtractor() {}

  /** The quotations of a story; offsets refer to its documents' texts as given (no debris cleaning). */
  public Quotations extract(Story story) {
    return analyze(new Segmenter().segment(story)).quotations();
  }

  /**
   * The quotations of an analyzed story (its segmentation is reused); offsets refer to {@code
   * story.story().documents()}, the cleaned texts when the story came from {@code Precis.analyze}.
   */
  public Quotations extract(AnalyzedStory story) {
    return analyze(story.segmented()).quotations();
  }

  public Extraction analyze(SegmentedStory seg) {
    Story story = seg.story();
    Set<String> lowerWords = EntityReport.lowerWords(story.documents());
    List<DocumentScan> docs = new ArrayList<>();
    for (int d = 0; d < story.documents().size(); d++) {
      Document doc = story.documents().get(d);
      List<Span> sents = new ArrayList<>();
      for (int s = seg.firstSentenceOf(d); s < seg.firstSentenceOf(d) + seg.sentencesIn(d); s++) {
        Sentence sentence = seg.sentences().get(s);
        sents.add(sentence.span());
      }
      DocumentScan scan = new DocumentScan(d, doc.text(), doc.date(), sents);
      scan.findMentions(lowerWords);
      docs.add(scan);
    }
    Entities entities = new Entities();
    entities.build(docs);
    for (DocumentScan d : docs) {
      appositiveRoles(d, entities);
    }
    List<Quote> quotes = new ArrayList<>();
    List<RawQuote> raw = new ArrayList<>();
    for (DocumentScan d : docs) {
      new SpeakerAttributor(d, entities).run();
      for (RawQuote q : d.quotes) {
        String speaker = q.entity >= 0 ? entities.get(q.entity).name : null;
        quotes.add(new Quote(q.span.of(d.text), q.span, d.index, speaker, speaker == null ? null : q.speakerSpan));
        raw.add(q);
      }
    }
    List<QuoteGroup> groups = QuoteGrouper.group(quotes);
    Quotations quotations = new Quotations(quotes, groups, entities.people());
    return new Extraction(docs, entities, quotations, raw, lowerWords);
  }

  /** Roles from appositions: "Lotte Brandvik, the chief executive of X," and "Glenmoor's chair, Fiona Drummond". */
  private static void appositiveRoles(DocumentScan d, Entities entities) {
    for (Mention m : d.mentions) {
      if (m.entity < 0 || m.org) {
        continue;
      }
      Entity e = entities.get(m.entity);
      int k = m.tokEnd;
      if (d.isPunct(k, ',') && (Lexicon.DEFINITE.contains(d.lower(k + 1)) || d.lower(k + 1).equals("a")
          || d.lower(k + 1).equals("an") || Lexicon.PERSON_NOUNS.contains(d.lower(k + 1))
          || Lexicon.TITLES.contains(d.lower(k + 1)) || d.isPossessive(k + 1))) {
        StringBuilder role = new StringBuilder();
        int j = k + 1;
        while (j < d.size() && j < k + 14 && !d.isPunct(j, ',') && !d.isPunct(j, '.') && !d.isQuoteMark(j)
            && !Lexicon.RELATIVES.contains(d.lower(j))) {
          role.append(d.tok(j).text()).append(' ');
          j++;
        }
        if (d.isPunct(j, ',') || d.isPunct(j, '.')) {
          entities.addRole(e, role.toString());
        }
      }
      int b = m.tokStart - 1;
      if (d.isPunct(b, ',')) {
        StringBuilder role = new StringBuilder();
        int j = b - 1;
        while (j >= 0 && j > b - 8 && d.isWord(j) && d.tokSent[j] == d.tokSent[b]) {
          role.insert(0, d.tok(j).text() + " ");
          j--;
        }
        if (role.length() > 0 && d.isPunct(m.tokEnd, ',')) {
          entities.addRole(e, role.toString());
        }
      }
    }
  }
}
