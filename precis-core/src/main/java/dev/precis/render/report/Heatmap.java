package dev.precis.render.report;

import dev.precis.compare.statement.OutletSharing;
import dev.precis.model.Document;
import dev.precis.model.Story;
import java.util.List;
import java.util.Locale;

/**
 * The outlet-to-outlet sharing matrix as an inline SVG heatmap: one row and one column per document, rows
 * labelled with number and outlet, columns with the number; each cell is the share of the row outlet's statements
 * that the column outlet also carries, as a colour and a percentage, with a tooltip naming both outlets.
 */
final class Heatmap {
  private static final int CELL = 46;
  private static final int TOP = 28;
  private static final int LABEL_CHARS = 30;
  /** Width of a character of the 12 px labels, generously. */
  private static final int CHAR_WIDTH = 7;

  private Heatmap() {}

  static String svg(Story story, OutletSharing sharing) {
    List<Document> docs = story.documents();
    int n = docs.size();
    int longest = 0;
    for (Document d : docs) {
      longest = Math.max(longest, Math.min(LABEL_CHARS, d.outlet().length()));
    }
    int left = CHAR_WIDTH * (longest + 5) + 12; // the outlet, "[n] " and a margin
    int width = left + n * CELL + 4;
    int height = TOP + n * CELL + 4;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"heatmap\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-label=\"Share of each outlet's statements that each other outlet also carries\">");
    for (int b = 0; b < n; b++) {
      sb.append("<text class=\"hm-col\" x=\"").append(left + b * CELL + CELL / 2).append("\" y=\"")
          .append(TOP - 9).append("\" text-anchor=\"middle\">[").append(b + 1).append("]<title>")
          .append(Html.escape(docs.get(b).outlet())).append("</title></text>");
    }
    for (int a = 0; a < n; a++) {
      int y = TOP + a * CELL;
      String outlet = docs.get(a).outlet();
      String shown = outlet.length() > LABEL_CHARS ? outlet.substring(0, LABEL_CHARS - 1).strip() + "…" : outlet;
      sb.append("<text class=\"hm-row\" x=\"").append(left - 8).append("\" y=\"").append(y + CELL / 2 + 4)
          .append("\" text-anchor=\"end\">[").append(a + 1).append("] ").append(Html.escape(shown))
          .append("<title>").append(Html.escape(outlet)).append("</title></text>");
      for (int b = 0; b < n; b++) {
        int x = left + b * CELL;
        double v = ReportFacts.shared(sharing, a, b);
        String fill = a == b ? "#d9dde3" : Double.isNaN(v) ? "#f1f1f1" : colour(v);
        String value = a == b ? "—" : ReportFacts.percent(v);
        String tip = a == b ? "[" + (a + 1) + "] " + outlet
            : "[" + (a + 1) + "] " + outlet + ": " + ReportFacts.percent(v) + " of its statements also in ["
                + (b + 1) + "] " + docs.get(b).outlet();
        sb.append("<g class=\"hm-cell\"><title>").append(Html.escape(tip)).append("</title><rect x=\"")
            .append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL - 2)
            .append("\" height=\"").append(CELL - 2).append("\" rx=\"3\" fill=\"").append(fill)
            .append("\"/><text x=\"").append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2 + 4)
            .append("\" text-anchor=\"middle\" fill=\"")
            .append(!Double.isNaN(v) && a != b && v > 0.55 ? "#ffffff" : "#1d2733").append("\">")
            .append(Html.escape(value)).append("</text></g>");
      }
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** From a pale blue-grey at 0 to a deep blue at 1. */
  static String colour(double v) {
    double t = Math.max(0, Math.min(1, v));
    int r = (int) Math.round(0xf2 + (0x1b - 0xf2) * t);
    int g = (int) Math.round(0xf5 + (0x4f - 0xf5) * t);
    int b = (int) Math.round(0xfa + (0x9c - 0xfa) * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
