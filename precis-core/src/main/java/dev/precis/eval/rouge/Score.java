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
    // Fast path: below 10^4, x * 10^5 is off the exact product by less than 10^-6, so when its fraction is
    // further than that from one half, the nearest integer is the exact value's, and k / 10^5 is the double
    // nearest to the 5-decimal value, as BigDecimal's doubleValue gives it. Ties and large values go the exact way.
    double scaled = x * 1e5;
    if (x != 0 && Math.abs(x) < 1e4) {
      double floor = Math.floor(scaled);
      double fraction = scaled - floor;
      if (Math.abs(fraction - 0.5) > 1e-6) {
        return (fraction < 0.5 ? floor : floor + 1) / 1e5;
      }
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
