package dev.precis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GbdtTest {
  private static final int[] ONE_GROUP = {0};

  /** Rows of three features; the label is 1 when x0 > 0.5 and x1 < 0.3, or x2 > 0.9 (x2 is mostly noise). */
  private static float[] rows(int n, long seed, float[] labels) {
    Random random = new Random(seed);
    float[] x = new float[n * 3];
    for (int r = 0; r < n; r++) {
      for (int f = 0; f < 3; f++) {
        x[r * 3 + f] = random.nextFloat();
      }
      labels[r] = ((x[r * 3] > 0.5 && x[r * 3 + 1] < 0.3) || x[r * 3 + 2] > 0.9 ? 1 : 0);
    }
    return x;
  }

  @Test
  void learnsAnInteractionAndGeneralizes() {
    float[] y = new float[4000];
    float[] x = rows(4000, 1, y);
    TreeModel model = Gbdt.train(x, 3, y, ONE_GROUP, Gbdt.Objective.LOGISTIC, new Gbdt.Params(60, 3, 0.3, 1, 1, 0.8, 64), 7);
    float[] testY = new float[2000];
    float[] test = rows(2000, 2, testY);
    double[] p = model.probabilities(test, 2000);
    int right = 0;
    for (int r = 0; r < 2000; r++) {
      boolean positive = p[r] > 0.5;
      right += positive == (testY[r] == 1) ? 1 : 0;
    }
    assertThat(right / 2000.0).isGreaterThan(0.97);
    assertThat(model.splitCounts()[0]).isPositive();
    assertThat(model.splitCounts()[1]).isPositive();
  }

  @Test
  void sameDataAndSeedGiveTheSameBytesAndAnotherSeedOtherBytes() {
    float[] y = new float[1000];
    float[] x = rows(1000, 3, y);
    Gbdt.Params params = new Gbdt.Params(20, 4, 0.2, 1, 1, 0.7, 32);
    byte[] a = Gbdt.train(x, 3, y, ONE_GROUP, Gbdt.Objective.LOGISTIC, params, 11).toBytes();
    byte[] b = Gbdt.train(x, 3, y, ONE_GROUP, Gbdt.Objective.LOGISTIC, params, 11).toBytes();
    byte[] c = Gbdt.train(x, 3, y, ONE_GROUP, Gbdt.Objective.LOGISTIC, params, 12).toBytes();
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void modelBytesReadBackToTheSamePredictions() throws IOException {
    float[] y = new float[500];
    float[] x = rows(500, 4, y);
    TreeModel model = Gbdt.train(x, 3, y, ONE_GROUP, Gbdt.Objective.LOGISTIC, new Gbdt.Params(10, 3, 0.3, 1, 1, 1, 16), 1);
    TreeModel read = TreeModel.read(new ByteArrayInputStream(model.toBytes()));
    assertThat(read.trees()).isEqualTo(10);
    assertThat(read.margins(x, 500)).isEqualTo(model.margins(x, 500));
    assertThat(read.toBytes()).isEqualTo(model.toBytes());
  }

  @Test
  void refusesWhatIsNoModel() {
    assertThatThrownBy(() -> TreeModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aConstantFeatureIsNeverSplitOn() {
    float[] y = new float[1000];
    float[] x = rows(1000, 5, y);
    for (int r = 0; r < 1000; r++) {
      x[r * 3 + 1] = 0;
    }
    TreeModel model = Gbdt.train(x, 3, y, ONE_GROUP, Gbdt.Objective.LOGISTIC, new Gbdt.Params(20, 3, 0.3, 1, 1, 1, 64), 1);
    assertThat(model.splitCounts()[1]).isZero();
  }

  /** Groups of 10 rows whose label grows with x0 (x1, x2 noise); the ranking objective must order them by x0. */
  @Test
  void lambdaRankOrdersEachGroupByWhatDecidesTheLabel() {
    int n = 3000;
    float[] y = new float[n];
    float[] x = rows(n, 6, y);
    int[] groups = new int[n / 10];
    for (int k = 0; k < groups.length; k++) {
      groups[k] = k * 10;
    }
    for (int r = 0; r < n; r++) {
      y[r] = x[r * 3] > 0.8 ? 1 : x[r * 3] > 0.5 ? 0.5f : 0;
    }
    TreeModel model = Gbdt.train(x, 3, y, groups, Gbdt.Objective.LAMBDARANK, new Gbdt.Params(30, 3, 0.3, 1, 0.01, 1, 64), 1);
    float[] probe = {0.9f, 0.5f, 0.5f, 0.6f, 0.5f, 0.5f, 0.2f, 0.5f, 0.5f};
    double[] m = model.margins(probe, 3);
    assertThat(m[0]).isGreaterThan(m[1]);
    assertThat(m[1]).isGreaterThan(m[2]);
    assertThat(model.splitCounts()[0]).isGreaterThan(model.splitCounts()[1] + model.splitCounts()[2]);
  }

  @Test
  void lambdasPullTheBetterRowOfAMisorderedPairUp() {
    float[] y = {0, 1};
    double[] score = {1, 0};
    double[] g = new double[2];
    double[] h = new double[2];
    Gbdt.lambdas(y, ONE_GROUP, score, g, h);
    assertThat(g[1]).isNegative();
    assertThat(g[0]).isEqualTo(-g[1]);
    assertThat(h[0]).isPositive().isEqualTo(h[1]);
  }
}
