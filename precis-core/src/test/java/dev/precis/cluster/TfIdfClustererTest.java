package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The single-pass baseline: the contract, and its settings. */
class TfIdfClustererTest extends StoryClustererContractTest {
  @Override
  protected String algorithm() {
    return "tfidf";
  }

  @Test
  void isPlainTfIdfOfTitleAndFirst300Words() {
    ClusterOptions o = StoryClusterers.defaults("tfidf");
    assertThat(o.lead()).isEqualTo(300);
    assertThat(o.similarity()).isEqualTo(ClusterOptions.Similarity.CENTROID);
    assertThat(o.titleWeight()).isEqualTo(1);
    assertThat(o.entityBoost()).isEqualTo(1);
    assertThat(o.decay()).isZero();
    assertThat(o.copy()).isZero();
  }
}
