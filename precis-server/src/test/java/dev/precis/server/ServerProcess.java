package dev.precis.server;

import dev.precis.server.store.FeedSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A server in a process of its own, for {@link KillTest}: serves the store in {@code args[0]} on a free loopback
 * port with the token {@link HttpApiTest#TOKEN}, polling the feed {@code args[1]} (when given) every ten minutes,
 * prints {@code PORT n} once it listens, and runs until killed.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    List<FeedSpec> feeds = args.length > 1
        ? List.of(new FeedSpec(URI.create(args[1]), false, Duration.ofMinutes(10))) : List.of();
    ServerConfig config = new ServerConfig(HttpApiTest.TOKEN, 1_000_000, feeds, List.of());
    PrecisServer.Options options = new PrecisServer.Options("127.0.0.1", 0, Path.of(args[0]), false,
        Duration.ofSeconds(10), Duration.ofSeconds(5));
    PrecisServer server = PrecisServer.start(config, options, Clock.systemUTC(), System.err::println);
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
