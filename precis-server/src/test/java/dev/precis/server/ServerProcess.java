package dev.precis.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A server in a process of its own, for {@link KillTest}: serves the store in {@code args[0]} on a free loopback
 * port with the token {@link HttpApiTest#TOKEN}, prints {@code PORT n} once it listens, and runs until killed.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    ServerConfig config = new ServerConfig(HttpApiTest.TOKEN, 1_000_000, List.of(), List.of());
    PrecisServer.Options options = new PrecisServer.Options("127.0.0.1", 0, Path.of(args[0]), false,
        Duration.ofSeconds(10), Duration.ofSeconds(5));
    PrecisServer server = PrecisServer.start(config, options, Clock.systemUTC(), System.err::println);
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
