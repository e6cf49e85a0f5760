package dev.precis.render.report;

import java.util.List;
import java.util.Locale;

/** The report formats by name. */
public final class ReportRenderers {
  private ReportRenderers() {}

  /** Format names, the default first. */
  public static List<String> names() {
    return List.of("markdown", "json", "html");
  }

  /**
   * The renderer called {@code name} ({@code md} is accepted for markdown, {@code htm} for html).
   *
   * @throws IllegalArgumentException for an unknown name, with a message listing the known ones
   */
  public static ReportRenderer get(String name) {
    return switch (name == null ? "markdown" : name.strip().toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> new MarkdownReportRenderer();
      case "json" -> new JsonReportRenderer();
      case "html", "htm" -> new HtmlReportRenderer();
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "'; known: " + String.join(", ", names()));
    };
  }
}
