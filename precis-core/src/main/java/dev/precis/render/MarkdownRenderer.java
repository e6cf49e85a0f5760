package dev.precis.render;

import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown (CommonMark): for each story a heading, the summary paragraph with numbered source notes after each
 * sentence ({@code [1][3]}), a line saying how it was made, and the numbered list of the story's articles
 * (title linked to its URL, outlet, date, id). Sentence and title text is escaped so that it renders as
 * written. The notes are plain text, not links: the output defines no link references, so {@code [1][3]}
 * renders literally.
 */
public final class MarkdownRenderer implements Renderer {
  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public SummaryWriter open(Writer out) {
    return Sources.blankLineSeparated(out, MarkdownRenderer::story);
  }

  private static String story(Summary summary, Budget budget) {
    StringBuilder sb = new StringBuilder();
    List<Document> docs = summary.story().documents();
    sb.append("# ").append(escape(summary.story().id())).append("\n\n");
    if (summary.sentences().isEmpty()) {
      sb.append("*No summary: the articles have no sentences to choose from.*\n\n");
    } else {
      boolean firstSentence = true;
      for (SummarySentence s : summary.sentences()) {
        if (!firstSentence) {
          sb.append(' ');
        }
        String text = escape(Sources.oneLine(s.text()));
        sb.append(firstSentence ? escapeLineStart(text) : text).append(' ');
        firstSentence = false;
        for (int n : Sources.numbers(s)) {
          sb.append('[').append(n).append(']');
        }
      }
      sb.append("\n\n");
    }
    sb.append("*Summary by `").append(summary.algorithm()).append("`, ")
        .append(Sources.plural(summary.words(), "word"));
    if (budget != null) {
      sb.append(" (budget ").append(budget).append(')');
    }
    sb.append(", from ").append(Sources.plural(docs.size(), "article")).append(".*\n");
    if (!docs.isEmpty()) {
      sb.append("\n## Sources\n\n");
      appendSourceList(sb, docs);
    }
    return sb.toString();
  }

  /**
   * The numbered source list: each document's title in bold (a link only to a web address), its outlet and date,
   * and its id, one line each. The summary and the report print it alike.
   */
  public static void appendSourceList(StringBuilder sb, List<Document> docs) {
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      sb.append(d + 1).append(". ");
      List<String> parts = new ArrayList<>();
      String url = Sources.webUrl(doc.url());
      if (doc.title() != null && !doc.title().isBlank()) {
        String title = "**" + escape(Sources.oneLine(doc.title())) + "**";
        parts.add(url != null ? "[" + title + "](<" + url + ">)" : title);
      } else if (url != null) {
        parts.add("<" + url + ">");
      }
      String outlet = Sources.outletAndDate(doc);
      if (outlet != null) {
        parts.add(escape(outlet));
      }
      if (!parts.isEmpty()) {
        sb.append(escapeLineStart(String.join(" — ", parts))).append(' ');
      }
      sb.append('(').append(code(doc.id())).append(")\n");
    }
  }

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /**
   * Backslash-escapes the characters that could start inline markup or end a table cell, and an {@code &} that
   * would start a character reference.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>~|".indexOf(c) >= 0
          || c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Escapes what would make a paragraph's first characters a heading, quote, list item or rule. */
  public static String escapeLineStart(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=') {
      return "\\" + text;
    }
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      return text.substring(0, digits) + "\\" + text.substring(digits);
    }
    return text;
  }

  /** Inline code on one line, fenced with two backticks when the text holds one. */
  public static String code(String s) {
    String one = Sources.oneLine(s);
    return one.contains("`") ? "`` " + one + " ``" : "`" + one + "`";
  }
}
