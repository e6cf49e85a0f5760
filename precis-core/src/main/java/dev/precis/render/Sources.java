package dev.precis.render;

import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** Helpers shared by the summary and report renderers: dates, outlets, one-line text, safe links. */
public final class Sources {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private Sources() {}

  /**
   * An output of stories one after the other, each the text {@code story} makes of a summary and its budget,
   * with a blank line between two stories; {@code out} is flushed after each story.
   */
  static SummaryWriter blankLineSeparated(Writer out, BiFunction<Summary, Budget, String> story) {
    return new SummaryWriter() {
      private boolean first = true;

      @Override
      public void write(Summary summary, Budget budget) throws IOException {
        if (!first) {
          out.write('\n');
        }
        first = false;
        out.write(story.apply(summary, budget));
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** The 1-based source numbers a sentence cites, in increasing order without repeats. */
  static List<Integer> numbers(SummarySentence s) {
    TreeSet<Integer> n = new TreeSet<>();
    for (Citation c : s.citations()) {
      n.add(c.documentIndex() + 1);
    }
    return new ArrayList<>(n);
  }

  /** A date for people: the day, with the time unless it is midnight (a date without time). */
  public static String date(LocalDateTime date) {
    if (date == null) {
      return null;
    }
    return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(date) : MINUTE.format(date);
  }

  /** Text on one line: every run of white space becomes one space. */
  public static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  public static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "outlet, date" from what the document has, or null. */
  public static String outletAndDate(Document d) {
    List<String> parts = new ArrayList<>();
    if (d.source() != null && !d.source().isBlank()) {
      parts.add(oneLine(d.source()));
    }
    if (d.date() != null) {
      parts.add(date(d.date()));
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /**
   * A document's link when it is a web address: the URL stripped, with white space and angle brackets
   * percent-encoded, when its scheme is {@code http} or {@code https} and it names a host; null otherwise
   * ({@code javascript:}, {@code data:}, relative or empty addresses are dropped).
   */
  public static String webUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    int colon = u.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || !u.startsWith("//", colon + 1)
        || u.length() == colon + 3) {
      return null;
    }
    StringBuilder sb = new StringBuilder(u.length());
    sb.append(scheme).append(u, colon, u.length());
    StringBuilder out = new StringBuilder(sb.length());
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return null;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        out.append("%20");
      } else if (c == '<') {
        out.append("%3C");
      } else if (c == '>') {
        out.append("%3E");
      } else if (c == '"') {
        out.append("%22");
      } else if (c == '\\') {
        out.append("%5C");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
