package dev.precis.cli;

import dev.precis.server.PrecisServer;
import dev.precis.server.ServerConfig;
import dev.precis.server.store.StoreUnavailableException;
import dev.precis.server.stories.SampleStories;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code precis serve}: starts the news-desk server ({@link PrecisServer}) and runs until stopped (Ctrl-C,
 * SIGTERM), then closes it cleanly. Everything it does is the server's; this only reads the options.
 */
@Command(
    name = "serve",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Run the news desk: an HTTP server over a store (SQLite) in --data that takes articles"
          + " (POST /api/articles) and polls the feeds of the configuration file.",
      "Endpoints: GET /healthz, POST /api/articles, GET /api/articles/{id}, GET /api/feeds,"
          + " GET /stories/{id}.json, GET /api/stories, GET /api/stories/{id}/update?since=V, GET /feed.atom,"
          + " POST /api/sample."
    })
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Option(names = "--config", paramLabel = "FILE",
      description = "JSON configuration: token, feeds, max_body_bytes, allow_hosts (see README).")
  Path config;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + PrecisServer.Options.DEFAULT_PORT,
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = PrecisServer.Options.DEFAULT_BIND,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "precis-data",
      description = "Directory of the store (default: ./${DEFAULT-VALUE}); created when missing.")
  Path data;

  @Option(names = "--no-auth",
      description = "Writes need no token; allowed only on a loopback --bind.")
  boolean noAuth;

  @Option(names = "--sample",
      description = "Load the sample stories (examples/) when the store is empty, so that stories show at once.")
  boolean sample;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UserError("--port " + port + ": not a port (0 to 65535)");
    }
    PrecisServer server;
    try {
      ServerConfig cfg = config == null ? ServerConfig.empty() : ServerConfig.read(config);
      server = PrecisServer.start(cfg, PrecisServer.Options.of(bind, port, data, noAuth), Clock.systemUTC(),
          line -> parent.io().err().println("precis serve: " + line));
    } catch (IllegalArgumentException | IllegalStateException | StoreUnavailableException e) {
      throw new UserError(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "precis-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = parent.io().out();
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    out.printf("precis serve: listening on http://%s:%d/ (store %s, schema version %d, %d articles, %d feeds;"
        + " writes %s)%n", host, server.port(), server.store().file(), server.store().schemaVersion(),
        server.store().articleCount(), server.feeds().size(),
        noAuth ? "need no token (--no-auth)" : "need the token");
    if (sample) {
      try {
        Optional<Integer> loaded = SampleStories.loadIntoEmpty(server.store());
        out.println(loaded.isPresent() ? "precis serve: loaded " + loaded.get() + " sample articles"
            : "precis serve: the store holds articles already; --sample loads only into an empty store");
      } catch (IllegalStateException | StoreUnavailableException e) {
        server.close();
        throw new UserError("--sample: " + e.getMessage());
      }
    }
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // stopped from within the process (tests, embedding): close here instead of in the hook
      Runtime.getRuntime().removeShutdownHook(hook);
      server.close();
      Thread.currentThread().interrupt();
    }
    return Main.OK;
  }
}
