package dev.precis.render.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The passages of one document's text that the report points at, and the text as HTML with each passage wrapped
 * in {@code <span>} elements. Passages may nest and overlap: a passage that crosses another is split into
 * several elements; its first element carries its {@code id}, and every element of it carries
 * {@code data-k="ID"} so that a script can light them all. Ids are {@code s<story>-d<document>-<start>-<end>},
 * made of digits and dashes only, so one passage has one id wherever it is referred to.
 */
final class SourceMarkup {
  /** Why a passage is marked; each gives a CSS class {@code m-<name>}. */
  enum Kind {
    CITE, QUOTE, CONFLICT, STATEMENT, EVENT;

    String cssClass() {
      return "m-" + name().toLowerCase(Locale.ROOT);
    }
  }

  private record Mark(int start, int end, String key, Set<Kind> kinds) {}

  private final int story;
  private final int document;
  private final String text;
  private final Map<Long, Mark> marks = new LinkedHashMap<>();

  SourceMarkup(int story, int document, String text) {
    this.story = story;
    this.document = document;
    this.text = text;
  }

  /** The id of a passage of document {@code document} of story {@code story}. */
  static String key(int story, int document, int start, int end) {
    return "s" + story + "-d" + document + "-" + start + "-" + end;
  }

  /**
   * Marks {@code [start, end)} as {@code kind}; returns its id, or null when the passage is empty or not inside
   * the text (then it is not marked and cannot be linked to).
   */
  String mark(int start, int end, Kind kind) {
    if (!ReportFacts.inside(start, end, text.length()) || start == end) {
      return null;
    }
    long k = ((long) start << 32) | end;
    Mark m = marks.computeIfAbsent(k, x -> new Mark(start, end, key(story, document, start, end),
        EnumSet.noneOf(Kind.class)));
    m.kinds().add(kind);
    return m.key();
  }

  /** The text as HTML: escaped, each passage wrapped. */
  String html() {
    StringBuilder sb = new StringBuilder(text.length() * 11 / 10 + 64 * marks.size());
    List<Mark> byStart = new ArrayList<>(marks.values());
    byStart.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
    TreeSet<Integer> bounds = new TreeSet<>();
    bounds.add(0);
    bounds.add(text.length());
    for (Mark m : byStart) {
      bounds.add(m.start());
      bounds.add(m.end());
    }
    List<Mark> open = new ArrayList<>(); // outermost first
    int next = 0;
    for (int p : bounds) {
      // close the marks that end here, and reopen the ones inside them that go on
      int lowest = -1;
      for (int i = 0; i < open.size(); i++) {
        if (open.get(i).end() == p) {
          lowest = i;
          break;
        }
      }
      if (lowest >= 0) {
        List<Mark> reopen = new ArrayList<>();
        for (int i = open.size() - 1; i >= lowest; i--) {
          sb.append("</span>");
          Mark m = open.remove(i);
          if (m.end() > p) {
            reopen.add(m);
          }
        }
        reopen.sort(Comparator.comparingInt(Mark::end).reversed());
        for (Mark m : reopen) {
          openTag(sb, m, false);
          open.add(m);
        }
      }
      while (next < byStart.size() && byStart.get(next).start() == p) {
        Mark m = byStart.get(next++);
        openTag(sb, m, true);
        open.add(m);
      }
      Integer to = bounds.higher(p);
      if (to != null) {
        Html.escape(text, p, to, sb);
      }
    }
    for (int i = open.size() - 1; i >= 0; i--) {
      sb.append("</span>");
    }
    return sb.toString();
  }

  private static void openTag(StringBuilder sb, Mark m, boolean first) {
    sb.append("<span class=\"m");
    for (Kind k : m.kinds()) {
      sb.append(' ').append(k.cssClass());
    }
    sb.append('"');
    if (first) {
      sb.append(" id=\"").append(m.key()).append('"');
    }
    sb.append(" data-k=\"").append(m.key()).append("\">");
  }
}
