package dev.precis.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained {@link Gbdt} ensemble: a base margin plus the sum of its trees' leaf values. Immutable; its byte
 * form ({@link #toBytes()}, {@link #read}) is a fixed big-endian layout, so equal models have equal bytes.
 *
 * <p>For scoring, every tree is also laid out as a complete binary tree in heap order (node i's children at 2i + 1
 * and 2i + 2), a leaf above the tree's depth repeated into every leaf below it, so a row's walk is exactly
 * {@code depth} steps with no leaf test; {@link #margins} walks four rows through each tree side by side. Each
 * step compares the row's value and the threshold as {@link #order ordered ints} and takes the sign of their
 * difference as the step right, so it has no branch to mispredict even under the C1 compiler the CLI runs with
 * (which compiles a float comparison to a branch: that walk took 2.3 times as long).
 */
public final class TreeModel {
  private static final int MAGIC = 0x50524754; // "PRGT"
  private static final int VERSION = 1;
  /** The deepest tree the flat layout takes (2^12 leaves); {@link Gbdt.Params} grows none deeper. */
  static final int MAX_DEPTH = 12;

  /**
   * One regression tree in arrays; node 0 is the root. A node with {@code feature < 0} is a leaf; otherwise a
   * row goes left when its value is at most {@code threshold} (its bin at most {@code bin} while training).
   */
  record Tree(int[] feature, int[] bin, float[] threshold, int[] left, int[] right, double[] value) {
    static Tree of(List<Node> nodes) {
      int n = nodes.size();
      Tree t = new Tree(new int[n], new int[n], new float[n], new int[n], new int[n], new double[n]);
      for (int i = 0; i < n; i++) {
        Node node = nodes.get(i);
        t.feature[i] = node.feature();
        t.bin[i] = node.bin();
        t.threshold[i] = node.threshold();
        t.left[i] = node.left();
        t.right[i] = node.right();
        t.value[i] = node.value();
      }
      return t;
    }

    double predictBinned(byte[][] binned, int row) {
      int i = 0;
      while (feature[i] >= 0) {
        i = (binned[feature[i]][row] & 0xff) <= bin[i] ? left[i] : right[i];
      }
      return value[i];
    }

    /** The most splits on a path from the root to a leaf (children follow their parent, as {@link #read} checks). */
    int depth() {
      int[] depth = new int[feature.length];
      int deepest = 0;
      for (int i = 0; i < feature.length; i++) {
        deepest = Math.max(deepest, depth[i]);
        if (feature[i] >= 0) {
          depth[left[i]] = Math.max(depth[left[i]], depth[i] + 1);
          depth[right[i]] = Math.max(depth[right[i]], depth[i] + 1);
        }
      }
      return deepest;
    }
  }

  /** One node of a {@link Tree}: a leaf when {@code feature < 0}. */
  record Node(int feature, int bin, float threshold, int left, int right, double value) {}

  private final int features;
  private final double base;
  private final Tree[] trees;
  // The flat layout: tree t's 2^depth[t] - 1 inner nodes start at inner[t] of node, each the feature it reads
  // in the high 32 bits and its threshold's order() in the low 32 (Integer.MIN_VALUE for a NaN threshold, which
  // every value exceeds); leaf[leafBase[t] + i] is the value of the node i reached after depth[t] steps.
  private final int[] depth;
  private final int[] inner;
  private final int[] leafBase;
  private final long[] node;
  private final double[] leaf;

  /** @throws IllegalArgumentException when a tree is deeper than {@value #MAX_DEPTH} splits */
  TreeModel(int features, double base, Tree[] trees) {
    this.features = features;
    this.base = base;
    this.trees = trees;
    depth = new int[trees.length];
    inner = new int[trees.length];
    leafBase = new int[trees.length];
    int inners = 0;
    int leaves = 0;
    for (int t = 0; t < trees.length; t++) {
      int d = trees[t].depth();
      if (d > MAX_DEPTH) {
        throw new IllegalArgumentException(
            "tree " + t + " of the model is " + d + " splits deep; at most " + MAX_DEPTH + " are supported");
      }
      depth[t] = d;
      inner[t] = inners;
      leafBase[t] = leaves - ((1 << d) - 1);
      inners += (1 << d) - 1;
      leaves += 1 << d;
    }
    node = new long[inners];
    leaf = new double[leaves];
    for (int t = 0; t < trees.length; t++) {
      lay(t, 0, 0, 0);
    }
  }

  /** Lays node {@code from} of tree {@code t} at heap position {@code at}, {@code level} splits below the root. */
  private void lay(int t, int from, int at, int level) {
    Tree tree = trees[t];
    if (level == depth[t]) {
      leaf[leafBase[t] + at] = tree.value()[from];
    } else if (tree.feature()[from] >= 0) {
      float threshold = tree.threshold()[from];
      int order = Float.isNaN(threshold) ? Integer.MIN_VALUE : order(threshold);
      node[inner[t] + at] = (long) tree.feature()[from] << 32 | order & 0xffffffffL;
      lay(t, tree.left()[from], 2 * at + 1, level + 1);
      lay(t, tree.right()[from], 2 * at + 2, level + 1);
    } else {
      // A shallow leaf: a split on feature 0 (its node stays 0) whose sides both lead to its value.
      lay(t, from, 2 * at + 1, level + 1);
      lay(t, from, 2 * at + 2, level + 1);
    }
  }

  /** How many values a row must have. */
  public int features() {
    return features;
  }

  public int trees() {
    return trees.length;
  }

  /**
   * The log-odds of a positive label for each of the first {@code count} rows of {@code rows} (row r's values
   * at {@code r * features()} onwards). A value goes right at a split when it is not at most the threshold, so
   * NaN goes right.
   */
  public double[] margins(float[] rows, int count) {
    if (count < 0 || (long) count * features > rows.length) {
      throw new IllegalArgumentException(count + " rows of " + features + " values do not fit in " + rows.length);
    }
    int[] x = new int[count * features];
    for (int v = 0; v < x.length; v++) {
      x[v] = order(rows[v]);
    }
    double[] m = new double[count];
    int r = 0;
    for (; r + 4 <= count; r += 4) {
      int o0 = r * features;
      int o1 = o0 + features;
      int o2 = o1 + features;
      int o3 = o2 + features;
      double m0 = base;
      double m1 = base;
      double m2 = base;
      double m3 = base;
      for (int t = 0; t < depth.length; t++) {
        int s = inner[t];
        int i0 = 0;
        int i1 = 0;
        int i2 = 0;
        int i3 = 0;
        for (int k = depth[t]; k > 0; k--) {
          long n0 = node[s + i0];
          long n1 = node[s + i1];
          long n2 = node[s + i2];
          long n3 = node[s + i3];
          i0 = 2 * i0 + 1 + right(n0, x[o0 + (int) (n0 >>> 32)]);
          i1 = 2 * i1 + 1 + right(n1, x[o1 + (int) (n1 >>> 32)]);
          i2 = 2 * i2 + 1 + right(n2, x[o2 + (int) (n2 >>> 32)]);
          i3 = 2 * i3 + 1 + right(n3, x[o3 + (int) (n3 >>> 32)]);
        }
        int l = leafBase[t];
        m0 += leaf[l + i0];
        m1 += leaf[l + i1];
        m2 += leaf[l + i2];
        m3 += leaf[l + i3];
      }
      m[r] = m0;
      m[r + 1] = m1;
      m[r + 2] = m2;
      m[r + 3] = m3;
    }
    for (; r < count; r++) {
      int o = r * features;
      double m0 = base;
      for (int t = 0; t < depth.length; t++) {
        int s = inner[t];
        int i = 0;
        for (int k = depth[t]; k > 0; k--) {
          long n = node[s + i];
          i = 2 * i + 1 + right(n, x[o + (int) (n >>> 32)]);
        }
        m0 += leaf[leafBase[t] + i];
      }
      m[r] = m0;
    }
    return m;
  }

  /** 1 when a value of order {@code x} goes right at {@code node} (exceeds its threshold), else 0. */
  private static int right(long node, int x) {
    return (int) (((long) (int) node - x) >>> 63);
  }

  /**
   * An int whose order is that of floats under {@code <=}: -0 and 0 map to 0, and every NaN above infinity (a
   * NaN value is never at most a threshold, so it goes right).
   */
  static int order(float v) {
    int bits = Float.floatToIntBits(v + 0f);
    return bits ^ (bits >> 31 & 0x7fffffff);
  }

  /** The probability of a positive label for each of the first {@code count} rows, as {@link #margins}. */
  public double[] probabilities(float[] rows, int count) {
    double[] p = margins(rows, count);
    for (int r = 0; r < count; r++) {
      p[r] = 1 / (1 + Math.exp(-p[r]));
    }
    return p;
  }

  /** How often each feature is split on, over all trees. */
  public int[] splitCounts() {
    int[] count = new int[features];
    for (Tree t : trees) {
      for (int f : t.feature()) {
        if (f >= 0) {
          count[f]++;
        }
      }
    }
    return count;
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(features);
      out.writeDouble(base);
      out.writeInt(trees.length);
      for (Tree t : trees) {
        int n = t.feature().length;
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
          out.writeInt(t.feature()[i]);
          out.writeInt(t.bin()[i]);
          out.writeFloat(t.threshold()[i]);
          out.writeInt(t.left()[i]);
          out.writeInt(t.right()[i]);
          out.writeDouble(t.value()[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a model written by {@link #toBytes()}.
   *
   * @throws IOException when the stream is not such a model
   */
  public static TreeModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a Precis tree model (version " + VERSION + ")");
    }
    int features = in.readInt();
    double base = in.readDouble();
    int count = in.readInt();
    if (features < 0 || count < 0 || count > 100_000) {
      throw new IOException("corrupt tree model header");
    }
    Tree[] trees = new Tree[count];
    for (int t = 0; t < count; t++) {
      int n = in.readInt();
      if (n < 1 || n > 1 << 16) {
        throw new IOException("corrupt tree model: tree of " + n + " nodes");
      }
      List<Node> nodes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Node node = new Node(in.readInt(), in.readInt(), in.readFloat(), in.readInt(), in.readInt(), in.readDouble());
        boolean inner = node.feature() >= 0;
        if (node.feature() >= features
            || inner && (node.left() <= i || node.right() <= i || node.left() >= n || node.right() >= n)) {
          throw new IOException("corrupt tree model: bad node " + i + " of tree " + t);
        }
        nodes.add(node);
      }
      trees[t] = Tree.of(nodes);
    }
    try {
      return new TreeModel(features, base, trees);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
