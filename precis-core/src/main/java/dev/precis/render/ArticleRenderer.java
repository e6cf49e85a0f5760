package dev.precis.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.precis.ingest.ExtractedArticle;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes extracted articles ({@code precis extract}) as text, Markdown or JSON.
 *
 * <ul>
 *   <li><b>text</b>: per article, lines {@code Title:}, {@code Outlet:}, {@code Author:}, {@code Date:} (ISO 8601),
 *       {@code Language:}, {@code URL:} for what it has, a blank line, and its text; articles separated by a line
 *       {@code |||||} (the separator Precis reads in article files);
 *   <li><b>markdown</b>: per article, a heading with the title, one line of metadata, and the text escaped so it
 *       renders as written;
 *   <li><b>json</b>: one object {@code {"articles": [{"file", "title", "outlet", "author", "date", "language",
 *       "url", "text"}]}}, absent values {@code null}, dates ISO 8601 local date-times.
 * </ul>
 */
public final class ArticleRenderer {
  /** The format names, for help and completion. */
  public static final List<String> FORMATS = List.of("text", "markdown", "json");
  private static final JsonFactory FACTORY = new JsonFactory();

  private final String format;

  /** @throws IllegalArgumentException for an unknown format */
  public ArticleRenderer(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (f.equals("md")) {
      f = "markdown";
    }
    if (!FORMATS.contains(f)) {
      throw new IllegalArgumentException("unknown format '" + format + "' (known: " + String.join(", ", FORMATS)
          + ")");
    }
    this.format = f;
  }

  /** An article and the file it was extracted from. */
  public record Named(String file, ExtractedArticle article) {}

  /** Writes {@code articles} to {@code out}. */
  public void write(List<Named> articles, Writer out) throws IOException {
    switch (format) {
      case "json" -> json(articles, out);
      case "markdown" -> {
        List<String> parts = new ArrayList<>();
        for (Named n : articles) {
          parts.add(markdown(n.article()));
        }
        out.write(String.join("\n", parts));
      }
      default -> {
        List<String> parts = new ArrayList<>();
        for (Named n : articles) {
          parts.add(text(n.article()));
        }
        out.write(String.join("\n|||||\n\n", parts));
      }
    }
    out.flush();
  }

  private static String text(ExtractedArticle a) {
    StringBuilder sb = new StringBuilder();
    field(sb, "Title", a.title());
    field(sb, "Outlet", a.outlet());
    field(sb, "Author", a.author());
    field(sb, "Date", a.date() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(a.date()));
    field(sb, "Language", a.language());
    field(sb, "URL", a.url());
    if (sb.length() > 0) {
      sb.append('\n');
    }
    return sb.append(a.text()).append('\n').toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    if (value != null && !value.isBlank()) {
      sb.append(name).append(": ").append(Sources.oneLine(value)).append('\n');
    }
  }

  private static String markdown(ExtractedArticle a) {
    StringBuilder sb = new StringBuilder();
    if (a.title() != null) {
      sb.append("# ").append(MarkdownRenderer.escape(Sources.oneLine(a.title()))).append("\n\n");
    }
    List<String> meta = new ArrayList<>();
    for (String v : new String[] {a.outlet(), a.author(), Sources.date(a.date()), a.language()}) {
      if (v != null && !v.isBlank()) {
        meta.add(MarkdownRenderer.escape(Sources.oneLine(v)));
      }
    }
    String url = Sources.webUrl(a.url());
    if (url != null) {
      meta.add("<" + url + ">");
    }
    if (!meta.isEmpty()) {
      sb.append('*').append(String.join(" · ", meta.subList(0, url == null ? meta.size() : meta.size() - 1)))
          .append(url == null ? "*" : "* " + meta.get(meta.size() - 1)).append("\n\n");
    }
    for (String p : a.text().split("\n\n")) {
      sb.append(MarkdownRenderer.escapeLineStart(MarkdownRenderer.escape(p)).replace("\n", "  \n")).append("\n\n");
    }
    return sb.toString();
  }

  private static void json(List<Named> articles, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (Named n : articles) {
        ExtractedArticle a = n.article();
        g.writeStartObject();
        g.writeStringField("file", n.file());
        g.writeStringField("title", a.title());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("author", a.author());
        g.writeStringField("date", a.date() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(a.date()));
        g.writeStringField("language", a.language());
        g.writeStringField("url", a.url());
        g.writeStringField("text", a.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
    }
  }
}
