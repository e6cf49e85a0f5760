package dev.precis.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.Words;
import dev.precis.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFilterTest {
  private final CandidateFilter filter = new CandidateFilter();

  private boolean accepts(String sentence) {
    return filter.accept(sentence, Words.count(sentence), 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The harbour master said the tide had been unusually low that morning.",
      "\"We were lucky with the weather,\" the harbour master said on Sunday.",
      "\u201cWe were lucky with the weather,\u201d the harbour master said on Sunday.",
      "`` We were lucky with the weather , '' the harbour master said on Sunday .",
      "She said she would sign up for the new coastal safety course next spring.",
      "The union's weekly newsletter said support for the strike was strongest among crane drivers.",
      "The council will subscribe the new bonds only if the ferry operator agrees to the terms.",
      "\"The ferry sails at noon, ask @kelmorharbour for the timetable,\" the harbour office posted on Monday.",
      "Write to ferries@kelmor.example for the winter timetable of the island crossings."})
  void keepsWholeSentences(String sentence) {
    assertThat(accepts(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Those people were pulled out by crews who went in after them,\" the mayor said.",
      "\u201dThose people were pulled out by crews who went in after them, the mayor said.",
      "Those people were pulled out by crews who went in after them , '' the mayor said .",
      "Was the ferry company warned about the sandbank before the winter storms?",
      "Photo: Jana Koll / Harbour Gazette staff photographer at the scene",
      "Sign up for our newsletter to get the morning briefing every day",
      "Far too short, really.",
      "These pages were saved by a web crawler and added to the public archive after a delay.",
      "Posting with a location lets you add location information to your posts from any device.",
      "Get our free daily newsletters and push notifications with the stories that matter to you.",
      "Please enable JavaScript to watch this video and see the rest of the coverage.",
      "Thank you for subscribing, please check your inbox for the verification email.",
      "Reprints: this copy is for your personal, non-commercial use only and may not be shared.",
      "Mayor Lind asked @KelmorHarbour to keep the ferry running and talks are already under way.",
      "The ferry sails again, \"at last\" says @kelmor_news in a post that was shared widely."})
  void dropsFragmentsQuestionsAndDebris(String sentence) {
    assertThat(accepts(sentence)).isFalse();
  }

  /**
   * One lower-cased example of each alternative of the debris and furniture patterns: the pattern finds it, and
   * so does the pattern behind its needles, which skips texts without a needle.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "the quay <br/> at dawn", "the quay <b>at dawn", "the quay &nbsp; at dawn", "see https://kelmor.example now",
      "see www.kelmor.example now", "see pic.twitter.com/abc now", "as posted (@kelmor) today", "@kelmor posted it",
      "photos by jana koll", "picture credit harbour", "images: harbour office", "afp photo of the quay",
      "getty images of the quay", "a staff photographer was there", "read more about ferries", "related stories here",
      "see also the ferry", "sign up today", "subscribe today", "click here for more", "follow us today",
      "advertisement for ferries", "share this story", "the story can end here", "optional material follows here",
      "copyright 2026 harbour gazette", "all rights reserved by the gazette"})
  void everyDebrisAlternativeHasANeedle(String text) {
    assertThat(CandidateFilter.DEBRIS.pattern().matcher(text).find()).isTrue();
    assertThat(CandidateFilter.DEBRIS.find(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "the web crawls of the quay", "the crawl data were saved", "the crawl was run twice", "a crawler saved it",
      "the seed list names it", "the wayback machine has it", "the internet archive has it", "in archive-it today",
      "tweet with a location now", "your location history here", "your location information here",
      "legacy twitter users", "twitter stores it", "our free daily newsletters", "select a newsletter below",
      "breaking news alerts today", "push notifications on", "the verification message came",
      "subscribing for the gazette", "thank you for signing up", "your notification settings", "email notifications on",
      "delivered every morning", "add as an interest here", "rating is available when the video has been rented",
      "this video has been removed", "content is not available right now", "the transcript could not be loaded",
      "media playback is unsupported here", "it requires javascript", "javascript is disabled here",
      "please enable javascript", "your browser does not support it", "please try again later",
      "click prev or next to see more", "order reprints here", "reprints:call us", "presentation-ready copies here",
      "for personal, non-commercial use only"})
  void everyFurnitureAlternativeHasANeedle(String text) {
    assertThat(CandidateFilter.FURNITURE.pattern().matcher(text).find()).isTrue();
    assertThat(CandidateFilter.FURNITURE.find(text)).isTrue();
  }

  /** The sentences of {@code story} that may not stand in a summary, in story order. */
  private static List<String> notCandidates(Story story) {
    AnalyzedStory analyzed = new StoryAnalyzer().analyze(new Segmenter().segment(story));
    List<String> dropped = new ArrayList<>();
    for (int s = 0; s < analyzed.size(); s++) {
      if (!analyzed.isCandidate(s)) {
        dropped.add(analyzed.sentence(s).text());
      }
    }
    return dropped;
  }

  @Test
  void dropsTheLastSentenceOfAnArticleThatWasCutOff() {
    Story story = Story.of("cut", List.of(
        Document.of("a", "The ferry ran aground on a sandbank on Sunday morning. Salvage crews arrived within the hour"
            + " and began to"),
        Document.of("b", "The ferry ran aground on a sandbank on Sunday morning. The crew of eleven were all safe..."),
        Document.of("c", "The ferry ran aground on a sandbank on Sunday. \"The crew are all safe and well,\" Lind said."
            + "\n\nMore to follow when the harbour office publishes its report")));
    assertThat(notCandidates(story)).containsExactly("Salvage crews arrived within the hour and began to",
        "The crew of eleven were all safe...", "More to follow when the harbour office publishes its report");
  }

  @Test
  void dropsHeadlinesSubheadingsAndCaptions() {
    Story story = Story.of("heads", List.of(Document.of("a",
        "Ferry service resumes after the storm damage is repaired\n\n"
            + "The island ferry sailed again on Monday after two weeks of repairs to the Kelmor pier.\n\n"
            + "Harbour master promises a new timetable\n\n"
            + "Map of the ferry routes affected by the winter storms\n\n"
            + "The harbour master said a winter timetable with fewer crossings would start in December.")));
    assertThat(notCandidates(story)).containsExactly("Ferry service resumes after the storm damage is repaired",
        "Harbour master promises a new timetable", "Map of the ferry routes affected by the winter storms");
  }

  @Test
  void keepsAFirstParagraphThatIsASentenceOrTooLongForAHeadline() {
    Story story = Story.of("leads", List.of(
        Document.of("a", "The island ferry sailed again on Monday after two weeks of repairs.\n\nCrews cheered."),
        Document.of("b", "Island ferry sails again on Monday after two weeks of repairs to the storm-damaged pier at"
            + " Kelmor and a new timetable for the winter\n\nThe harbour master said the winter timetable starts in"
            + " December.")));
    assertThat(notCandidates(story)).containsExactly("Crews cheered.");
  }

  @Test
  void aCopyThatCannotStandAloneGivesWayToOneThatCan() {
    String quote = "\"The pier will be rebuilt in stone before the winter storms arrive on the island.\"";
    Story story = Story.of("copies", List.of(
        Document.of("a", quote + " The repairs will cost about two million crowns in all."),
        Document.of("b", quote + " Harbour master Ana Lind said on Monday. She also promised new timetables."),
        Document.of("c", "The harbour master said the pier will be rebuilt in stone before the winter storms"
            + " arrive on the island, Ana Lind said on Monday.")));
    AnalyzedStory analyzed = new StoryAnalyzer().analyze(new Segmenter().segment(story));
    int bare = 0;
    int named = analyzed.size() - 1;
    assertThat(analyzed.group(bare)).isEqualTo(analyzed.group(named));
    // The bare quotation of article a gives way to article c's copy, which says who speaks.
    assertThat(notCandidates(story)).contains(analyzed.sentence(bare).text())
        .doesNotContain(analyzed.sentence(named).text());
  }

  @Test
  void aCopyThatCannotStandAloneStaysWhenNoneCan() {
    Story story = Story.of("alone", List.of(
        Document.of("a", "The harbour master visited the damaged pier at Kelmor on Monday morning."
            + " \"The pier will be rebuilt in stone before the winter storms arrive on the island.\""),
        Document.of("b", "Crews worked through the night to clear the wreckage from the harbour at Kelmor."
            + " \"The pier will be rebuilt in stone before the winter storms arrive on the island.\"")));
    assertThat(notCandidates(story)).isEmpty();
  }
}
