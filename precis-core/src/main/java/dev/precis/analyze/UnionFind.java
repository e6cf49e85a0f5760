package dev.precis.analyze;

/** Disjoint sets over 0..n-1 where the smallest member is always its set's root. */
public final class UnionFind {
  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  public boolean same(int a, int b) {
    return find(a) == find(b);
  }

  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }

  /** For every element, the smallest member of its set. */
  public int[] roots() {
    int[] out = new int[parent.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = find(i);
    }
    return out;
  }
}
