package dev.precis.analyze;

import dev.precis.model.Sentence;
import dev.precis.text.GatedPattern;
import dev.precis.text.Openers;
import dev.precis.text.QuoteMarks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which sentences may stand in a summary. Left out: fragments (too few words or content terms), the
 * last sentence of an article that was cut off mid-sentence, headlines, subheadings and captions (a paragraph
 * without a stop), run-ons longer than a reader would accept, questions, the second halves of quotations split
 * across sentences (they start inside the quote; short quotes are joined into one sentence by the segmenter),
 * the text of a social-media post copied in unquoted (it names an {@code @account}), and lines that look like
 * scraping debris (photo credits, markup remnants, promos, social embeds, wire notes) or page furniture
 * (web-archive notices, sign-ups, player notices). When a story has no sentence that passes, every sentence
 * with a word in it becomes a candidate, so a story of one short sentence still gets a summary.
 */
public final class CandidateFilter {
  /**
   * Matched against the lower-cased sentence, so without (?i), whose case-blind comparisons cost time. Every
   * alternative contains one of the needles.
   */
  static final GatedPattern DEBRIS = GatedPattern.of(
      "(/>|<[a-z/][^>]*>|&[a-z]+;|https?://|www\\.|pic\\.twitter\\.com|\\(@\\w+\\)|^\\s*@\\w+"
          + "|\\b(photo|picture|image)s?\\s*(by|credit|:)|afp photo|getty images|\\bstaff photographer\\b"
          + "|^\\W*(read more|related|see also|sign up|subscribe|click here|follow us|advertisement|share this)\\b"
          + "|story can end here|optional material follows|^\\W*(copyright|all rights reserved)\\b)",
      "/>", "<", "&", "://", "www.", "pic.twitter.com", "@", "photo", "picture", "image", "read more", "related",
      "see also", "sign up", "subscribe", "click here", "follow us", "advertisement", "share this",
      "story can end here", "optional material follows", "copyright", "all rights reserved");
  /**
   * Page furniture that scrapers leave inside the text: web-archive and crawl notices, the notice of an embedded
   * post, newsletter and notification sign-ups, video-player and script notices, reprint terms. Every alternative
   * contains one of the needles.
   */
  static final GatedPattern FURNITURE = GatedPattern.of(
      "\\b(web ?crawls?|crawl (data|was run)|crawler|seed ?list|wayback machine|internet archive|archive-it"
          + "|tweet with a location|location (history|information)|legacy twitter|twitter stores"
          + "|our (free |daily |weekly )*newsletters?|select a newsletter|breaking news (emails|alerts)|push notifications|verification (email|message)"
          + "|subscrib(e|ed|ing) (to|for|now)|thank you for (subscribing|signing up)|your notification"
          + "|email notifications|delivered (weekday|every) (mornings|morning|day)|add as an interest"
          + "|rating is available when the video|video (is|has been) (unavailable|removed)"
          + "|(feature|content) is not available right now|transcript could not be loaded"
          + "|media playback is unsupported|requires javascript|javascript is disabled|enable javascript"
          + "|your browser does not support|please try again later|click prev or next|order reprints"
          + "|reprints:|presentation-ready copies|personal, non-commercial use)\\b",
      "web", "crawl", "seed", "wayback", "archive", "location", "twitter", "newsletter", "breaking news",
      "notification", "verification", "subscrib", "thank you for", "delivered", "as an interest", "video",
      "is not available", "transcript", "playback", "javascript", "browser does not", "try again", "click prev",
      "reprints", "presentation-ready", "non-commercial");

  private final int minWords;
  private final int maxWords;
  private final int minContentTerms;

  /** At least 5 words and 2 content terms, at most 80 words. */
  public CandidateFilter() {
    this(5, 80, 2);
  }

  public CandidateFilter(int minWords, int maxWords, int minContentTerms) {
    this.minWords = minWords;
    this.maxWords = maxWords;
    this.minContentTerms = minContentTerms;
  }

  public boolean[] candidates(List<Sentence> sentences, int[] words, int[][] contentTerms) {
    int n = sentences.size();
    boolean[] candidate = new boolean[n];
    boolean any = false;
    for (int s = 0; s < n; s++) {
      boolean lastOfDocument = s + 1 == n || sentences.get(s + 1).document() != sentences.get(s).document();
      candidate[s] = accept(sentences.get(s).text(), words[s], contentTerms[s].length)
          && !(lastOfDocument && cutOff(sentences.get(s).text()))
          && !isHeading(sentences, s, words[s]);
      any |= candidate[s];
    }
    if (!any) {
      for (int s = 0; s < n; s++) {
        candidate[s] = words[s] > 0 && hasLetterOrDigit(sentences.get(s).text());
      }
    }
    return candidate;
  }

  boolean accept(String text, int words, int contentTerms) {
    if (words < minWords || words > maxWords || contentTerms < minContentTerms) {
      return false;
    }
    String trimmed = stripClosingQuotes(text.strip());
    if (trimmed.endsWith("?")) {
      return false;
    }
    if (!Character.isLetterOrDigit(firstMeaningful(trimmed)) || QuoteMarks.startsInsideQuote(text)) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return !DEBRIS.find(lower) && !FURNITURE.find(lower)
        && !handleOutsideQuotes(text);
  }

  /**
   * Of the copies of one statement (a redundancy group), those that cannot stand alone in a summary are no
   * candidates when a copy that can is one: a copy that opens by pointing back ("He said", "That offer") or a
   * bare quotation that does not say who speaks gives way to one that names its subject and speaker, even if
   * that copy is longer, so that the selection weighs the copy a reader should get.
   */
  static void preferStandAloneCopies(boolean[] candidate, int[] group, String[] printed) {
    int n = candidate.length;
    boolean[] standsAlone = new boolean[n];
    boolean[] groupHasOne = new boolean[n];
    for (int s = 0; s < n; s++) {
      standsAlone[s] = !Openers.refersBack(printed[s]) && !QuoteMarks.isBareQuote(printed[s]);
      groupHasOne[group[s]] |= candidate[s] && standsAlone[s];
    }
    for (int s = 0; s < n; s++) {
      if (candidate[s] && !standsAlone[s] && groupHasOne[group[s]]) {
        candidate[s] = false;
      }
    }
  }

  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@[A-Za-z_]\\w*");

  /**
   * Whether the sentence names a social-media account ({@code @handle}) outside quotation marks: the text of a
   * post copied into the page without saying who posted it, read as if the outlet said it.
   */
  static boolean handleOutsideQuotes(String text) {
    if (text.indexOf('@') < 0) {
      return false;
    }
    var m = HANDLE.matcher(text);
    while (m.find()) {
      if (QuoteMarks.last(text, 0, m.start()) != 1) {
        return true;
      }
    }
    return false;
  }

  /** Longest subheading or caption, in words. */
  private static final int MAX_HEADING_WORDS = 12;
  /** Longest headline (an article's first paragraph), in words. */
  private static final int MAX_HEADLINE_WORDS = 20;

  /**
   * Whether sentence s is a heading: a paragraph of its own without a full stop that is an article's headline
   * (its first paragraph, at most 20 words) or a subheading or caption inside it (at most 12 words, "Countries
   * affected by the tsunami"). A heading printed among sentences runs into the next one with no stop between
   * them ("Aid pledges rise; Japan promises 500,000,000 USD In an abrupt about-face, ...").
   */
  private static boolean isHeading(List<Sentence> sentences, int s, int words) {
    Sentence sentence = sentences.get(s);
    int limit = sentence.paragraph() == 0 ? MAX_HEADLINE_WORDS : MAX_HEADING_WORDS;
    if (words > limit || !cutOff(sentence.text())) {
      return false;
    }
    return (s == 0 || !sameParagraph(sentences.get(s - 1), sentence))
        && (s + 1 == sentences.size() || !sameParagraph(sentences.get(s + 1), sentence));
  }

  private static boolean sameParagraph(Sentence a, Sentence b) {
    return a.document() == b.document() && a.paragraph() == b.paragraph();
  }

  /**
   * Whether a sentence stops without a full stop, question or exclamation mark (closing quotes aside), or on an
   * ellipsis: an article's last sentence that was cut off there (truncated inputs, teasers), or a heading.
   */
  public static boolean cutOff(String text) {
    String t = stripClosingQuotes(text.strip());
    return !(t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) || t.endsWith("...");
  }

  private static String stripClosingQuotes(String s) {
    int end = s.length();
    while (end > 0 && "\"'\u201d\u2019)".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** First character that is not an opening quote, bracket or space. */
  private static char firstMeaningful(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\"'\u201c\u2018(`[".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.chars().anyMatch(Character::isLetterOrDigit);
  }
}
