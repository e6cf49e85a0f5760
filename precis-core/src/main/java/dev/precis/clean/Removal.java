package dev.precis.clean;

import java.util.Objects;

/**
 * One piece of text {@link DebrisCleaner} removed: a whole line, or a fragment of a line (an entity, a tag, a
 * dateline, a wire code). {@code text} is the removed original text.
 *
 * <p>{@link #toString()} is meant for {@code --explain} output: {@code PHOTO_CREDIT: "Photo: Jana Koll / Gazette"},
 * with quotes, backslashes and control characters in the text escaped.
 */
public record Removal(String text, Reason reason) {
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(text.length() + reason.name().length() + 4);
    sb.append(reason.name()).append(": \"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < ' ') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
