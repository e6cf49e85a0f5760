package dev.precis.compare;

/**
 * How much the outlets say the same things.
 *
 * @param shared {@code shared[a][b]} = share of document a's candidate statements (redundancy groups) that
 *     document b also carries; 1.0 on the diagonal
 */
public record OutletSharing(double[][] shared) {
  /** Number of documents. */
  public int size() {
    return shared.length;
  }

  public double shared(int a, int b) {
    return shared[a][b];
  }
}
