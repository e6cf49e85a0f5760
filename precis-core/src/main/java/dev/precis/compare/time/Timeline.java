package dev.precis.compare.time;

import dev.precis.analyze.AnalyzedStory;
import dev.precis.compare.scan.Lexicon;
import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.text.GatedPattern;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dated events of a story: every candidate sentence with a date expression, one event per (sentence,
 * expression), the date resolved where it can be.
 *
 * <p>Expressions, written as the text has them with the preposition or modifier right before them ("on Tuesday",
 * "From Thursday", "last October", "Monday's", "March 10"):
 *
 * <ul>
 *   <li>Calendar dates (not relative): "2026-03-10", "10 March 2026", "March 10, 2026", "March 10", "10th of
 *       March", "March 2026", "in/last/next/early/late/since/until/by October", "in/since/until/by 2019". A
 *       missing year is taken from the publication date (the previous year when the date would otherwise lie
 *       over a month after publication in a past-tense sentence, the next year when it would lie over a week
 *       before it in a future-tense one); an undated document takes the latest publication date of the story's
 *       documents instead. A month or a year alone resolves to its first day.
 *   <li>Relative expressions, resolved against the document's own publication date only (unresolved, date null,
 *       when the document has none): "yesterday", "today", "tonight", "tomorrow", "this morning", "last night";
 *       "last/this/next week|weekend|month|year|spring|summer|autumn|fall|winter" (the first day of the period;
 *       "later this ..." the day after publication); "three days ago"; and weekday names.
 * </ul>
 *
 * <p>Weekday rule: "last Tuesday" is the most recent Tuesday strictly before the publication date and "next
 * Tuesday" the first strictly after it. "from/until/by/starting Thursday" look forward: the first Thursday on or
 * after publication. "since Tuesday" looks back. Otherwise ("on Tuesday", "Tuesday's", "Tuesday morning") the
 * tense decides: the tense marker nearest to the expression in its sentence, future ("will", "'ll", "shall",
 * "going to", "due", "scheduled", "expected", "set to", "plans", present-tense schedule verbs such as "begins",
 * "reopens") or past ("was", "were", "had", "did", "ago", irregular past forms and "-ed" verbs not after
 * "be"); ties and sentences without a marker count as past. Past: the most recent such day on or before
 * publication; future: the first on or after it (news that says "on Tuesday" on a Tuesday means that day).
 *
 * <p>Sorted: resolved events by date, then document, then position; unresolved ones after, by document and
 * position. Linear in the length of the story. English only ({@link #supports}).
 */
public final class Timeline {
  private Timeline() {}

  /** Whether the timeline reads text in {@code language} (an ISO 639-1 code): English only. */
  public static boolean supports(String language) {
    return "en".equals(language);
  }

  private static final Months MONTHS = Months.of("en");
  private static final String MONTH = MONTHS.capitalizedPattern();
  /** The weekdays' names from Monday to Sunday, capitalized. */
  private static final List<String> WEEKDAY_NAMES = WordLists.lines("en", "weekdays").stream()
      .map(WordLists::capitalized).toList();
  private static final String WEEKDAY = WEEKDAY_NAMES.stream().collect(Collectors.joining("|", "(", ")"));
  private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
  private static final String ORD = "(?:st|nd|rd|th)?";

  /** Every month name and abbreviation starts with one of the needles: its first three letters, capitalized. */
  private static final GatedPattern MONTH_ANY = new GatedPattern(Pattern.compile("\\b" + MONTH + "(?![\\w])"),
      MONTHS.words().stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1, Math.min(3, w.length())))
          .distinct().sorted().toList());
  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern DMY = Pattern.compile(
      "(?:\\b(?i:(on|from|since|until|by|before|after))\\s+)?(?<![\\d.,])(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH
          + "(?:,?\\s+(\\d{4}))?(?![\\w])");
  private static final Pattern MDY = Pattern.compile(
      "(?:\\b(?i:(on|from|since|until|by|before|after))\\s+)?\\b" + MONTH + "\\s+(\\d{1,2})" + ORD
          + "(?![\\d]|[.,:]\\d)(?:,?\\s+(\\d{4}))?(?![\\w])");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?:\\b(?i:(in|since|until|by|from|during|early|late|mid-?))\\s+)?\\b" + MONTH + ",?\\s+(\\d{4})\\b(?![-\\u2013]\\d)");
  private static final Pattern MONTH_ONLY = Pattern.compile(
      "\\b(?i:(last|next|this|in|early|late|mid-?|since|until|by|during|from))\\s+" + MONTH + "(?![\\w])");
  private static final Pattern YEAR = Pattern.compile(
      "\\b(?i:(in|since|until|by|during))\\s+(1[89]\\d\\d|20\\d\\d)\\b(?![-\\u2013/%]\\d|\\s*%)");
  private static final Pattern DAY = Pattern.compile(
      "(?:\\b(?i:(on|from|since|until|till|by|before|after|last|next|this|early|late|starting|through))\\s+)?\\b"
          + WEEKDAY
          + "(['\\u2019]s)?" + PART + "\\b");
  private static final Pattern DEICTIC = Pattern.compile(
      "\\b([Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)(['\\u2019]s)?" + PART + "\\b"
          + "|\\b([Tt]his\\s+(?:morning|afternoon|evening)|[Ll]ast\\s+night|[Ee]arlier\\s+today)\\b");
  private static final Pattern PERIOD = Pattern.compile(
      "\\b(?:([Ee]arlier|[Ll]ater)\\s+)?([Tt]his|[Ll]ast|[Nn]ext)\\s+(week|weekend|month|year|spring|summer|autumn"
          + "|fall|winter)\\b");
  private static final Pattern AGO = Pattern.compile(
      "\\b(?i:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}))\\s+(day|week|month|year)s?"
          + "\\s+ago\\b");

  /** Capitalised words that make a weekday a name ("Good Friday", "Super Tuesday"). */
  private static final Set<String> DAY_NAMES = Lexicon.english("day-names");

  private static final Set<String> FUTURE = Lexicon.english("future-markers");
  private static final Set<String> PAST = Lexicon.english("past-markers");
  private static final Set<String> BE = Lexicon.english("be-forms");
  private static final Set<String> NOT_ED = Lexicon.english("not-past-ed");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\u2019][\\p{L}]+)?");

  /** One match before overlaps are removed. */
  record Found(int start, int end, LocalDate date, boolean relative, boolean resolved, int priority) {}

  public static List<TimelineEvent> events(AnalyzedStory story) {
    List<Document> docs = story.story().documents();
    LocalDate storyDate = null;
    for (Document d : docs) {
      if (d.date() != null && (storyDate == null || d.date().toLocalDate().isAfter(storyDate))) {
        storyDate = d.date().toLocalDate();
      }
    }
    List<TimelineEvent> out = new ArrayList<>();
    for (int s = 0; s < story.size(); s++) {
      if (!story.isCandidate(s)) {
        continue;
      }
      Sentence sentence = story.sentence(s);
      LocalDateTime published = docs.get(sentence.document()).date();
      LocalDate pub = published == null ? null : published.toLocalDate();
      for (Found f : find(sentence.text(), pub, pub != null ? pub : storyDate)) {
        String expression = sentence.text().substring(f.start(), f.end());
        out.add(new TimelineEvent(f.date(), expression, f.relative(), f.resolved(), sentence.text(),
            sentence.document(), sentence.span()));
      }
    }
    out.sort(Comparator.comparing((TimelineEvent e) -> !e.resolved())
        .thenComparing(e -> e.date() == null ? LocalDate.MIN : e.date())
        .thenComparingInt(TimelineEvent::document).thenComparingInt(e -> e.span().start()));
    return out;
  }

  /**
   * The date expressions of one sentence, in text order, without overlaps and without repeating an expression.
   *
   * @param pub the document's publication date, or null
   * @param yearReference the date that lends a missing year: the publication date, or the story's latest date
   *     for an undated document, or null
   */
  static List<Found> find(String text, LocalDate pub, LocalDate yearReference) {
    List<Found> all = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean digits = false;
    for (int i = 0; i < text.length() && !digits; i++) {
      digits = Character.isDigit(text.charAt(i));
    }
    boolean months = MONTH_ANY.find(text);
    boolean days = lower.contains("day") || lower.contains("night") || lower.contains("tomorrow")
        || lower.contains("this ");
    boolean periods = lower.contains("this ") || lower.contains("last ") || lower.contains("next ");
    boolean ago = lower.contains(" ago");
    if (!digits && !months && !days && !periods) {
      return all;
    }
    Tense tense = new Tense(text);
    Matcher m = ISO.matcher(digits ? text : "");
    while (m.find()) {
      LocalDate d = DateResolver.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (d != null) {
        all.add(new Found(m.start(), m.end(), d, false, true, 0));
      }
    }
    for (Pattern p : new Pattern[] {DMY, MDY}) {
      m = p.matcher(digits && months ? text : "");
      while (m.find()) {
        boolean dmy = p == DMY;
        int day = Integer.parseInt(m.group(dmy ? 2 : 3));
        int month = month(m.group(dmy ? 3 : 2));
        String year = m.group(4);
        LocalDate d = null;
        if (year != null) {
          d = DateResolver.date(Integer.parseInt(year), month, day);
        } else if (yearReference != null) {
          d = DateResolver.dayOfMonth(yearReference, month, day,
              tense.future(m.start(), m.end()) || DateResolver.forward(m.group(1)));
        }
        if (day >= 1 && day <= 31) {
          all.add(new Found(m.start(), m.end(), d, false, d != null, 1));
        }
      }
    }
    m = MONTH_YEAR.matcher(digits && months ? text : "");
    while (m.find()) {
      LocalDate d = DateResolver.date(Integer.parseInt(m.group(3)), month(m.group(2)), 1);
      all.add(new Found(m.start(), m.end(), d, false, d != null, 2));
    }
    m = MONTH_ONLY.matcher(months ? text : "");
    while (m.find()) {
      int month = month(m.group(2));
      String mod = m.group(1).toLowerCase(Locale.ROOT);
      if (month == 5 && m.group(2).equals("May") && !Set.of("last", "next", "this", "in", "early", "late", "mid",
          "mid-", "during").contains(mod)) {
        continue;
      }
      LocalDate d = null;
      if (yearReference != null) {
        LocalDate first = yearReference.withDayOfMonth(1);
        LocalDate same = first.withMonth(month);
        boolean future = tense.future(m.start(), m.end()) || DateResolver.forward(mod);
        d = switch (mod) {
          case "last" -> same.isBefore(first) ? same : same.minusYears(1);
          case "next" -> same.isAfter(first) ? same : same.plusYears(1);
          case "this" -> same;
          default -> future ? (same.isBefore(first) ? same.plusYears(1) : same)
              : (same.isAfter(first) ? same.minusYears(1) : same);
        };
      }
      all.add(new Found(m.start(), m.end(), d, false, d != null, 3));
    }
    m = YEAR.matcher(digits ? text : "");
    while (m.find()) {
      all.add(new Found(m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(2)), 1, 1), false, true, 4));
    }
    m = DAY.matcher(weekdayName(text) ? text : "");
    while (m.find()) {
      int wordStart = m.start(2);
      if (m.group(1) == null && namedDay(text, wordStart)) {
        continue;
      }
      DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      LocalDate d = pub == null ? null
          : DateResolver.weekday(pub, dow, m.group(1), tense.future(m.start(), m.end()));
      all.add(new Found(m.start(), m.end(), d, true, d != null, 5));
    }
    m = DEICTIC.matcher(days && (lower.contains("yesterday") || lower.contains("today") || lower.contains("tonight")
        || lower.contains("tomorrow") || lower.contains("this") || lower.contains("last")) ? text : "");
    while (m.find()) {
      String w = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      LocalDate d = pub == null ? null : DateResolver.deictic(pub, w);
      all.add(new Found(m.start(), m.end(), d, true, d != null, 6));
    }
    m = PERIOD.matcher(periods ? text : "");
    while (m.find()) {
      String edge = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String which = m.group(2).toLowerCase(Locale.ROOT);
      String unit = m.group(3);
      LocalDate d = pub == null ? null : period(pub, edge, which, unit);
      all.add(new Found(m.start(), m.end(), d, true, d != null, 7));
    }
    m = AGO.matcher(ago ? text : "");
    while (m.find()) {
      int n = number(m.group(1));
      LocalDate d = null;
      if (pub != null && n > 0) {
        d = switch (m.group(2)) {
          case "day" -> pub.minusDays(n);
          case "week" -> pub.minusWeeks(n);
          case "month" -> pub.minusMonths(n);
          default -> pub.minusYears(n);
        };
      }
      all.add(new Found(m.start(), m.end(), d, true, d != null, 8));
    }
    // Longest first among overlapping matches, then the earlier pattern.
    all.sort(Comparator.comparingInt((Found f) -> f.start()).thenComparingInt(f -> -(f.end() - f.start()))
        .thenComparingInt(Found::priority));
    List<Found> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lastEnd = -1;
    for (Found f : all) {
      if (f.start() < lastEnd) {
        continue;
      }
      lastEnd = f.end();
      if (seen.add(text.substring(f.start(), f.end()))) {
        kept.add(f);
      }
    }
    return kept;
  }



  private static LocalDate period(LocalDate pub, String edge, String which, String unit) {
    if (edge.equals("later") && which.equals("this")) {
      return pub.plusDays(1);
    }
    int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
    switch (unit) {
      case "week":
        return pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
      case "weekend": {
        LocalDate sat = pub.getDayOfWeek() == DayOfWeek.SUNDAY ? pub.minusDays(1)
            : pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return sat.plusWeeks(shift);
      }
      case "month":
        return pub.withDayOfMonth(1).plusMonths(shift);
      case "year":
        return pub.withDayOfYear(1).plusYears(shift);
      default:
        return season(pub, unit, which);
    }
  }

  /** First day of a (northern, meteorological) season: spring March, summer June, autumn September, winter December. */
  private static LocalDate season(LocalDate pub, String unit, String which) {
    int month = switch (unit) {
      case "spring" -> 3;
      case "summer" -> 6;
      case "autumn", "fall" -> 9;
      default -> 12;
    };
    // The season starts of the years around the publication date, in order.
    LocalDate current = null; // the start of the season holding pub, if any
    LocalDate lastEnded = null;
    LocalDate nextStart = null;
    for (int y = pub.getYear() - 2; y <= pub.getYear() + 1; y++) {
      LocalDate start = LocalDate.of(y, month, 1);
      LocalDate end = start.plusMonths(3);
      if (!end.isAfter(pub)) {
        lastEnded = start;
      } else if (!start.isAfter(pub)) {
        current = start;
      } else if (nextStart == null) {
        nextStart = start;
      }
    }
    return switch (which) {
      case "last" -> lastEnded;
      case "next" -> nextStart;
      default -> current != null ? current : nextStart;
    };
  }

  private static int number(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(w);
    };
  }

  private static int month(String name) {
    return MONTHS.number(name.replace(".", ""));
  }



  /** Whether a capitalized weekday name occurs in the text, which {@link #DAY} needs (a cheap test first). */
  private static boolean weekdayName(String text) {
    if (!text.contains("day")) {
      return false;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (text.contains(WEEKDAY_NAMES.get(d.ordinal()))) {
        return true;
      }
    }
    return false;
  }


  /** Whether the weekday at {@code at} is part of a name ("Good Friday", "Black Friday"). */
  private static boolean namedDay(String text, int at) {
    int e = at - 1;
    while (e >= 0 && text.charAt(e) == ' ') {
      e--;
    }
    int s = e;
    while (s >= 0 && Character.isLetter(text.charAt(s))) {
      s--;
    }
    if (e < 0 || s == e) {
      return false;
    }
    return DAY_NAMES.contains(text.substring(s + 1, e + 1).toLowerCase(Locale.ROOT));
  }

  /** The tense markers of one sentence, read on the first question (most sentences never ask). */
  private static final class Tense {
    private final String text;
    private List<int[]> markers; // {start, end, +1 future / -1 past}

    Tense(String text) {
      this.text = text;
    }

    private List<int[]> markers() {
      if (markers != null) {
        return markers;
      }
      markers = new ArrayList<>();
      Matcher w = WORD.matcher(text);
      String prev = "";
      String prev2 = "";
      while (w.find()) {
        String word = w.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int kind = 0;
        if (word.endsWith("'ll") || FUTURE.contains(word) || (word.equals("to") && (prev.equals("going")
            || prev.equals("set") || prev.equals("due")))) {
          kind = 1;
          if (word.equals("runs") || word.equals("takes") || word.equals("ends") || word.equals("closes")) {
            kind = prev.equals("it") || prev.equals("that") ? 0 : 1; // weak schedule verbs
          }
        } else if (PAST.contains(word) || (word.length() >= 5 && word.endsWith("ed") && !word.endsWith("eed")
            && !NOT_ED.contains(word) && !BE.contains(prev) && !(BE.contains(prev2) && prev.endsWith("ly")))) {
          kind = -1;
        }
        if (kind != 0) {
          markers.add(new int[] {w.start(), w.end(), kind});
        }
        prev2 = prev;
        prev = word;
      }
      return markers;
    }

    /** Whether the marker nearest to [start, end) is a future one (ties: past). */
    boolean future(int start, int end) {
      int best = Integer.MAX_VALUE;
      int kind = -1;
      for (int[] m : markers()) {
        if (m[0] >= start && m[1] <= end) {
          continue;
        }
        int dist = m[1] <= start ? start - m[1] : m[0] - end;
        if (dist < best || (dist == best && m[2] < 0)) {
          best = dist;
          kind = m[2];
        }
      }
      return kind > 0;
    }
  }
}
