package dev.precis.json;

import java.io.IOException;

/**
 * JSON that is well formed but not what {@code docs/json-schema.md} describes: a missing or mistyped field, an
 * offset outside its document's text, a citation naming no document of the story, a newer schema version. The
 * message names the field by its path ({@code stories[0].documents[2].text}).
 */
public final class SchemaException extends IOException {
  private static final long serialVersionUID = 1L;

  SchemaException(String message) {
    super(message);
  }
}
