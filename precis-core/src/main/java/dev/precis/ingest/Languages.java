package dev.precis.ingest;

/** The language the documents of a story agree on: null when none declares one or two disagree. */
final class Languages {
  private String common;
  private boolean conflict;

  void add(String language) {
    if (language == null || conflict) {
      return;
    }
    if (common == null) {
      common = language;
    } else if (!common.equals(language)) {
      conflict = true;
    }
  }

  String common() {
    return conflict ? null : common;
  }
}
