package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisCleanerTest {
  private final DebrisCleaner cleaner = new DebrisCleaner();

  private static final String BODY = "The council met on Monday to discuss the budget for the coming year.";

  /** Cleans a two-paragraph article whose second paragraph is {@code line}. */
  private CleanResult withLine(String line) {
    return cleaner.clean(BODY + "\n\n" + line);
  }

  private void assertRemoved(String line, Reason reason) {
    CleanResult r = withLine(line);
    assertThat(r.text()).as(line).isEqualTo(BODY);
    assertThat(r.removals()).as(line).containsExactly(new Removal(line, reason));
  }

  private void assertKept(String line) {
    CleanResult r = withLine(line);
    assertThat(r.text()).as(line).isEqualTo(BODY + "\n\n" + line);
    assertThat(r.removals()).as(line).isEmpty();
  }

  @Nested
  class PhotoCreditsAndCaptions {
    @ParameterizedTest
    @ValueSource(strings = {
        "AFP PHOTO / Brendan Okafor",
        "/ AFP PHOTO / Brendan Okafor\"/>",
        "Picture by: Lehtikuva/Heikki Saarinen/PA Images",
        "Photo: Jana Koll / Harbour Gazette",
        "Photograph: Ben Arlow/Getty Images",
        "Getty Images",
        "Lena Ward (Staff Photographer)",
        "Image copyright Tidemark News",
        "Courier file photo",
        "REUTERS/Jane Doe",
        "Photography by Olu Bakare",
    })
    void creditLinesAreRemoved(String line) {
      assertRemoved(line, Reason.PHOTO_CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rescue workers search the rubble on Friday. (AP Photo/Kim Lee)",
        "The bridge after the collapse on Tuesday. Photograph: Ben Arlow/Getty Images",
        "Residents woke to scenes of devastation on the seafront (Image: Blare)",
        "Parents hold signs outside the meeting on Tuesday. Dwayne Pruitt (Staff Photographer)",
        "Image caption Firefighters used boats to reach houses on Mill Lane",
        "Pictured: A beach hut lies upended on the promenade",
    })
    void captionLinesAreRemoved(String line) {
      assertRemoved(line, Reason.CAPTION);
    }

    @Test
    void captionAboveItsCreditInTheSameParagraph() {
      CleanResult r = cleaner.clean(BODY + "\n\nDave Mullins outside his old house in Carrick\nImage: Rattle Pictures");
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.removals()).extracting(Removal::reason).containsExactly(Reason.CAPTION, Reason.PHOTO_CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Photo evidence submitted to the inquiry is expected to include pictures taken by inspectors.",
        "Getty Images said on Saturday it had withdrawn a photograph of injured children.",
        "Picture the scene: a bus stopped at the edge of a gap, its headlights still on.",
        "Pictured in one of the oldest prints is the club's founder, holding a camera.",
        "Voters will need photo ID at next month's by-election, the council reminded residents.",
        "Photographs taken by the company's inspectors show rust on the plates around the pivot.",
        "Photo credits in the museum's catalogue list 140 names, most of them long dead.",
        "Staff photographers at the paper were told to stay away from the protest.",
    })
    void sentencesAboutPhotosAreKept(String line) {
      assertKept(line);
    }
  }

  @Nested
  class Markup {
    @Test
    void danglingTagEndIsCutFromAParagraph() {
      CleanResult r = cleaner.clean("The minister had \"questions to answer\".\"/>\n\nSecond paragraph here.");
      assertThat(r.text()).isEqualTo("The minister had \"questions to answer\".\n\nSecond paragraph here.");
      assertThat(r.removals()).containsExactly(new Removal("\"/>", Reason.MARKUP));
    }

    @Test
    void danglingTagEndOnItsOwnLineIsRemoved() {
      CleanResult r = cleaner.clean("The footage shows the deck dipping.\n\"/>\n\nNext paragraph.");
      assertThat(r.text()).isEqualTo("The footage shows the deck dipping.\n\nNext paragraph.");
      assertThat(r.removals()).containsExactly(new Removal("\"/>", Reason.MARKUP));
    }

    @Test
    void entitiesAreDecoded() {
      CleanResult r = withLine("Analysts at Cask &amp; Rowe said &quot;no&quot; &mdash; twice &#8217;ere &#x41;.");
      assertThat(r.text()).endsWith("Analysts at Cask & Rowe said \"no\" \u2014 twice \u2019ere A.");
      assertThat(r.removals()).extracting(Removal::text)
          .containsExactly("&amp;", "&quot;", "&quot;", "&mdash;", "&#8217;", "&#x41;");
      assertThat(r.removals()).extracting(Removal::reason).containsOnly(Reason.MARKUP);
    }

    @Test
    void strayTagsAreRemovedAndTheirTextKept() {
      CleanResult r = withLine("<p>Revenue rose <strong>71%</strong> last year.</p><!-- ad slot -->");
      assertThat(r.text()).endsWith("\n\nRevenue rose 71% last year.");
    }

    @Test
    void escapedTagLinesAreRemoved() {
      assertRemoved("&lt;/div&gt;", Reason.MARKUP);
    }

    @Test
    void scriptContentGoesWithItsTag() {
      CleanResult r = withLine("Prices fell.<script>var x = 1; track(x);</script> Traders were calm.");
      assertThat(r.text()).endsWith("\n\nPrices fell. Traders were calm.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Readings of <10 parts per million were recorded near the plant.",
        "Fewer than 5% of applicants scored > 90 in the test, the board said.",
        "The Q&A session & the tour will run as planned.",
    })
    void textThatMerelyLooksLikeMarkupIsKept(String line) {
      assertKept(line);
    }

    @Test
    void playerChromeIsRemoved() {
      assertRemoved("Media playback is unsupported on your device", Reason.MARKUP);
    }
  }

  @Nested
  class CrossLinksAndPromotion {
    @ParameterizedTest
    @ValueSource(strings = {
        ":: Read more: Council votes on budget",
        ":: Could the minister be forced out over the bridge collapse?",
        "Related: Ageing crossings - how the country's bridges are inspected",
        "READ MORE: Storm chaos as trains cancelled across the south",
        "[Related: Midvale schools face $3.2 million shortfall]",
        "\u25BA Harbour Lights star quits show after 12 years",
        "Tags: bridges, Saltmarket, Tollgate",
    })
    void crossLinksAreRemoved(String line) {
      assertRemoved(line, Reason.CROSS_LINK);
    }

    @Test
    void headlinesListedUnderAHeaderAreRemoved() {
      CleanResult r = cleaner.clean(BODY + "\n\nMore on this story\n\nFlooding: how to protect your home\n\n"
          + "Lowmoor flood defences 'not finished until 2028'");
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.removals()).hasSize(3).extracting(Removal::reason).containsOnly(Reason.CROSS_LINK);
    }

    @Test
    void aSentenceAfterAHeaderEndsTheList() {
      CleanResult r = cleaner.clean(BODY + "\n\nRelated\n\nThe council will meet again next week.");
      assertThat(r.text()).isEqualTo(BODY + "\n\nThe council will meet again next week.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign up for our newsletter to get the day's top stories every morning.",
        "Sign up to our daily newsletter for the biggest stories straight to your inbox",
        "Click here to subscribe to Harbourline Business for unlimited access.",
        "Follow us on Facebook and Twitter for the latest Kestrelmouth news.",
        "Follow Riverside Radio on X and Facebook",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Share this article",
        "Share this:",
        "Got a story? Contact the Gazette newsdesk on 01632 960 123 or email news@gazette.example",
        "Listen to the full interview on the Riverside Radio app.",
        "Want more stories like this? Follow The Weekly Quill on Instagram and Facebook.",
        "If you buy something from a link, we may earn a commission.",
    })
    void promotionIsRemoved(String line) {
      assertRemoved(line, Reason.PROMO);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She said she would sign up for the programme.",
        "Sign up for a Thursday session and you will be handed a borrowed camera and a list of rules.",
        "Sign-ups for the council's consultation on a replacement bridge close on 30 April.",
        "Anand said she would sign up for the ministry's promised public briefings.",
        "Readers who want to read more about the inquiry can find the report online.",
        "Read more about the appeals on the council's website; the list is updated every day.",
        "Related charges against a former council contractor were dropped last year.",
        "Follow the money, and you will usually find the answer.",
        "Follow the signs from the bus station if you have not been down there yet.",
        "\"Follow us on Facebook\" signs at the hall now carry the message \"Free Irene\".",
        "Click-through rates on the port's booking system fell by half, the company said.",
        "Click here and there and you still won't find the form, residents complained.",
        "Advertisement spending by the company rose sharply last year.",
        "Share prices of other engineering contractors also fell.",
        "Subscribers to the port's priority berthing scheme will get refunds, she said.",
        "Watch Manager Dee Corran said crews had rescued 41 people and two dogs.",
        "Watch out for temporary traffic lights on Harbour Road, where gas works have started.",
        "\"Listen to what people are telling you,\" he told councillors.",
        "MORE than 2,000 homes were left without power last night.",
    })
    void sentencesThatLookLikePromotionAreKept(String line) {
      assertKept(line);
    }

    @Test
    void aPromotionalLastSentenceIsCutFromAParagraph() {
      CleanResult r = withLine("The full report runs to 400 pages. Click here to read it.");
      assertThat(r.text()).endsWith("\n\nThe full report runs to 400 pages.");
      assertThat(r.removals()).containsExactly(new Removal("Click here to read it.", Reason.PROMO));
    }
  }

  @Nested
  class SocialEmbeds {
    @Test
    void tweetWithPictureLinkAndSignOffIsRemoved() {
      CleanResult r = cleaner.clean(BODY + "\n\nWater pouring through the town centre pic.twitter.com/Qw3rTy12\n"
          + "\u2014 Lowmoor Rowing Club (@LowmoorRC) March 14, 2026");
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.removals()).extracting(Removal::reason).containsOnly(Reason.SOCIAL_EMBED);
    }

    @Test
    void tweetTextAboveASignOffIsRemoved() {
      CleanResult r = cleaner.clean(BODY + "\n\nIn Helsinki today with @PressTeam. More to follow.\n"
          + "- Sarah Sand (@SarahSand) July 19, 2018");
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.removals()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "View this post on Instagram",
        "A post shared by Gemma Holt (@gemmaholtofficial) on Mar 8, 2026 at 11:02am PST",
        "Watch: the moment the span fell pic.twitter.com/xYz123",
    })
    void embedLinesAreRemoved(String line) {
      assertRemoved(line, Reason.SOCIAL_EMBED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mr Bellamy-Strand said on Twitter that he had spoken to the mayor.",
        "The minister's post, which tagged @KestrelmouthCC, was shared more than 3,000 times.",
        "\"President Trump asked @AmbBolton to invite him to Washington,\" Sanders tweeted.",
        "She posted a picture on Instagram with the caption \"home at last\".",
    })
    void sentencesAboutSocialMediaAreKept(String line) {
      assertKept(line);
    }
  }

  @Nested
  class WireNotes {
    @ParameterizedTest
    @ValueSource(strings = {
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)",
        "(STORY CAN END HERE _ OPTIONAL MATERIAL FOLLOWS)",
        "nn",
        "___",
        "END",
        "MORE",
        "(MORE)",
        "(Reporting by Tavi Lund; Editing by Maren Oduya)",
        "Reporting by Tavi Lund; Editing by Jon Fairly",
        "(nh/jt)",
        "&QL;",
        "Chile said, graf 3 pvs",
        "Allied Press writer Nils Haraldsen in Lundehavn contributed to this report.",
        "The Associated Press contributed to this report.",
        "Correction: An earlier version of this article misstated the year the bridge opened.",
    })
    void wireNoteLinesAreRemoved(String line) {
      assertRemoved(line, Reason.WIRE_NOTE);
    }

    @Test
    void trailingSignOffIsCut() {
      CleanResult r = withLine("The next decision is due on May 14. (Reporting by Ebba Strand; Editing by Jon Fairly)");
      assertThat(r.text()).endsWith("\n\nThe next decision is due on May 14.");
      assertThat(r.metadata().author()).isEqualTo("Ebba Strand");
      assertThat(r.removals()).extracting(Removal::reason).containsExactly(Reason.WIRE_NOTE);
    }

    @Test
    void wireCodeAndEditorsTailAreCut() {
      CleanResult r = withLine("Skarv Line suspended the route. &UR; (kv/ls)");
      assertThat(r.text()).endsWith("\n\nSkarv Line suspended the route.");
      assertThat(r.removals()).containsExactly(new Removal("&UR; (kv/ls)", Reason.WIRE_NOTE));
    }

    @Test
    void paragraphMarkerBetweenSentencesBecomesAParagraphBreak() {
      CleanResult r = withLine("The fog had lifted by dawn. nn Rescue boats returned shortly after 7 a.m.");
      assertThat(r.text()).isEqualTo(BODY + "\n\nThe fog had lifted by dawn.\n\nRescue boats returned shortly after 7 a.m.");
      assertThat(r.removals()).containsExactly(new Removal("nn", Reason.WIRE_NOTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mbeki _ who became ANC president last year _ took a hard line on Saturday.",
        "Reporting by the union's own newsletter suggested support was strongest among crane drivers.",
        "Editing by committee, Keane admits, is slow.",
        "The END of the line came on Friday, when the last train left the station.",
    })
    void sentencesThatLookLikeWireNotesAreKept(String line) {
      assertKept(line);
    }
  }

  @Nested
  class BylinesAndDatelines {
    @Test
    void bylineBecomesMetadata() {
      CleanResult r = cleaner.clean("By Jane Doe, Staff Writer\n\n" + BODY);
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.removals()).containsExactly(new Removal("By Jane Doe, Staff Writer", Reason.BYLINE));
      assertThat(r.metadata().author()).isEqualTo("Jane Doe");
    }

    @Test
    void capitalizedBylineIsTitleCased() {
      CleanResult r = cleaner.clean("By KELLY SHAW and ANDY PRICE\n\n" + BODY);
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.metadata().author()).isEqualTo("Kelly Shaw and Andy Price");
    }

    @Test
    void nameLineAtTheHeadIsAByline() {
      CleanResult r = cleaner.clean("Ben Okonkwo in Carrick\n\n" + BODY);
      assertThat(r.text()).isEqualTo(BODY);
      assertThat(r.metadata().author()).isEqualTo("Ben Okonkwo");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Thursday, officials hope to have a list of the bridges that will be inspected first.",
        "By-election campaigning in the Saltmarket ward resumed on Wednesday.",
        "By his count, the two schools are running at less than half their capacity.",
        "BY the time the lifeboat crew arrived, both were wrapped in blankets.",
        "By law, shops found selling to under-16s will face fines.",
    })
    void sentencesStartingWithByAreKept(String line) {
      assertKept(line);
    }

    @Test
    void wireDatelineIsCutAndKept() {
      CleanResult r = cleaner.clean("WASHINGTON (AP) _ The president said he would veto the bill.\n\nMore text.");
      assertThat(r.text()).isEqualTo("The president said he would veto the bill.\n\nMore text.");
      assertThat(r.metadata()).isEqualTo(new Metadata(null, "WASHINGTON", null, "AP"));
      assertThat(r.removals()).containsExactly(new Removal("WASHINGTON (AP) _", Reason.DATELINE));
    }

    @Test
    void datelineWithDateAndAgency() {
      CleanResult r = cleaner.clean("KESTRELMOUTH, March 10 (Meridian) - The central span gave way.");
      assertThat(r.text()).isEqualTo("The central span gave way.");
      assertThat(r.metadata()).isEqualTo(new Metadata(null, "KESTRELMOUTH", "March 10", "Meridian"));
    }

    @Test
    void reutersAndRegionDatelines() {
      assertThat(cleaner.clean("LONDON (Reuters) - Shares fell.").metadata())
          .isEqualTo(new Metadata(null, "LONDON", null, "Reuters"));
      CleanResult r = cleaner.clean("RIO DE JANEIRO, Brazil _ Voters went to the polls.");
      assertThat(r.text()).isEqualTo("Voters went to the polls.");
      assertThat(r.metadata().dateline()).isEqualTo("RIO DE JANEIRO, Brazil");
      assertThat(r.metadata().agency()).isNull();
    }

    @Test
    void datelineAfterABylineAndOnlyInTheFirstParagraph() {
      CleanResult r = cleaner.clean("By KARIN VOSS\n\nGRANTHOLM, Norrland (AP) _ Divers found a gash.\n\n"
          + "LUNDEHAVN (AP) _ stays, it is not the first paragraph.");
      assertThat(r.text()).isEqualTo("Divers found a gash.\n\nLUNDEHAVN (AP) _ stays, it is not the first paragraph.");
      assertThat(r.metadata()).isEqualTo(new Metadata("Karin Voss", "GRANTHOLM, Norrland", null, "AP"));
    }

    @Test
    void aDateGluedToTheFirstSentenceIsCutAfterAHeadline() {
      CleanResult r = cleaner.clean("Ferry runs aground off Kelmor\n\n"
          + "Saturday, March 14, 2026 Up to forty passengers were taken off the ferry by lifeboat.");
      assertThat(r.text()).isEqualTo("Ferry runs aground off Kelmor\n\n"
          + "Up to forty passengers were taken off the ferry by lifeboat.");
      assertThat(r.removals()).containsExactly(new Removal("Saturday, March 14, 2026", Reason.TIMESTAMP));
      CleanResult both = cleaner.clean("March 14, 2026 KELMOR (Meridian) - The ferry ran aground.");
      assertThat(both.text()).isEqualTo("The ferry ran aground.");
      assertThat(both.removals()).containsExactly(new Removal("March 14, 2026", Reason.TIMESTAMP),
          new Removal("KELMOR (Meridian) -", Reason.DATELINE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "March 14, 2026, was the day the ferry ran aground off Kelmor.",
        "On Saturday, March 14, 2026 Kelmor's ferry ran aground.",
        "March 14 Ferry Day is marked in Kelmor every year since the grounding.",
    })
    void openingsWithADateThatIsPartOfTheSentenceAreKept(String line) {
      assertThat(cleaner.clean(line).text()).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "NATO - the alliance - said it would send more ships.",
        "EXCLUSIVE: A lottery winner has been forced to move house.",
        "A HERO dog walker pulled a pensioner from a freezing harbour - then went back in for his dog.",
        "UK - EU talks on fishing resumed in Brussels.",
        "LONDON - the capital's mayor said on Friday - will get 200 new buses.",
    })
    void openingsThatAreNoDatelinesAreKept(String line) {
      CleanResult r = cleaner.clean(line);
      assertThat(r.text()).isEqualTo(line);
      assertThat(r.metadata()).isEqualTo(Metadata.NONE);
    }
  }

  @Nested
  class TimestampsAndCopyright {
    @ParameterizedTest
    @ValueSource(strings = {
        "Tue 10 Mar 2026 18.40 GMT",
        "Published 2 hours ago",
        "Updated 6:14 p.m. ET March 12, 2026",
        "Posted on March 11, 2026 by fenwick",
        "Last updated: 09:12, Monday, 16 March 2026",
    })
    void timestampLinesAreRemoved(String line) {
      assertRemoved(line, Reason.TIMESTAMP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u00A9 Kestrelmouth Harbour Gazette 2026",
        "Copyright 2026 The Midvale Courier. All rights reserved.",
    })
    void copyrightLinesAreRemoved(String line) {
      assertRemoved(line, Reason.COPYRIGHT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Updated figures will be published next month.",
        "Copyright in the pictures belongs to the club, which lets schools use them for free.",
        "Sentencing is set for May 4.",
    })
    void sentencesAreKept(String line) {
      assertKept(line);
    }

    /** A "posted by" line that names no author before its " on " once threw instead of being read. */
    @ParameterizedTest
    @ValueSource(strings = {"posted by on the quay, a crowd of forty waited for the ferry",
        "Written by on the whole a careful crew, the log ran to ninety pages"})
    void aPostedByLineWithoutAnAuthorIsKept(String line) {
      assertKept(line);
    }
  }

  @Nested
  class RepeatedLines {
    private final String footer = "Explore more on these topics";

    private List<String> articles(String... bodies) {
      return List.of(bodies);
    }

    @Test
    void footerRepeatedInTwoOfThreeArticlesIsRemoved() {
      List<CleanResult> r = cleaner.cleanOutlet(articles(
          "First story about the port.\n\n" + footer,
          "Second story about the bank.\n\n" + footer,
          "Third story about the ferry."));
      assertThat(r).extracting(CleanResult::text).containsExactly(
          "First story about the port.", "Second story about the bank.", "Third story about the ferry.");
      assertThat(r.get(0).removals()).containsExactly(new Removal(footer, Reason.REPEATED_LINE));
    }

    @Test
    void twoArticlesAreTooFewToTell() {
      List<CleanResult> r = cleaner.cleanOutlet(articles(
          "First story about the port.\n\n" + footer, "Second story about the bank.\n\n" + footer));
      assertThat(r.get(0).text()).endsWith(footer);
      assertThat(cleaner.clean("First story.\n\n" + footer).text()).endsWith(footer);
    }

    @Test
    void shortFooterSentenceAtTheEndOfEveryArticleIsRemoved() {
      String f = "Our Standards: The Meridian Trust Principles.";
      List<CleanResult> r = cleaner.cleanOutlet(articles(
          "A story.\n\nMore of it.\n\n" + f, "Another story.\n\n" + f, "A third story."));
      assertThat(r.get(0).text()).isEqualTo("A story.\n\nMore of it.");
      assertThat(r.get(1).text()).isEqualTo("Another story.");
    }

    @Test
    void repeatedBackgroundSentencesAndMidArticleSentencesAreKept() {
      String background = "The port handles about a fifth of the country's container imports, mostly consumer "
          + "goods and machinery parts.";
      String shortSentence = "No one was hurt.";
      List<CleanResult> r = cleaner.cleanOutlet(articles(
          "Dock workers walked out.\n\n" + background + "\n\n" + shortSentence + "\n\nTalks resume Monday.\n\n"
              + "A union statement followed.\n\nThe authority said it would reply.\n\nMore later.",
          "Dock workers returned.\n\n" + background + "\n\n" + shortSentence + "\n\nShips are waiting.\n\n"
              + "The backlog will take days.\n\nTraders are worried.\n\nThe mediator meets both sides.",
          "A third story."));
      assertThat(r.get(0).text()).contains(background).contains(shortSentence);
      assertThat(r.get(1).text()).contains(background).contains(shortSentence);
      assertThat(r.get(0).removals()).isEmpty();
    }

    @Test
    void comparisonIgnoresCaseAndSpacing() {
      List<CleanResult> r = cleaner.cleanOutlet(articles(
          "One.\n\nEXPLORE MORE ON THESE TOPICS", "Two.\n\nExplore  more on these topics", "Three."));
      assertThat(r).extracting(CleanResult::text).containsExactly("One.", "Two.", "Three.");
    }
  }

  @Nested
  class Structure {
    @Test
    void paragraphsStaySeparatedByOneBlankLine() {
      String text = "First paragraph.\n\nAdvertisement\n\n\n\nSecond paragraph, line one.\nLine two.\n\n"
          + "Sign up for our newsletter to get the day's top stories.\n\nThird paragraph.";
      CleanResult r = cleaner.clean(text);
      assertThat(r.text()).isEqualTo("First paragraph.\n\nSecond paragraph, line one.\nLine two.\n\nThird paragraph.");
    }

    @Test
    void aRemovedLineInsideAParagraphKeepsItsNeighbours() {
      CleanResult r = cleaner.clean("Line one of the paragraph.\nAdvertisement\nLine two of the paragraph.");
      assertThat(r.text()).isEqualTo("Line one of the paragraph.\nLine two of the paragraph.");
    }

    @Test
    void untouchedLinesAreKeptCharacterForCharacter() {
      String text = "   An indented first line.\n\n\tA tab-indented line.";
      assertThat(cleaner.clean(text).text()).isEqualTo(text);
    }

    @Test
    void crLfLineEndsAreAccepted() {
      CleanResult r = cleaner.clean("First.\r\n\r\nAdvertisement\r\n\r\nSecond.");
      assertThat(r.text()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void emptyAndDebrisOnlyTexts() {
      assertThat(cleaner.clean("").text()).isEmpty();
      assertThat(cleaner.clean("Advertisement\n\nShare").text()).isEmpty();
      assertThat(cleaner.clean("").metadata()).isEqualTo(Metadata.NONE);
    }
  }

  @Nested
  class Explain {
    @Test
    void removalPrintsReasonAndQuotedText() {
      assertThat(new Removal("Photo: Jana Koll / Harbour Gazette", Reason.PHOTO_CREDIT))
          .hasToString("PHOTO_CREDIT: \"Photo: Jana Koll / Harbour Gazette\"");
      assertThat(new Removal("\"/>", Reason.MARKUP)).hasToString("MARKUP: \"\\\"/>\"");
      assertThat(new Removal("a\nb\\", Reason.PROMO)).hasToString("PROMO: \"a\\nb\\\\\"");
    }

    @Test
    void explainListsEveryRemovalOnItsOwnLine() {
      CleanResult r = cleaner.clean("By Jane Doe\n\n" + BODY + "\n\nAdvertisement");
      assertThat(r.explain()).isEqualTo("BYLINE: \"By Jane Doe\"\nPROMO: \"Advertisement\"\n");
      assertThat(Reason.PHOTO_CREDIT.label()).isEqualTo("photo-credit");
    }
  }
}
