package dev.precis.server.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When to poll a feed next.
 *
 * <ul>
 *   <li>After a good answer (200 or 304): the longest of the configured interval, the feed's RSS {@code <ttl>} and
 *       the answer's {@code Cache-Control: max-age}: a feed is never polled more often than its publisher asks.
 *   <li>After a failure (an error status, no answer, an unreadable feed): exponential backoff, the configured
 *       interval times 2^(errors in a row), at most {@code maxBackoff}; a {@code Retry-After} (seconds or an
 *       HTTP date) on 429 or 503 is waited out when it is longer.
 *   <li>Every interval is at least {@code minInterval} and at most {@code maxInterval}.
 * </ul>
 *
 * @param minInterval the shortest interval, whatever the configuration or the feed says
 * @param maxInterval the longest interval a feed (ttl, max-age, Retry-After) can ask for
 * @param maxBackoff the longest wait after errors in a row
 */
public record PollingPolicy(Duration minInterval, Duration maxInterval, Duration maxBackoff) {
  private static final Pattern MAX_AGE = Pattern.compile("(?i)(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

  public static PollingPolicy defaults() {
    return new PollingPolicy(Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofHours(6));
  }

  /** The interval after a good answer; {@code ttl} and {@code maxAge} may be null. */
  public Duration afterSuccess(Duration configured, Duration ttl, Duration maxAge) {
    Duration d = configured;
    if (ttl != null && ttl.compareTo(d) > 0) {
      d = ttl;
    }
    if (maxAge != null && maxAge.compareTo(d) > 0) {
      d = maxAge;
    }
    return clamp(d, maxInterval);
  }

  /**
   * The interval after the {@code errors}-th failure in a row (1 for the first); {@code retryAfter} may be null.
   */
  public Duration afterError(Duration configured, int errors, Duration retryAfter) {
    Duration d = configured;
    for (int i = 0; i < errors && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    d = d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    if (retryAfter != null && retryAfter.compareTo(d) > 0) {
      d = retryAfter.compareTo(maxInterval) > 0 ? maxInterval : retryAfter;
    }
    return clamp(d, maxInterval);
  }

  private Duration clamp(Duration d, Duration max) {
    if (d.compareTo(minInterval) < 0) {
      return minInterval;
    }
    return d.compareTo(max) > 0 ? max : d;
  }

  /** A {@code Cache-Control} header's {@code max-age}, or null. */
  public static Duration maxAge(String cacheControl) {
    if (cacheControl == null) {
      return null;
    }
    Matcher m = MAX_AGE.matcher(cacheControl);
    return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
  }

  /** A {@code Retry-After} header (delay in seconds, or an HTTP date) as a wait from {@code now}, or null. */
  public static Duration retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return v.length() > 10 ? null : Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
