package dev.precis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeModelTest {
  private static final int FEATURES = TreeModel.MAX_DEPTH;
  private static final double BASE = -0.25;
  /** Rows each model is checked on (all at once, and its first 0 to 23 alone); enough to reach every split. */
  private static final int ROWS = 2000;

  /** The node-by-node walk the flat layout replaces: left when the value is at most the threshold. */
  private static double walk(TreeModel.Tree[] trees, float[] rows, int offset) {
    double m = BASE;
    for (TreeModel.Tree t : trees) {
      int i = 0;
      while (t.feature()[i] >= 0) {
        i = rows[offset + t.feature()[i]] <= t.threshold()[i] ? t.left()[i] : t.right()[i];
      }
      m += t.value()[i];
    }
    return m;
  }

  /** Floats whose order is easy to get wrong: NaN, both zeros, infinities, extremes and a subnormal. */
  private static final float[] SPECIAL = {Float.NaN, -0f, 0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY,
      Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-40f, -1e-40f};

  /** Values on a grid of eighths in [-1, 1], so that they often equal a threshold exactly. */
  private static float grid(Random random) {
    return (random.nextInt(17) - 8) / 8f;
  }

  /**
   * A tree at most {@code depth} splits deep whose nodes stop early as leaves a third of the time. Thresholds are
   * on the grid in [-0.5, 0.5], one in ten {@link #SPECIAL} when {@code special}, and no path splits twice on one
   * feature, so (without special thresholds) every node is reached by many rows.
   */
  private static TreeModel.Tree tree(Random random, int depth, boolean special) {
    List<TreeModel.Node> nodes = new ArrayList<>();
    grow(random, nodes, depth, 0, special);
    return TreeModel.Tree.of(nodes);
  }

  private static int grow(Random random, List<TreeModel.Node> nodes, int depth, int used, boolean special) {
    int id = nodes.size();
    double value = random.nextGaussian();
    nodes.add(new TreeModel.Node(-1, 0, 0f, -1, -1, value));
    if (depth == 0 || random.nextInt(3) == 0) {
      return id;
    }
    int feature;
    do {
      feature = random.nextInt(FEATURES);
    } while ((used & 1 << feature) != 0);
    int left = grow(random, nodes, depth - 1, used | 1 << feature, special);
    int right = grow(random, nodes, depth - 1, used | 1 << feature, special);
    float threshold = special && random.nextInt(10) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)]
        : (random.nextInt(9) - 4) / 8f;
    nodes.set(id, new TreeModel.Node(feature, 0, threshold, left, right, value));
    return id;
  }

  private static TreeModel.Tree[] trees(Random random, int count, int depth) {
    TreeModel.Tree[] trees = new TreeModel.Tree[count];
    for (int t = 0; t < count; t++) {
      trees[t] = tree(random, random.nextInt(depth + 1), true);
    }
    return trees;
  }

  /** Rows on the grid, with a {@link #SPECIAL} value now and then. */
  private static float[] rows(Random random, int count) {
    float[] rows = new float[count * FEATURES];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = random.nextInt(20) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : grid(random);
    }
    return rows;
  }

  private static double[] walked(TreeModel.Tree[] trees, float[] rows, int count) {
    double[] m = new double[count];
    for (int r = 0; r < count; r++) {
      m[r] = walk(trees, rows, r * FEATURES);
    }
    return m;
  }

  @Test
  void batchMarginsEqualTheNodeWalksForEveryCountAndEveryRowAlone() throws IOException {
    Random random = new Random(1);
    for (int round = 0; round < 40; round++) {
      TreeModel.Tree[] trees = trees(random, 1 + random.nextInt(30), 1 + random.nextInt(TreeModel.MAX_DEPTH));
      TreeModel model = new TreeModel(FEATURES, BASE, trees);
      TreeModel read = TreeModel.read(new ByteArrayInputStream(model.toBytes()));
      float[] rows = rows(random, ROWS);
      assertThat(model.margins(rows, ROWS)).isEqualTo(walked(trees, rows, ROWS));
      for (int count = 0; count <= 23; count++) {
        double[] expected = walked(trees, rows, count);
        assertThat(model.margins(rows, count)).isEqualTo(expected);
        assertThat(read.margins(rows, count)).isEqualTo(expected);
      }
      for (int r = 0; r < 23; r++) {
        float[] one = Arrays.copyOfRange(rows, r * FEATURES, (r + 1) * FEATURES);
        assertThat(model.margins(one, 1)).containsExactly(walk(trees, one, 0));
      }
    }
  }

  @Test
  void orderedIntsCompareAsTheirFloats() {
    Random random = new Random(5);
    float[] values = new float[SPECIAL.length + 17 + 2000];
    System.arraycopy(SPECIAL, 0, values, 0, SPECIAL.length);
    for (int i = 0; i < 17; i++) {
      values[SPECIAL.length + i] = (i - 8) / 8f;
    }
    for (int i = SPECIAL.length + 17; i < values.length; i++) {
      values[i] = Float.intBitsToFloat(random.nextInt());
    }
    for (float x : values) {
      for (float t : values) {
        if (!Float.isNaN(t)) {
          assertThat(TreeModel.order(x) <= TreeModel.order(t)).as("%s <= %s", x, t).isEqualTo(x <= t);
        }
      }
    }
  }

  @Test
  void probabilitiesAreTheLogisticOfTheMargins() {
    Random random = new Random(2);
    TreeModel model = new TreeModel(FEATURES, BASE, trees(random, 10, 4));
    float[] rows = rows(random, 9);
    double[] m = model.margins(rows, 9);
    double[] p = model.probabilities(rows, 9);
    for (int r = 0; r < 9; r++) {
      assertThat(p[r]).isEqualTo(1 / (1 + Math.exp(-m[r])));
    }
  }

  @Test
  void aTreeOfOneLeafAddsItsValue() {
    TreeModel model = new TreeModel(FEATURES, BASE,
        new TreeModel.Tree[] {TreeModel.Tree.of(List.of(new TreeModel.Node(-1, 0, 0f, -1, -1, 0.5)))});
    assertThat(model.margins(new float[3 * FEATURES], 3)).containsExactly(0.25, 0.25, 0.25);
  }

  @Test
  void refusesRowsThatDoNotFit() {
    TreeModel model = new TreeModel(FEATURES, BASE, trees(new Random(3), 2, 3));
    assertThatThrownBy(() -> model.margins(new float[2 * FEATURES - 1], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Swapping the children of any one split (what a wrong child index in the flat walk amounts to) changes the
   * node walk's margin of some row in each of the four side-by-side lanes of {@value #ROWS} random rows, so the
   * equality test above would catch such a slip in any lane.
   */
  @Test
  void aWrongChildAtAnySplitChangesSomeRowInEveryLane() {
    Random random = new Random(4);
    TreeModel.Tree[] trees = new TreeModel.Tree[20];
    Arrays.setAll(trees, t -> tree(random, 3, false));
    float[] rows = rows(random, ROWS);
    double[] right = walked(trees, rows, ROWS);
    int splits = 0;
    for (int t = 0; t < trees.length; t++) {
      TreeModel.Tree tree = trees[t];
      for (int i = 0; i < tree.feature().length; i++) {
        if (tree.feature()[i] < 0 || !reachable(tree, i)) {
          continue;
        }
        splits++;
        TreeModel.Tree[] mutant = trees.clone();
        int[] left = tree.left().clone();
        int[] rightChild = tree.right().clone();
        left[i] = tree.right()[i];
        rightChild[i] = tree.left()[i];
        mutant[t] = new TreeModel.Tree(tree.feature(), tree.bin(), tree.threshold(), left, rightChild, tree.value());
        double[] wrong = walked(mutant, rows, ROWS);
        for (int lane = 0; lane < 4; lane++) {
          boolean caught = false;
          for (int r = lane; r < ROWS; r += 4) {
            caught |= wrong[r] != right[r];
          }
          assertThat(caught).as("tree %d split %d lane %d", t, i, lane).isTrue();
        }
      }
    }
    assertThat(splits).isGreaterThan(40);
  }

  private static boolean reachable(TreeModel.Tree tree, int node) {
    boolean[] seen = new boolean[tree.feature().length];
    seen[0] = true;
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] && tree.feature()[i] >= 0) {
        seen[tree.left()[i]] = true;
        seen[tree.right()[i]] = true;
      }
    }
    return seen[node];
  }

  /** A chain of {@code depth} splits on feature 0, each with a leaf on its left. */
  private static TreeModel.Tree chain(int depth) {
    List<TreeModel.Node> nodes = new ArrayList<>();
    for (int d = 0; d < depth; d++) {
      int at = nodes.size();
      nodes.add(new TreeModel.Node(0, 0, d, at + 1, at + 2, 0));
      nodes.add(new TreeModel.Node(-1, 0, 0f, -1, -1, d));
    }
    nodes.add(new TreeModel.Node(-1, 0, 0f, -1, -1, depth));
    return TreeModel.Tree.of(nodes);
  }

  @Test
  void readsTwelveSplitsDeepAndRefusesThirteen() throws IOException {
    TreeModel deep = TreeModel.read(new ByteArrayInputStream(bytes(chain(TreeModel.MAX_DEPTH))));
    float[] rows = new float[FEATURES * 2];
    rows[0] = 100;
    rows[FEATURES] = 3.5f;
    assertThat(deep.margins(rows, 2)).containsExactly(BASE + 13, BASE + 5);
    assertThatThrownBy(() -> TreeModel.read(new ByteArrayInputStream(bytes(chain(13)))))
        .isInstanceOf(IOException.class)
        .hasMessage("tree 1 of the model is 13 splits deep; at most 12 are supported");
  }

  /** A model's bytes, written here because the model refuses to be built from trees it cannot score. */
  private static byte[] bytes(TreeModel.Tree deep) throws IOException {
    byte[] good = new TreeModel(FEATURES, BASE, new TreeModel.Tree[] {chain(1)}).toBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(out);
    // Header (magic, version, features, base) as the model writes it, then two trees: chain(1) and deep.
    data.write(good, 0, 20);
    data.writeInt(2);
    data.write(good, 24, good.length - 24);
    int n = deep.feature().length;
    data.writeInt(n);
    for (int i = 0; i < n; i++) {
      data.writeInt(deep.feature()[i]);
      data.writeInt(deep.bin()[i]);
      data.writeFloat(deep.threshold()[i]);
      data.writeInt(deep.left()[i]);
      data.writeInt(deep.right()[i]);
      data.writeDouble(deep.value()[i]);
    }
    data.flush();
    return out.toByteArray();
  }
}
