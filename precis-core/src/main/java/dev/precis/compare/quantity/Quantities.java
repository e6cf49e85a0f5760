package dev.precis.compare.quantity;

import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.Tokens.Token;
import dev.precis.model.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbers and dates in news text, normalised, as the conflict finder compares them: the values of a document in
 * text order, each a calendar day ({@link DateReader}) or a number, amount or measure ({@link NumberReader}).
 */
public final class Quantities {
  private Quantities() {}

  public enum Kind { COUNT, MONEY, PERCENT, MEASURE, AGE, DATE }

  /** One value in the text. */
  public static final class Value {
    public Kind kind;
    public Span span;
    public int firstTok;
    public int lastTok;
    public double value;
    public double lo;
    public double hi;
    String qualifier = ""; // "about", "more than", ...
    public String currency = "";
    public String unit = ""; // canonical unit: "km/h", "m", "%", "p", "year-old", "hours" ...
    public String noun = ""; // head noun (lower case) of a count, or the "of" object of a measure
    public String per = ""; // "day", "share" ...
    public boolean partitive; // "four of them"
    // dates
    public LocalDate date;
    public DayOfWeek weekday;
    public String prep = "on"; // "on", "until", "from"
    public boolean reporting; // the date of a statement ("said on Tuesday")
    public boolean future; // "will visit on Wednesday", "closed until Monday"

    /** The normalised value as a claim shows it. */
    public String display() {
      if (kind == Kind.DATE) {
        return date != null ? date.toString() : weekday.toString().charAt(0)
            + weekday.toString().substring(1).toLowerCase(Locale.ROOT);
      }
      String num;
      if (lo != hi && qualifier.equals("between")) {
        num = plain(lo) + " to " + plain(hi);
      } else {
        num = plain(value);
      }
      StringBuilder sb = new StringBuilder();
      if (!qualifier.isEmpty() && !qualifier.equals("between")) {
        sb.append(qualifier).append(' ');
      }
      sb.append(unit.equals("p") ? "" : currency).append(num);
      switch (unit) {
        case "", "p", "%" -> sb.append(unit);
        case "year-old" -> sb.append("-year-old");
        default -> sb.append(' ').append(unit);
      }
      if (!per.isEmpty()) {
        sb.append(" a ").append(per);
      }
      return sb.toString();
    }
  }

  static String plain(double v) {
    if (Double.isInfinite(v)) {
      return "inf";
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** Every value in document {@code d}, in text order. */
  public static List<Value> find(DocumentScan d) {
    List<Value> out = new ArrayList<>();
    int n = d.size();
    int k = 0;
    while (k < n) {
      Value v = null;
      Token t = d.tok(k);
      if (t.isWord()) {
        v = DateReader.read(d, k);
        if (v == null) {
          v = NumberReader.read(d, k);
        }
      }
      if (v != null) {
        out.add(v);
        k = v.lastTok + 1;
      } else {
        k++;
      }
    }
    return out;
  }
}
