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
 */
public final class TreeModel {
  private static final int MAGIC = 0x50524754; // "PRGT"
  private static final int VERSION = 1;

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

    double predict(float[] row, int offset) {
      int i = 0;
      while (feature[i] >= 0) {
        i = row[offset + feature[i]] <= threshold[i] ? left[i] : right[i];
      }
      return value[i];
    }

    double predictBinned(byte[][] binned, int row) {
      int i = 0;
      while (feature[i] >= 0) {
        i = (binned[feature[i]][row] & 0xff) <= bin[i] ? left[i] : right[i];
      }
      return value[i];
    }
  }

  /** One node of a {@link Tree}: a leaf when {@code feature < 0}. */
  record Node(int feature, int bin, float threshold, int left, int right, double value) {}

  private final int features;
  private final double base;
  private final Tree[] trees;

  TreeModel(int features, double base, Tree[] trees) {
    this.features = features;
    this.base = base;
    this.trees = trees;
  }

  /** How many values a row must have. */
  public int features() {
    return features;
  }

  public int trees() {
    return trees.length;
  }

  /** The log-odds of a positive label for the row starting at {@code offset} of {@code rows}. */
  public double margin(float[] rows, int offset) {
    double m = base;
    for (Tree t : trees) {
      m += t.predict(rows, offset);
    }
    return m;
  }

  /** The probability of a positive label for the row starting at {@code offset}. */
  public double probability(float[] rows, int offset) {
    return 1 / (1 + Math.exp(-margin(rows, offset)));
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
    return new TreeModel(features, base, trees);
  }
}
