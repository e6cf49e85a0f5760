package dev.precis.clean;

import dev.precis.lang.Months;
import dev.precis.lang.WordLists;
import dev.precis.model.Words;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognizes lines that are nothing but a publication or update time stamp: {@code Tue 10 Mar 2026 18.40 GMT},
 * {@code Updated 6:14 p.m. ET March 12, 2026}, {@code Published 2 hours ago}, {@code Posted on March 11, 2026 by
 * fenwick}. Token-based, no regular expressions.
 */
final class Timestamps {
  private Timestamps() {}

  private static final Set<String> PREFIX = WordLists.words("en", "timestamp-prefixes");

  private static final Set<String> TIME_WORDS = WordLists.words("en", "timestamp-time-words");

  private static final Set<String> RELATIVE = WordLists.words("en", "timestamp-relative");

  private static final java.util.regex.Pattern ISO_TIME = java.util.regex.Pattern.compile("[0-9:]{5,8}z?");

  private static final Set<String> AUTHOR_PREFIX = WordLists.words("en", "timestamp-author-prefixes");

  private static final java.util.regex.Pattern LEADING_DATE = java.util.regex.Pattern.compile(
      WordLists.lines("en", "weekdays").stream().map(WordLists::capitalized).collect(Collectors.joining("|", "(?:(?:", "),? )?"))
          + Months.of("en").names().stream().map(WordLists::capitalized).collect(Collectors.joining("|", "(?:", ")"))
          + " \\d{1,2},? \\d{4}"
          + " +(?=[A-Z\"\u201c])");

  /**
   * The length of a full date that a line opens with and that runs straight into a sentence ("Saturday, March 26,
   * 2005 Up to four times as many ..."), spaces included; 0 when there is none. Only a date with day and year
   * followed by a capital without punctuation counts: no sentence of the article starts that way.
   */
  static int leadingDate(String line) {
    java.util.regex.Matcher m = LEADING_DATE.matcher(line);
    return m.lookingAt() ? m.end() : 0;
  }

  /** True when {@code line} is a time stamp line (at most 24 tokens). */
  static boolean isTimestamp(String line) {
    if (line.length() > 200) {
      return false;
    }
    String t = Strings.lower(unglue(Strings.trim(line)));
    // "Posted by Priya S. on April 30, 2026": the author between "by" and "on".
    if (t.startsWith("posted by ") || t.startsWith("published by ") || t.startsWith("written by ")) {
      int by0 = t.indexOf(" by ");
      int on = t.indexOf(" on ", by0 + 4); // after the author's first character: "posted by on ..." names none
      if (on < 0 || Words.count(t.substring(by0 + 4, on)) > 4) {
        return false;
      }
      t = t.substring(0, by0) + t.substring(on);
    }
    // "... by fenwick" / "... by Jane Doe" after posted/published: cut the author off.
    int by = t.lastIndexOf(" by ");
    String[] tokens = split(by > 0 ? t.substring(0, by) : t);
    if (by > 0) {
      String author = t.substring(by + 4).trim();
      if (tokens.length == 0 || !AUTHOR_PREFIX.contains(tokens[0]) || Words.count(author) > 3
          || author.isEmpty()) {
        return false;
      }
    }
    if (tokens.length == 0 || tokens.length > 24) {
      return false;
    }
    boolean anchor = false;
    boolean relativeNumber = false;
    for (String tok : tokens) {
      if (Strings.MONTHS.contains(stripDot(tok)) || Strings.WEEKDAYS.contains(stripDot(tok))) {
        anchor = true;
      } else if (isClock(tok) || isNumericDate(tok)) {
        anchor = true;
      } else if (tok.equals("ago")) {
        anchor = anchor || relativeNumber;
      } else if (isNumber(tok)) {
        relativeNumber = true;
      } else if (TIME_WORDS.contains(tok) || PREFIX.contains(tok) || RELATIVE.contains(tok)) {
        if (tok.equals("an") || tok.equals("a")) {
          relativeNumber = true;
        }
      } else {
        return false;
      }
    }
    return anchor;
  }

  /** "2026Updated" -> "2026 Updated": scraped time stamps often lose the space between two fields. */
  private static String unglue(String s) {
    StringBuilder sb = null;
    for (int i = 1; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
        sb.append(' ');
      }
      if (sb != null) {
        sb.append(s.charAt(i));
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String[] split(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '|' || c == '\u00B7' || c == '\u2022' || c == '\u2014' || c == '\u2013' || c == '('
          || c == ')' || c == '/' && !(i > 0 && Character.isDigit(t.charAt(i - 1)))) {
        sb.append(' ');
      } else if (c == ':' && (i + 1 >= t.length() || !Character.isDigit(t.charAt(i + 1)))) {
        sb.append(' ');
      } else if (c == '-' && (i == 0 || i + 1 >= t.length() || t.charAt(i - 1) == ' ' || t.charAt(i + 1) == ' ')) {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    String s = sb.toString().trim();
    return Strings.tokens(s);
  }

  private static String stripDot(String tok) {
    return tok.endsWith(".") ? tok.substring(0, tok.length() - 1) : tok;
  }

  private static boolean isNumber(String tok) {
    String t = tok;
    for (String suffix : new String[] {"st", "nd", "rd", "th", "."}) {
      if (t.endsWith(suffix) && t.length() > suffix.length()) {
        t = t.substring(0, t.length() - suffix.length());
        break;
      }
    }
    if (t.isEmpty() || t.length() > 4) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** 18.40, 6:14, 07:32, 9:40am, 11:02am, 10:15:00z. */
  private static boolean isClock(String tok) {
    String t = tok;
    for (String suffix : new String[] {"a.m.", "p.m.", "am", "pm", "z", "h"}) {
      if (t.endsWith(suffix) && t.length() > suffix.length()) {
        t = t.substring(0, t.length() - suffix.length());
        break;
      }
    }
    int sep = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ':' || c == '.') {
        if (sep >= 0 && c == '.') {
          return false;
        }
        if (sep < 0) {
          sep = i;
        }
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    if (sep < 1 || sep > 2 || t.length() - sep - 1 < 2) {
      return false;
    }
    return true;
  }

  /** 2026-03-10, 10/03/2026, 2026-03-10t10:15:00z. */
  private static boolean isNumericDate(String tok) {
    int digits = 0;
    int seps = 0;
    for (int i = 0; i < tok.length(); i++) {
      char c = tok.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (c == '-' || c == '/' || c == '.') {
        seps++;
      } else if (c == 't' && digits >= 6) {
        return isClock(tok.substring(i + 1)) || ISO_TIME.matcher(tok.substring(i + 1)).matches();
      } else {
        return false;
      }
    }
    return seps == 2 && digits >= 4 && digits <= 8;
  }

  static boolean isMonthWord(String w) {
    return Strings.MONTHS.contains(stripDot(w.toLowerCase(Locale.ROOT)));
  }
}
