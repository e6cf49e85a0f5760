package dev.precis.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.compare.entity.Person;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per quotation form; every text is invented. */
class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static Story story(String... texts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new Document("d" + i, null, "Outlet " + i, null, LocalDateTime.of(2026, 3, 10, 12, 0), texts[i]));
    }
    return Story.of("test", docs);
  }

  private Quotations extract(String... texts) {
    return extractor.extract(story(texts));
  }

  /** The speaker of the quotation containing {@code words}. */
  private static String speakerOf(Quotations q, String words) {
    for (Quote quote : q.quotes()) {
      if (quote.text().contains(words)) {
        return quote.speaker();
      }
    }
    throw new AssertionError("no quotation with: " + words + " in " + q.quotes());
  }

  private static Quote quote(Quotations q, String words) {
    return q.quotes().stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void speechVerbAndColonBeforeTheQuotation() {
    Quotations q = extract("Mr Coats said: \"I think we will learn more as time goes by.\"");
    assertThat(speakerOf(q, "learn more")).isEqualTo("Coats");
    Quote quote = q.quotes().get(0);
    assertThat(quote.text()).isEqualTo("I think we will learn more as time goes by.");
    assertThat(quote.speakerSpan().of(story("Mr Coats said: \"x\"").documents().get(0).text())).isEqualTo("Coats");
  }

  @Test
  void anArticleThatEndsWithANameAndACommaIsRead() {
    // a scraped page cut off after "Name," once threw IndexOutOfBoundsException looking past the last token
    Quotations q = extract("\"We will reopen the pier in May,\" said harbour master Odile Fenwick. "
        + "The work was paid for by Odile Fenwick,");
    assertThat(speakerOf(q, "reopen the pier")).isEqualTo("Odile Fenwick");
  }

  @Test
  void nameAndVerbAfterTheQuotation() {
    Quotations q = extract("\"That is not going to happen,\" Mr Pompeo said.");
    assertThat(speakerOf(q, "not going to happen")).isEqualTo("Pompeo");
    assertThat(q.quotes().get(0).text()).isEqualTo("That is not going to happen");
  }

  @Test
  void verbThenTitledNameAfterTheQuotation() {
    Quotations q = extract("\"The water was cold and the current was strong,\" said Chief Fire Officer Marek "
        + "Dunmore, whose crews arrived first.");
    assertThat(speakerOf(q, "water was cold")).isEqualTo("Marek Dunmore");
    assertThat(q.people()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Marek Dunmore");
      assertThat(p.role()).contains("Chief Fire Officer");
    });
  }

  @Test
  void pronounRefersToTheLastNamedPersonOfMatchingGender() {
    Quotations q = extract("Press secretary Sarah Sanders said on Twitter that Mr Trump had agreed to talks. "
        + "She added: \"Those discussions are already under way.\"\n\n"
        + "Mr Coats also said that after Mr Trump met the Russian leader he did not know what was said.\n\n"
        + "\"I don't know what happened in that meeting,\" he said.");
    assertThat(speakerOf(q, "discussions are already")).isEqualTo("Sarah Sanders");
    // "he" is the subject of the last sentence (Coats), not the man named later in it (Trump)
    assertThat(speakerOf(q, "what happened in that meeting")).isEqualTo("Coats");
  }

  @Test
  void genderCuesChooseBetweenTwoPeople() {
    Quotations q = extract("Ms Petra Lind met Mr Tomas Berg at the depot. Mr Berg said the trams were late. "
        + "\"We are sorry,\" she said.");
    assertThat(speakerOf(q, "We are sorry")).isEqualTo("Petra Lind");
  }

  @Test
  void quotationSplitBySpeechTagIsTwoPartsWithOneSpeaker() {
    Quotations q = extract("The mayor, Ilse Varga, spoke to reporters in the afternoon.\n\n"
        + "\"We are going to find out exactly what happened,\" she said, \"and that bridge will not carry a "
        + "single car again until it is safe.\"");
    assertThat(q.quotes()).hasSize(2);
    assertThat(q.quotes()).allSatisfy(x -> assertThat(x.speaker()).isEqualTo("Ilse Varga"));
    assertThat(q.quotes().get(1).text()).startsWith("and that bridge");
  }

  @Test
  void quotationRunningIntoTheNextParagraphKeepsItsSpeaker() {
    Quotations q = extract("Ms Sanders said: \"It is a proposal that was made in sincerity.\n\n"
        + "\"Hopefully the twelve men will come to prove their innocence.\"\n\n"
        + "Analysts were unconvinced.");
    assertThat(q.quotes()).hasSize(2);
    assertThat(speakerOf(q, "made in sincerity")).isEqualTo("Sanders");
    assertThat(speakerOf(q, "prove their innocence")).isEqualTo("Sanders");
  }

  @Test
  void bareQuotationParagraphContinuesThePreviousSpeaker() {
    Quotations q = extract("In an interview, Mr Trump said he was \"getting along\" with the Russian leader.\n\n"
        + "\"If it doesn't work out I'll be the worst enemy he's ever had.\"");
    assertThat(speakerOf(q, "worst enemy")).isEqualTo("Trump");
  }

  @Test
  void straightCurlyAndSingleQuotationMarks() {
    Quotations q = extract(
        "\u201CWe will rebuild,\u201D said Mayor Tom Rudd. Grandmother Lorna Pike, 78, said: 'I've been with "
            + "them since 1979. I don't know who to trust any more.' Resident Priya Shah said she was fine. "
            + "\u2018We are alive, and that\u2019s what matters,\u2019 she told us.");
    assertThat(speakerOf(q, "We will rebuild")).isEqualTo("Tom Rudd");
    Quote single = quote(q, "who to trust");
    assertThat(single.text()).isEqualTo("I've been with them since 1979. I don't know who to trust any more.");
    assertThat(single.speaker()).isEqualTo("Lorna Pike");
    assertThat(speakerOf(q, "that\u2019s what matters")).isEqualTo("Priya Shah");
  }

  @Test
  void nestedQuotationIsPartOfTheOuterOne() {
    Quotations q = extract("\"The sentence should have been, 'I don't see any reason why it wouldn't be,'\" "
        + "Trump said.");
    assertThat(q.quotes()).hasSize(1);
    assertThat(q.quotes().get(0).speaker()).isEqualTo("Trump");
  }

  @Test
  void toldReportersTweetedPostedWrote() {
    Quotations q = extract("Mayor Ilse Varga told reporters: \"Nobody in that chamber voted to put anyone in "
        + "danger.\" Press Secretary Sarah Sanders tweeted: \"The talks will go ahead.\" "
        + "\"The summit was a great success,\" Mr Trump posted to Twitter. Industry consultant Hywel Barry "
        + "wrote in a blog post: \"The inquiry must ask whether that played a part.\"");
    assertThat(speakerOf(q, "Nobody in that chamber")).isEqualTo("Ilse Varga");
    assertThat(speakerOf(q, "talks will go ahead")).isEqualTo("Sarah Sanders");
    assertThat(speakerOf(q, "great success")).isEqualTo("Trump");
    assertThat(speakerOf(q, "played a part")).isEqualTo("Hywel Barry");
  }

  @Test
  void accordingTo() {
    Quotations q = extract("According to Detective Superintendent Mark Ellery, \"several lines of inquiry\" "
        + "are being followed. The manager had \"lost the trust of the players\", according to a senior club "
        + "source. The crew reached the ladder first, \"within four minutes\", according to Harbour Master "
        + "Jon Reyes.");
    assertThat(speakerOf(q, "lines of inquiry")).isEqualTo("Mark Ellery");
    assertThat(speakerOf(q, "lost the trust")).isNull();
    assertThat(speakerOf(q, "within four minutes")).isEqualTo("Jon Reyes");
  }

  @Test
  void partialQuotationInReportedSpeech() {
    Quotations q = extract("Its lead investigator, Dr. Anneli Hask, said the inquiry would \"look at "
        + "everything\". Mr McFaul said the request from Mr Putin was \"ridiculous\", and the Senate agreed.");
    assertThat(speakerOf(q, "look at everything")).isEqualTo("Anneli Hask");
    assertThat(speakerOf(q, "ridiculous")).isEqualTo("McFaul");
  }

  @Test
  void unnamedSourcesHaveNoSpeaker() {
    Quotations q = extract("\"It's like a war zone out there,\" said one firefighter. "
        + "\"We are monitoring the air,\" a spokeswoman for the Environment Agency said. "
        + "Tomas Wrona had worked there for years and was \"like part of the furniture\", colleagues said. "
        + "Another passenger, who did not want to be named, said: \"The driver was going far too fast.\" "
        + "In a statement, their families said they were \"proud of them every day\".");
    assertThat(q.quotes()).hasSize(5).allSatisfy(x -> {
      assertThat(x.speaker()).isNull();
      assertThat(x.speakerSpan()).isNull();
    });
  }

  @Test
  void appositivesAndPossessivesAroundTheSpeaker() {
    Quotations q = extract("His mother, Karen Cole, said: \"I just want to hold him.\" "
        + "\"He was a good coach let down by the people above him,\" said Benedetti's former assistant, Ian Cray. "
        + "Mayor Ilse Varga, who grew up two streets away, told the Gazette the city owed its crews \"more than "
        + "we can say\". One dairy farmer from Ayrshire said: \"We've heard promises like this before.\"");
    assertThat(speakerOf(q, "hold him")).isEqualTo("Karen Cole");
    assertThat(speakerOf(q, "good coach")).isEqualTo("Ian Cray");
    assertThat(speakerOf(q, "more than we can say")).isEqualTo("Ilse Varga");
    assertThat(speakerOf(q, "promises like this")).isNull();
  }

  @Test
  void descriptionsResolveByRoleOrToTheOrganisation() {
    Quotations q = extract("Mayor Petra Lindqvist said the city would review its tram curves. Police "
        + "Superintendent Aron Vidal agreed. \"One bad bend is one too many,\" the mayor said.\n\n"
        + "Insurer Harlow Mutual said its claims line was busy. \"Photograph everything,\" the insurer said.");
    assertThat(speakerOf(q, "One bad bend")).isEqualTo("Petra Lindqvist");
    assertThat(speakerOf(q, "Photograph everything")).isEqualTo("Harlow Mutual");
    assertThat(q.people()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Harlow Mutual");
      assertThat(p.organisation()).isTrue();
    });
  }

  @Test
  void namesAreNormalisedAcrossTheStory() {
    Quotations q = extract(
        "White House press secretary Sarah Sanders said: \"The invitation stands.\"",
        "\"It was made in sincerity,\" Ms Sanders said.",
        "Press secretary Sarah Huckabee Sanders said the offer was \"made in good faith\". \"We will see,\" "
            + "Sanders added.");
    assertThat(q.quotes()).hasSize(4).allSatisfy(x -> assertThat(x.speaker()).isEqualTo("Sarah Sanders"));
    assertThat(q.people().stream().filter(p -> p.name().endsWith("Sanders"))).hasSize(1);
    Person sanders = q.people().stream().filter(p -> p.name().equals("Sarah Sanders")).findFirst().orElseThrow();
    assertThat(sanders.gender()).isEqualTo('F');
    assertThat(sanders.forms()).contains("Ms Sanders");
  }

  @Test
  void sameSurnameDifferentPeopleAreKeptApart() {
    Quotations q = extract("Glenmoor's chair, Fiona Drummond, backed the offer. \"This gives Glenmoor the "
        + "investment it needs,\" Ms Drummond said. Ewan Drummond, a farmer and no relation, was less sure. "
        + "\"They will be nice to us for a year,\" Mr Drummond said.");
    assertThat(speakerOf(q, "investment it needs")).isEqualTo("Fiona Drummond");
    assertThat(speakerOf(q, "nice to us")).isEqualTo("Ewan Drummond");
  }

  @Test
  void quotationsAreGroupedAcrossOutlets() {
    Quotations q = extract(
        "\"The water was cold and the current was strong,\" Dunmore said.",
        "Chief Fire Officer Marek Dunmore said: \"The water was cold and the current was strong. Those people "
            + "were pulled out by crews.\"",
        "\"Nothing to do with the bridge,\" said Ade Forsyth.");
    QuoteGroup cold = q.groups().stream().filter(g -> g.text().contains("water was cold")).findFirst()
        .orElseThrow();
    assertThat(cold.documents()).containsExactly(0, 1);
    assertThat(cold.speakers()).containsExactly("Marek Dunmore");
    assertThat(cold.text()).endsWith("pulled out by crews.");
    assertThat(q.groups()).hasSize(2);
  }

  @Test
  void spansCoverTheQuotedWordsOnly() {
    Story s = story("Lotte Brandvik said: \u201CI am deeply sorry.\u201D \"Nobody listened,\" she said.");
    Quotations q = extractor.extract(s);
    String text = s.documents().get(0).text();
    for (Quote quote : q.quotes()) {
      assertThat(quote.span().of(text)).isEqualTo(quote.text());
      assertThat(quote.text()).doesNotContain("\"", "\u201C", "\u201D");
      assertThat(quote.speakerSpan().of(text)).isEqualTo("Lotte Brandvik");
    }
  }

  @Test
  void strayQuotationMarksAreNotQuotations() {
    Quotations q = extract("/ AFP PHOTO / Brendan Smialowski\"/>\n\nThe footage shows the span.\n\"/>\n\n"
        + "It was the 1990s' worst year, and the Workers' Union said nothing.");
    assertThat(q.quotes()).isEmpty();
  }
}
