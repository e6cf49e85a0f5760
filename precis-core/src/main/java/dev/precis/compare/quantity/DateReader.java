package dev.precis.compare.quantity;

import dev.precis.compare.quantity.Value.Kind;
import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.Lexicon;
import dev.precis.compare.scan.Tokens.Token;
import dev.precis.compare.time.DateResolver;
import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import dev.precis.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * Calendar days in English news text, read into {@link Value}s and resolved against the publication date by
 * {@link DateResolver}: explicit dates ("28 April", "March 10, 2026", "2026-03-10"), weekdays ("on Tuesday",
 * "Wednesday 22 April"), "yesterday", "today", "last night", with the preposition, the tense and whether it is
 * the date of a statement ("said on Tuesday").
 */
final class DateReader {
  private DateReader() {}

  private static final Set<String> PARTS_OF_DAY = Lexicon.english("parts-of-day");
  private static final Set<String> DEADLINE_PREPOSITIONS = Lexicon.english("deadline-prepositions");
  /** Verbs whose date is the date of a statement, not of what it reports. */
  private static final Set<String> REPORTING_VERBS = WordLists.tagged("en", "speech-verbs", "dated");
  private static final Set<String> START_PREPOSITIONS = Lexicon.english("start-prepositions");

  /** 1-12 for a month name or its usual abbreviation (Jan, Sept), else 0. */
  static int month(String w) {
    return Months.of("en").number(w);
  }


  private static DayOfWeek weekday(String w) {
    String l = Lexicon.lc(w);
    if (l.endsWith("'s") || l.endsWith("\u2019s")) {
      l = l.substring(0, l.length() - 2);
    }
    if (!Lexicon.WEEKDAYS.contains(l)) {
      return null;
    }
    return DayOfWeek.valueOf(l.toUpperCase(Locale.ROOT));
  }

  /** The calendar day that token {@code k} starts ("Tuesday", "yesterday", "March 10, 2026"), or null. */
  static Value read(DocumentScan d, int k) {
    Token t = d.tok(k);
    String lw = t.lower();
    ValueBuilder v = null;
    LocalDateTime pub = d.date;
    DayOfWeek wd = weekday(t.text());
    if (wd != null && t.isCapitalized()) {
      v = new ValueBuilder();
      v.weekday = wd;
      v.firstTok = k;
      v.lastTok = k;
      // "Wednesday 22 April"
      ValueBuilder explicit = explicitDate(d, k + 1, pub);
      if (explicit != null) {
        v.date = explicit.date;
        v.lastTok = explicit.lastTok;
      } else if (d.lower(k + 1).equals("night") || d.lower(k + 1).equals("morning")
          || d.lower(k + 1).equals("afternoon") || d.lower(k + 1).equals("evening")) {
        v.lastTok = k + 1;
      }
    } else if (lw.equals("yesterday") || lw.equals("today") || lw.equals("tonight") || lw.equals("tomorrow")) {
      v = new ValueBuilder();
      v.firstTok = k;
      v.lastTok = k;
      if (pub != null) {
        v.date = DateResolver.deictic(pub.toLocalDate(), lw);
        v.weekday = v.date.getDayOfWeek();
      } else {
        return null;
      }
    } else if ((lw.equals("this") || lw.equals("last")) && k + 1 < d.size()
        && PARTS_OF_DAY.contains(d.lower(k + 1))) {
      if (pub == null || (lw.equals("this") && d.lower(k + 1).equals("night"))) {
        return null;
      }
      v = new ValueBuilder();
      v.firstTok = k;
      v.lastTok = k + 1;
      v.date = DateResolver.deictic(pub.toLocalDate(), lw + " " + d.lower(k + 1));
      v.weekday = v.date.getDayOfWeek();
    } else {
      v = explicitDate(d, k, pub);
      if (v == null) {
        return null;
      }
    }
    v.kind = Kind.DATE;
    // Preposition and tense.
    int p = v.firstTok - 1;
    String before = d.lower(p);
    if (before.equals("late") || before.equals("early") || before.equals("least")) {
      p--;
      before = d.lower(p);
      if (before.equals("at")) {
        p--;
        before = d.lower(p);
      }
    }
    if (DEADLINE_PREPOSITIONS.contains(before)) {
      v.prep = "until";
    } else if (START_PREPOSITIONS.contains(before)) {
      v.prep = "from";
    } else {
      v.prep = "on";
    }
    // A statement's date: "said on Tuesday", "told reporters on Thursday" (no other verb in between).
    for (int x = v.firstTok - 1; x >= Math.max(0, v.firstTok - 12); x--) {
      if (d.tokSent[x] != d.tokSent[v.firstTok] || d.isPunct(x, ',') || d.isQuoteMark(x)) {
        break;
      }
      if (d.isLowerWord(x) && REPORTING_VERBS.contains(d.lower(x)) && !d.tokInQuote[x]) {
        v.reporting = true;
        break;
      }
      if (d.isLowerWord(x) && (d.lower(x).endsWith("ed") || d.lower(x).endsWith("en")
          || d.lower(x).endsWith("ing"))) {
        break; // "says the breach was discovered on April 30", "said after declaring an emergency on Wednesday"
      }
    }
    v.future = v.prep.equals("until") || futureClause(d, v.firstTok) || d.lower(v.firstTok - 1).equals("next")
        || lw.equals("tomorrow");
    if (v.date == null && pub != null && v.weekday != null) {
      // The modifier: "last"/"next" right before the day, else a deadline or start preposition ("came through
      // Tuesday's shower" is no "through Tuesday").
      String next = d.lower(v.firstTok - 1);
      String modifier = next.equals("last") || next.equals("next") ? next
          : DEADLINE_PREPOSITIONS.contains(before) || START_PREPOSITIONS.contains(before) ? before : null;
      v.date = DateResolver.weekday(pub.toLocalDate(), v.weekday, modifier, v.future);
    }
    v.span = new Span(d.tok(v.firstTok).start(), d.tok(v.lastTok).end());
    if (v.span.start() < 80 && d.tokPara[v.firstTok] == 0) {
      // A dateline: "BRACKENFORD, England, Feb 3 (APA) -"
      for (int x = v.lastTok + 1; x < Math.min(d.size(), v.lastTok + 6); x++) {
        if (d.isPunct(x, '(') || d.isPunct(x, '\u2014') || (d.isPunct(x, '-') && x == v.lastTok + 1)) {
          return null;
        }
      }
    }
    return v.build();
  }

  /** Whether the clause before token k speaks of the future ("will visit on", "is expected to"). */
  private static boolean futureClause(DocumentScan d, int k) {
    for (int x = k - 1; x >= Math.max(0, k - 10); x--) {
      if (d.tokSent[x] != d.tokSent[k] || d.isPunct(x, ',') || d.isPunct(x, ';')) {
        break;
      }
      String w = d.lower(x);
      if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("due") || w.equals("expected")
          || w.equals("going") || w.equals("plans") || w.equals("scheduled") || w.equals("'ll")
          || w.equals("set")) {
        return true;
      }
    }
    return false;
  }

  /** 2026-03-10: four, two and two ASCII digits joined by hyphens. */
  private static boolean isIsoDate(String s) {
    return s.length() == 10 && asciiDigits(s, 0, 4) && s.charAt(4) == '-' && asciiDigits(s, 5, 7)
        && s.charAt(7) == '-' && asciiDigits(s, 8, 10);
  }

  /** One or two ASCII digits. */
  private static boolean isDay(String s) {
    return (s.length() == 1 || s.length() == 2) && asciiDigits(s, 0, s.length());
  }

  /** A year of the 20th or 21st century: 19 or 20 and two ASCII digits. */
  private static boolean isYear(String s) {
    return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && asciiDigits(s, 2, 4);
  }

  private static boolean asciiDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** "28 April", "April 28", "March 10, 2026", "10 March 2026", "2026-03-10". */
  private static ValueBuilder explicitDate(DocumentScan d, int k, LocalDateTime pub) {
    if (k >= d.size() || !d.isWord(k)) {
      return null;
    }
    String a = d.tok(k).text();
    int day = 0;
    int mon = 0;
    int last = k;
    if (isIsoDate(a)) {
      ValueBuilder v = new ValueBuilder();
      v.date = LocalDate.parse(a);
      v.weekday = v.date.getDayOfWeek();
      v.firstTok = k;
      v.lastTok = k;
      return v;
    }
    if (isDay(a) && k + 1 < d.size() && month(d.tok(k + 1).text()) > 0
        && d.tok(k + 1).isCapitalized()) {
      day = Integer.parseInt(a);
      mon = month(d.tok(k + 1).text());
      last = k + 1;
    } else if (d.tok(k).isCapitalized() && month(a) > 0 && k + 1 < d.size()
        && isDay(d.tok(k + 1).text())) {
      if (month(a) == 5 && !a.equals("May")) {
        return null;
      }
      mon = month(a);
      day = Integer.parseInt(d.tok(k + 1).text());
      last = k + 1;
    } else {
      return null;
    }
    if (day < 1 || day > 31) {
      return null;
    }
    int year = 0;
    int y = last + 1;
    if (d.isPunct(y, ',')) {
      y++;
    }
    if (y < d.size() && isYear(d.tok(y).text())) {
      year = Integer.parseInt(d.tok(y).text());
      last = y;
    }
    ValueBuilder v = new ValueBuilder();
    v.firstTok = k;
    v.lastTok = last;
    try {
      if (year == 0) {
        if (pub == null) {
          return null;
        }
        v.date = DateResolver.dayOfMonth(pub.toLocalDate(), mon, day,
            futureClause(d, k) || DateResolver.forward(d.lower(k - 1)));
        if (v.date == null) {
          return null;
        }
      } else {
        v.date = LocalDate.of(year, mon, day);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    v.weekday = v.date.getDayOfWeek();
    return v;
  }
}
