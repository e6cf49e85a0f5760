package dev.precis.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollingPolicyTest {
  private final PollingPolicy policy =
      new PollingPolicy(Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofHours(6));
  private final Duration tenMinutes = Duration.ofMinutes(10);

  @Test
  void aGoodAnswerWaitsTheLongestOfConfigTtlAndMaxAge() {
    assertThat(policy.afterSuccess(tenMinutes, null, null)).isEqualTo(tenMinutes);
    assertThat(policy.afterSuccess(tenMinutes, Duration.ofMinutes(60), null)).isEqualTo(Duration.ofMinutes(60));
    assertThat(policy.afterSuccess(tenMinutes, Duration.ofMinutes(5), Duration.ofSeconds(7200)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(policy.afterSuccess(tenMinutes, Duration.ofMinutes(1), Duration.ofSeconds(30))).isEqualTo(tenMinutes);
    assertThat(policy.afterSuccess(tenMinutes, Duration.ofDays(30), null)).isEqualTo(Duration.ofHours(24));
    assertThat(policy.afterSuccess(Duration.ofSeconds(5), null, null)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void errorsBackOffExponentiallyUpToTheCap() {
    assertThat(policy.afterError(tenMinutes, 1, null)).isEqualTo(Duration.ofMinutes(20));
    assertThat(policy.afterError(tenMinutes, 2, null)).isEqualTo(Duration.ofMinutes(40));
    assertThat(policy.afterError(tenMinutes, 3, null)).isEqualTo(Duration.ofMinutes(80));
    assertThat(policy.afterError(tenMinutes, 6, null)).isEqualTo(Duration.ofHours(6));
    assertThat(policy.afterError(tenMinutes, 1_000_000, null)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void retryAfterIsWaitedOutWhenLongerButNotPastTheLongestInterval() {
    assertThat(policy.afterError(tenMinutes, 1, Duration.ofHours(3))).isEqualTo(Duration.ofHours(3));
    assertThat(policy.afterError(tenMinutes, 1, Duration.ofSeconds(10))).isEqualTo(Duration.ofMinutes(20));
    assertThat(policy.afterError(tenMinutes, 1, Duration.ofDays(10))).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void headersAreRead() {
    Instant now = Instant.parse("2026-03-10T12:00:00Z");
    assertThat(PollingPolicy.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(PollingPolicy.retryAfter(" Tue, 10 Mar 2026 13:30:00 GMT ", now)).isEqualTo(Duration.ofMinutes(90));
    assertThat(PollingPolicy.retryAfter("Tue, 10 Mar 2026 11:00:00 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(PollingPolicy.retryAfter("soon", now)).isNull();
    assertThat(PollingPolicy.retryAfter("99999999999999999999", now)).isNull();
    assertThat(PollingPolicy.retryAfter(null, now)).isNull();
    assertThat(PollingPolicy.maxAge("public, max-age=600")).isEqualTo(Duration.ofSeconds(600));
    assertThat(PollingPolicy.maxAge("s-maxage=10")).isNull();
    assertThat(PollingPolicy.maxAge("no-cache")).isNull();
    assertThat(PollingPolicy.maxAge(null)).isNull();
  }

  @Test
  void aChannelTtlIsReadAndAnythingElseIsNone() {
    assertThat(FeedTtl.of(Feeds.rss(45, "http://x.example/1").getBytes())).isEqualTo(Duration.ofMinutes(45));
    assertThat(FeedTtl.of(Feeds.rss(null, "http://x.example/1").getBytes())).isNull();
    assertThat(FeedTtl.of("<rss><channel><item><ttl>5</ttl></item></channel></rss>".getBytes())).isNull();
    assertThat(FeedTtl.of("<rss><channel><ttl>soon</ttl></channel></rss>".getBytes())).isNull();
    assertThat(FeedTtl.of("not xml at all".getBytes())).isNull();
    assertThat(FeedTtl.of(("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<rss><channel><ttl>&e;</ttl></channel></rss>").getBytes())).isNull();
  }
}
