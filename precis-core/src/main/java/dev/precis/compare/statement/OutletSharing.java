package dev.precis.compare.statement;

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

  /**
   * The share of document a's statements that document b also carries, between 0 and 1, or NaN when the matrix
   * does not say (it is smaller, or the value is not a number).
   */
  public double known(int a, int b) {
    if (shared == null || a >= shared.length || shared[a] == null || b >= shared[a].length
        || !Double.isFinite(shared[a][b])) {
      return Double.NaN;
    }
    return Math.max(0, Math.min(1, shared[a][b]));
  }
}
