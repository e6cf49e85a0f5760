package dev.precis.render.report;

import dev.precis.compare.conflict.Conflict;
import dev.precis.compare.entity.EntityKind;
import dev.precis.compare.statement.OutletSharing;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.Locale;

/** What the Markdown and HTML reports work out the same way: documents by index, labels, shares. */
final class ReportFacts {
  private ReportFacts() {}

  /** The document at {@code index}, or null when the index is outside the story. */
  static Document document(Story story, int index) {
    return index >= 0 && index < story.documents().size() ? story.documents().get(index) : null;
  }

  /** "Number", "Date", "Name", "Quote speaker". */
  static String kindLabel(Conflict.Kind kind) {
    return switch (kind) {
      case NUMBER -> "Number";
      case DATE -> "Date";
      case NAME -> "Name";
      case QUOTE_SPEAKER -> "Quote speaker";
    };
  }

  /** "person", "organisation", "place" for people. */
  static String kindLabel(EntityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The share of document a's statements that document b also carries, or NaN when the matrix does not say
   * (no matrix, a smaller one, or a value that is not a number between 0 and 1).
   */
  static double shared(OutletSharing sharing, int a, int b) {
    return sharing == null ? Double.NaN : sharing.known(a, b);
  }

  /** "42%", or "–" for NaN. */
  static String percent(double share) {
    return Double.isNaN(share) ? "–" : Math.round(share * 100) + "%";
  }

  /** Whether a span lies inside a text of this length. */
  static boolean inside(int start, int end, int length) {
    return 0 <= start && start <= end && end <= length;
  }
}
