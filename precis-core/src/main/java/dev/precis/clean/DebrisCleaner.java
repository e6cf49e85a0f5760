package dev.precis.clean;

import dev.precis.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Removes scraping debris from news articles: photo credits and captions, markup remnants, cross-links and
 * promotion, social-media embeds, wire notes, bylines, datelines, time stamps and copyright lines. Bylines and
 * datelines are not lost: they are returned as {@link Metadata}. Every removal is reported with its {@link Reason}
 * and the removed original text, so {@code --explain} can show what went and why.
 *
 * <p>The cleaner works line by line and keeps the paragraph structure: paragraphs stay separated by one blank line,
 * lines inside a paragraph by one line break, and a line it does not touch is kept character for character. Most
 * removals drop a whole line; some cut a fragment out of a kept line:
 *
 * <ul>
 *   <li>HTML character references are decoded ({@code &amp;} becomes {@code &}), HTML tags, comments and
 *       shortcodes are removed, and a dangling {@code "/>} or {@code ">} is cut from either end of a line;
 *   <li>the dateline is cut from the start of the first paragraph: {@code WASHINGTON (AP) _ The president said}
 *       becomes {@code The president said} with dateline {@code WASHINGTON} and agency {@code AP};
 *   <li>wire codes ({@code &UR; (kv/ls)}), {@code nn} paragraph markers (between two sentences they become a
 *       paragraph break) and a closing {@code (Reporting by ...; Editing by ...)} are cut;
 *   <li>a last sentence that is promotion or a cross-link ({@code Click here to ...}) is cut.
 * </ul>
 *
 * <p>Rules look at a line's shape, not at single words, so that real sentences that mention photos, Twitter,
 * reading or signing up are kept; see {@code LineRules}. Some rules use context: the headline list after a
 * {@code More on this story} header, the tweet text before a {@code - Name (@handle) July 19, 2018} sign-off, a
 * caption line directly above a credit line, and an author's biography among the last three lines.
 *
 * <p>Run time is linear in the text: whole-line rules only examine lines of at most 600 characters, every pattern
 * is anchored and bounded, and in-line passes scan each line once. Instances are immutable and thread-safe.
 */
public final class DebrisCleaner {
  /** {@link #cleanOutlet} removes repeated lines only for an outlet with at least this many articles. */
  public static final int MIN_OUTLET_ARTICLES = 3;

  /** ... and only lines found in at least this many of its articles. */
  public static final int MIN_REPEATS = 2;

  /** Repeated lines that are no sentences are boilerplate up to this many words. */
  static final int REPEATED_NON_SENTENCE_WORDS = 20;

  /** Repeated sentences at the end of every article that has them are boilerplate up to this many words. */
  static final int REPEATED_TAIL_SENTENCE_WORDS = 12;

  /** The number of last lines of an article searched for author biographies and footers. */
  static final int TAIL_LINES = 3;

  private static final java.util.regex.Pattern WIRE_CODE = java.util.regex.Pattern.compile("&[A-Z]{2};");

  public DebrisCleaner() {}

  /** Cleans one article. */
  public CleanResult clean(String text) {
    Objects.requireNonNull(text, "text");
    return process(List.of(text), false).get(0).result();
  }

  /**
   * Cleans several articles of one outlet. Besides everything {@link #clean} does, it removes the outlet's
   * boilerplate ({@link Reason#REPEATED_LINE}). The rule: when the outlet has at least {@value #MIN_OUTLET_ARTICLES}
   * articles, a line (compared after trimming, collapsing white space and ignoring case) that survives cleaning in
   * at least {@value #MIN_REPEATS} of them is removed from all of them if it is
   *
   * <ul>
   *   <li>no sentence (it does not end with {@code . ! ?} or an ellipsis, before closing quotes) and has at most
   *       {@value #REPEATED_NON_SENTENCE_WORDS} words ({@code Explore more on these topics}, {@code MOST READ}), or
   *   <li>a short sentence of at most {@value #REPEATED_TAIL_SENTENCE_WORDS} words without quotation marks that is
   *       among the last {@value #TAIL_LINES} lines of every article containing it (a footer such as {@code Comments
   *       are closed on this article.}).
   * </ul>
   *
   * Longer sentences an outlet repeats (background paragraphs recycled in updates of a story, quotes) are kept.
   *
   * @return one result per text, in order
   */
  public List<CleanResult> cleanOutlet(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    List<CleanResult> out = new ArrayList<>(texts.size());
    for (Article a : process(texts, true)) {
      out.add(a.result());
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ internals

  /** One input line and what became of it. */
  static final class Line {
    final String original;
    final boolean blank;
    /** The line after markup removal, also kept for removed lines (for context rules); null for blank lines. */
    String clean;
    /** The kept text, possibly changed by in-line removals; null when removed or blank. */
    String text;
    /** Why the whole line was removed, or null. */
    Reason removed;
    /** In-line removals, in order. */
    final List<Removal> inline = new ArrayList<>();

    Line(String original) {
      this.original = original;
      this.blank = Strings.trim(original).isEmpty();
    }

    boolean kept() {
      return !blank && removed == null;
    }

    void remove(Reason reason) {
      removed = reason;
      text = null;
      inline.clear();
    }

    /** The kept text as it goes into the output: untouched lines exactly as they were. */
    String output() {
      return text;
    }
  }

  /** One article being cleaned. */
  static final class Article {
    final List<Line> lines;
    String author;
    String signoffAuthor;
    Datelines.Found dateline;

    Article(List<Line> lines) {
      this.lines = lines;
    }

    /** The non-blank lines, in order. */
    List<Line> contentLines() {
      List<Line> out = new ArrayList<>();
      for (Line l : lines) {
        if (!l.blank) {
          out.add(l);
        }
      }
      return out;
    }

    CleanResult result() {
      StringBuilder sb = new StringBuilder();
      StringBuilder para = new StringBuilder();
      List<Removal> removals = new ArrayList<>();
      for (Line l : lines) {
        if (l.blank) {
          flush(sb, para);
          continue;
        }
        if (l.removed != null) {
          removals.add(new Removal(Strings.trim(l.original), l.removed));
          continue;
        }
        removals.addAll(l.inline);
        if (para.length() > 0) {
          para.append('\n');
        }
        para.append(l.output());
      }
      flush(sb, para);
      String author = this.author != null ? this.author : signoffAuthor;
      Metadata md = dateline == null && author == null
          ? Metadata.NONE
          : new Metadata(
              author,
              dateline == null ? null : dateline.place(),
              dateline == null ? null : dateline.date(),
              dateline == null ? null : dateline.agency());
      return new CleanResult(sb.toString(), removals, md);
    }

    private static void flush(StringBuilder sb, StringBuilder para) {
      if (para.length() == 0) {
        return;
      }
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(para);
      para.setLength(0);
    }
  }

  /** Cleans texts; with {@code outlet}, also removes the lines they repeat. Package-private for the evaluator. */
  List<Article> process(List<String> texts, boolean outlet) {
    List<Article> articles = new ArrayList<>(texts.size());
    for (String t : texts) {
      articles.add(cleanArticle(Objects.requireNonNull(t, "text")));
    }
    if (outlet && articles.size() >= MIN_OUTLET_ARTICLES) {
      removeRepeated(articles);
    }
    return articles;
  }

  private Article cleanArticle(String text) {
    List<Line> lines = new ArrayList<>();
    int from = 0;
    int n = text.length();
    while (from <= n) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? n : nl;
      int e = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(new Line(text.substring(from, e)));
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    Article a = new Article(lines);
    for (Line l : lines) {
      if (!l.blank) {
        firstPass(l, a);
      }
    }
    List<Line> content = a.contentLines();
    listAfterHeader(content);
    tweetText(lines);
    captionAboveCredit(lines);
    tailBiographies(content, a);
    headBylines(content, a);
    dateline(content, a);
    for (Line l : content) {
      if (l.kept()) {
        inlineTails(l, a);
      }
    }
    return a;
  }

  /** Markup, then the whole-line rules. */
  private static void firstPass(Line l, Article a) {
    String t = Strings.trim(l.original);
    List<Removal> inline = new ArrayList<>();
    String m = Strings.trim(InlineRules.markup(t, inline));
    if (m.indexOf('<') >= 0 && t.contains("&lt;")) {
      m = Strings.trim(InlineRules.markup(m, inline)); // escaped markup: &lt;/div&gt;
    }
    l.clean = m;
    if (m.isEmpty()) {
      Reason r = Reason.MARKUP;
      for (Removal x : inline) {
        if (x.reason() != Reason.MARKUP) {
          r = x.reason();
        }
      }
      l.remove(r);
      return;
    }
    Reason r = LineRules.classify(m);
    if (r != null) {
      l.remove(r);
      if (r == Reason.BYLINE && a.author == null) {
        a.author = LineRules.author(m);
      }
      if (r == Reason.WIRE_NOTE && a.signoffAuthor == null) {
        a.signoffAuthor = LineRules.signoffReporter(m);
      }
      if (r == Reason.WIRE_NOTE && a.author == null && t.indexOf('&') >= 0) {
        // "&UR; Eds: UPDATES ... &UR; By ALISON MUTLER &QC; &UR; Associated Press Writer &QC;"
        for (String segment : WIRE_CODE.split(t)) {
          String by = Bylines.fromByLine(Strings.trim(segment));
          if (by != null) {
            a.author = by;
            break;
          }
        }
      }
      return;
    }
    l.text = m.equals(t) && inline.isEmpty() ? l.original : m;
    l.inline.addAll(inline);
  }

  /** Headlines listed under a "More on this story" / "Related" header. */
  private static void listAfterHeader(List<Line> content) {
    for (int i = 0; i < content.size(); i++) {
      Line h = content.get(i);
      if (h.removed != Reason.CROSS_LINK || h.clean == null || !LineRules.isListHeader(h.clean)) {
        continue;
      }
      int taken = 0;
      for (int j = i + 1; j < content.size() && taken < 10; j++) {
        Line l = content.get(j);
        if (!l.kept()) {
          continue;
        }
        if (!isHeadlineLike(l.text)) {
          break;
        }
        l.remove(Reason.CROSS_LINK);
        taken++;
      }
    }
  }

  static boolean isHeadlineLike(String t) {
    int words = Words.capped(t, 21);
    if (words == 0 || words > 20 || t.length() > 200) {
      return false;
    }
    int i = t.length() - 1;
    while (i >= 0 && Strings.isCloser(t.charAt(i))) {
      i--;
    }
    return i >= 0 && t.charAt(i) != '.' && t.charAt(i) != ':' && t.charAt(i) != ';' && t.charAt(i) != ',';
  }

  /** The tweet text above a "- Name (@handle) July 19, 2018" sign-off. */
  private static void tweetText(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line s = lines.get(i);
      if (s.removed != Reason.SOCIAL_EMBED || s.clean == null || !LineRules.isTweetSignoff(s.clean)) {
        continue;
      }
      boolean sameParagraph = true;
      for (int j = i - 1; j >= 0; j--) {
        Line l = lines.get(j);
        if (l.blank) {
          sameParagraph = false;
          continue;
        }
        if (l.kept() && Words.capped(l.text, 71) <= 70
            && (sameParagraph || l.text.indexOf('@') >= 0 || l.text.indexOf('#') >= 0
                || l.text.contains("http"))) {
          l.remove(Reason.SOCIAL_EMBED);
        }
        break;
      }
    }
  }

  /**
   * A caption line directly above its credit line, in the same paragraph: a short line without final punctuation,
   * or any short line without quotes when caption and credit make up the whole paragraph.
   */
  private static void captionAboveCredit(List<Line> lines) {
    for (int i = 1; i < lines.size(); i++) {
      Line c = lines.get(i);
      Line p = lines.get(i - 1);
      if (c.removed != Reason.PHOTO_CREDIT || !p.kept() || Words.capped(p.text, 31) > 30 || p.text.endsWith(":")) {
        continue;
      }
      boolean ownParagraph = (i < 2 || lines.get(i - 2).blank) && (i + 1 >= lines.size() || lines.get(i + 1).blank);
      if (!Strings.endsLikeSentence(p.text)
          || ownParagraph && p.text.indexOf('"') < 0 && p.text.indexOf('\u201C') < 0) {
        p.remove(Reason.CAPTION);
      }
    }
  }

  /**
   * Bylines without "By" at the head of an article: "Clara Winthrop", "Ben Okonkwo in Carrick", "Jordan Kim" before
   * the first line of prose; at its tail, "Lachlan Moore, AAP".
   */
  private static void headBylines(List<Line> content, Article a) {
    int seen = 0;
    for (Line l : content) {
      if (!l.kept()) {
        continue;
      }
      int words = Words.capped(l.text, 15);
      if (++seen > 4 || words > 14) {
        break;
      }
      if (!Strings.endsLikeSentence(l.text) && !Strings.isAllCaps(l.text)) {
        String name = Bylines.names(l.text, true);
        if (name != null) {
          l.remove(Reason.BYLINE);
          if (a.author == null) {
            a.author = name;
          }
        }
      }
    }
    seen = 0;
    for (int i = content.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
      Line l = content.get(i);
      if (!l.kept()) {
        continue;
      }
      seen++;
      String t = l.text;
      if (Words.capped(t, 9) <= 8 && !Strings.endsLikeSentence(t) && !Strings.isAllCaps(t)
          && (t.indexOf(',') > 0 || t.contains(" in "))) {
        String name = Bylines.names(t, true);
        if (name != null) {
          l.remove(Reason.BYLINE);
          if (a.author == null) {
            a.author = name;
          }
        }
      }
    }
  }

  /** "Rosalind Achebe is a Ledger columnist." among the last lines. */
  private static void tailBiographies(List<Line> content, Article a) {
    int seen = 0;
    for (int i = content.size() - 1; i >= 0 && seen < TAIL_LINES; i--) {
      Line l = content.get(i);
      if (!l.kept()) {
        continue;
      }
      seen++;
      if (LineRules.isBio(l.text)) {
        l.remove(Reason.BYLINE);
      }
    }
  }

  /**
   * The dateline at the start of the first kept line (or of the second, after a headline-like first line), and
   * a full date glued in front of it or of the text.
   */
  private static void dateline(List<Line> content, Article a) {
    int tried = 0;
    for (Line l : content) {
      if (!l.kept()) {
        continue;
      }
      int date = Timestamps.leadingDate(l.text);
      if (date > 0) {
        l.inline.add(0, new Removal(Strings.trim(l.text.substring(0, date)), Reason.TIMESTAMP));
        l.text = l.text.substring(date);
      }
      int at = date > 0 ? 1 : 0;
      Datelines.Found f = Datelines.find(l.text);
      if (f != null) {
        String prefix = Strings.trim(l.text.substring(0, f.length()));
        l.text = l.text.substring(f.length());
        l.inline.add(at, new Removal(prefix, Reason.DATELINE));
        a.dateline = f;
        return;
      }
      if (++tried >= 2 || !isHeadlineLike(l.text)) {
        return;
      }
    }
  }

  private static void inlineTails(Line l, Article a) {
    String t = l.text;
    String before = t;
    t = InlineRules.trailingSignoff(t, l.inline);
    if (t != before && a.signoffAuthor == null) {
      a.signoffAuthor = LineRules.signoffReporter(l.inline.get(l.inline.size() - 1).text());
    }
    t = InlineRules.trailingPromo(t, l.inline);
    t = InlineRules.paragraphMarkers(t, l.inline);
    if (t != before) {
      t = Strings.trim(t);
      if (t.isEmpty()) {
        Reason r = l.inline.isEmpty() ? Reason.MARKUP : l.inline.get(l.inline.size() - 1).reason();
        l.remove(r);
        return;
      }
      l.text = t;
    }
  }

  // ------------------------------------------------------------------------------------------ repeated lines

  private static void removeRepeated(List<Article> articles) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Boolean> allTail = new HashMap<>();
    List<Map<String, Boolean>> perArticle = new ArrayList<>();
    for (Article a : articles) {
      List<Line> kept = new ArrayList<>();
      for (Line l : a.lines) {
        if (l.kept()) {
          kept.add(l);
        }
      }
      Map<String, Boolean> keys = new HashMap<>(); // key -> every occurrence in this article is in its tail
      for (int i = 0; i < kept.size(); i++) {
        String k = key(kept.get(i).text);
        boolean tail = i >= kept.size() - TAIL_LINES;
        keys.merge(k, tail, Boolean::logicalAnd);
      }
      perArticle.add(keys);
      for (Map.Entry<String, Boolean> e : keys.entrySet()) {
        count.merge(e.getKey(), 1, Integer::sum);
        allTail.merge(e.getKey(), e.getValue(), Boolean::logicalAnd);
      }
    }
    Set<String> boilerplate = new HashSet<>();
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (e.getValue() >= MIN_REPEATS && e.getKey().length() <= 1000) {
        boilerplate.add(e.getKey());
      }
    }
    if (boilerplate.isEmpty()) {
      return;
    }
    for (Article a : articles) {
      for (Line l : a.lines) {
        if (!l.kept()) {
          continue;
        }
        String k = key(l.text);
        if (!boilerplate.contains(k)) {
          continue;
        }
        int words = Words.count(l.text);
        boolean sentence = Strings.endsLikeSentence(Strings.trim(l.text));
        boolean nonSentence = !sentence && words <= REPEATED_NON_SENTENCE_WORDS;
        boolean footer = sentence && words <= REPEATED_TAIL_SENTENCE_WORDS && !hasQuote(l.text)
            && allTail.getOrDefault(k, false);
        if (nonSentence || footer) {
          l.remove(Reason.REPEATED_LINE);
        }
      }
    }
  }

  private static boolean hasQuote(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        return true;
      }
    }
    return false;
  }

  /** Comparison key of a line: trimmed, white space collapsed, lower case. */
  static String key(String text) {
    String t = Strings.trim(text);
    StringBuilder sb = new StringBuilder(Math.min(t.length(), 1001));
    boolean space = false;
    for (int i = 0; i < t.length() && sb.length() <= 1000; i++) {
      char c = t.charAt(i);
      if (Strings.isSpace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
