package dev.precis.render.report;

import dev.precis.compare.Conflict;
import dev.precis.compare.EntityKind;
import dev.precis.compare.OutletSharing;
import dev.precis.compare.QuoteGroup;
import dev.precis.model.Citation;
import dev.precis.model.Document;
import dev.precis.model.Story;
import dev.precis.model.SummarySentence;
import dev.precis.render.Sources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What the three report formats work out the same way: outlet names, who carries a sentence, labels. */
final class ReportFacts {
  private ReportFacts() {}

  /** The outlet of a document: its source, or its id when the source is unknown. */
  static String outlet(Document d) {
    return d.source() == null || d.source().isBlank() ? d.id() : Sources.oneLine(d.source());
  }

  /** The document at {@code index}, or null when the index is outside the story. */
  static Document document(Story story, int index) {
    return index >= 0 && index < story.documents().size() ? story.documents().get(index) : null;
  }

  /** The id of the document at {@code index}, or null when the index is outside the story. */
  static String documentId(Story story, int index) {
    Document d = document(story, index);
    return d == null ? null : d.id();
  }

  /** Indexes of the documents a summary sentence cites, ascending, without repeats (its outlets). */
  static List<Integer> citedDocuments(SummarySentence s) {
    Set<Integer> docs = new TreeSet<>();
    for (Citation c : s.citations()) {
      docs.add(c.documentIndex());
    }
    return new ArrayList<>(docs);
  }

  /** The distinct outlets of some documents, in the order given. */
  static List<String> outlets(Story story, Collection<Integer> documents) {
    Set<String> out = new LinkedHashSet<>();
    for (int d : documents) {
      Document doc = document(story, d);
      if (doc != null) {
        out.add(outlet(doc));
      }
    }
    return new ArrayList<>(out);
  }

  /** The first speaker a quotation is credited to, or null. */
  static String speaker(QuoteGroup g) {
    List<String> speakers = g.speakers();
    return speakers.isEmpty() ? null : speakers.get(0);
  }

  /** {@code number}, {@code date}, {@code name}, {@code quote_speaker}. */
  static String kindKey(Conflict.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
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

  /** {@code person}, {@code organisation}, {@code place}. */
  static String kindKey(EntityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** "person", "organisation", "place" for people. */
  static String kindLabel(EntityKind kind) {
    return kindKey(kind);
  }

  /**
   * The share of document a's statements that document b also carries, or NaN when the matrix does not say
   * (no matrix, a smaller one, or a value that is not a number between 0 and 1).
   */
  static double shared(OutletSharing sharing, int a, int b) {
    if (sharing == null || sharing.shared() == null || a >= sharing.shared().length) {
      return Double.NaN;
    }
    double[] row = sharing.shared()[a];
    if (row == null || b >= row.length || !Double.isFinite(row[b])) {
      return Double.NaN;
    }
    return Math.max(0, Math.min(1, row[b]));
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
