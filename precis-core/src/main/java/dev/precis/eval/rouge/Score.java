package dev.precis.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One ROUGE figure triple for one peer summary: recall, precision and F (weighted by alpha, see
 * {@link RougeOptions#alpha()}).
 *
 * <p>Values produced by {@link Rouge} are rounded to 5 decimals exactly as ROUGE-1.5.5 prints them
 * ({@code %7.5f}); like ROUGE, F is computed from the already rounded recall and precision.
 */
public record Score(double recall, double precision, double f) {
  /** All zero. */
  public static final Score ZERO = new Score(0, 0, 0);

  /**
   * Rounds like C's {@code printf("%.5f")}: to the nearest 5-decimal value of the exact binary
   * value, ties to even.
   */
  static double round5(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * ROUGE's F from (rounded) recall and precision: {@code P*R / ((1-alpha)*P + alpha*R)}, 0 when
   * the denominator is not positive, rounded to 5 decimals.
   */
  static Score of(double recall, double precision, double alpha) {
    double r = round5(recall);
    double p = round5(precision);
    double den = (1 - alpha) * p + alpha * r;
    double f = den > 0 ? round5((p * r) / den) : 0.0;
    return new Score(r, p, f);
  }
}
