package dev.precis.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
      int[] feature = new int[n];
      int[] bin = new int[n];
      float[] threshold = new float[n];
      int[] left = new int[n];
      int[] right = new int[n];
      double[] value = new double[n];
      for (int i = 0; i < n; i++) {
        feature[i] = in.readInt();
        bin[i] = in.readInt();
        threshold[i] = in.readFloat();
        left[i] = in.readInt();
        right[i] = in.readInt();
        value[i] = in.readDouble();
        boolean inner = feature[i] >= 0;
        if (feature[i] >= features || inner && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
          throw new IOException("corrupt tree model: bad node " + i + " of tree " + t);
        }
      }
      trees[t] = new Tree(feature, bin, threshold, left, right, value);
    }
    return new TreeModel(features, base, trees);
  }
}
