package dev.precis.server.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.PrecisServer;
import java.time.Duration;

/** Waiting for a test server's story updater. */
public final class Updates {
  private Updates() {}

  /** Waits (at most 60 s) until every article is clustered and every story summarized. */
  public static void awaitIdle(PrecisServer server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!server.updater().idle()) {
      assertThat(System.nanoTime()).as("the updater's backlog drains within 60 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
