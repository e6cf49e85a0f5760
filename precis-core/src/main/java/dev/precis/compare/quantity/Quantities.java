package dev.precis.compare.quantity;

import dev.precis.compare.scan.DocumentScan;
import dev.precis.compare.scan.Tokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers and dates in news text, normalised, as the conflict finder compares them: the values of a document in
 * text order, each a calendar day ({@link DateReader}) or a number, amount or measure ({@link NumberReader}).
 */
public final class Quantities {
  private Quantities() {}

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
        k = v.lastTok() + 1;
      } else {
        k++;
      }
    }
    return out;
  }
}
