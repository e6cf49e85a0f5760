package dev.precis.render;

import java.util.List;
import java.util.Locale;

/** The output formats by name. */
public final class Renderers {
  private Renderers() {}

  /** Format names, the default first. */
  public static List<String> names() {
    return List.of("text", "markdown", "json");
  }

  /**
   * The renderer called {@code name} ({@code md} is accepted for markdown).
   *
   * @throws IllegalArgumentException for an unknown name, with a message listing the known ones
   */
  public static Renderer get(String name) {
    return switch (name == null ? "text" : name.toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> new TextRenderer();
      case "markdown", "md" -> new MarkdownRenderer();
      case "json" -> new JsonRenderer();
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "'; known: " + String.join(", ", names()));
    };
  }
}
