package dev.precis.server.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A feed server on loopback for tests: answers per path, and records every request it gets. */
public final class FakeFeedServer implements AutoCloseable {
  /** One request as received. */
  record Seen(String path, Map<String, List<String>> headers) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final AtomicInteger active = new AtomicInteger();
  final AtomicInteger maxActive = new AtomicInteger();

  public FakeFeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-feed-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", exchange -> {
      int now = active.incrementAndGet();
      maxActive.accumulateAndGet(now, Math::max);
      try {
        seen.add(new Seen(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders())));
        Handler h = handlers.get(exchange.getRequestURI().getPath());
        if (h == null) {
          send(exchange, 404, "text/plain", "no such page");
        } else {
          h.handle(exchange);
        }
      } catch (IOException e) {
        // the client went away (timeouts under test)
      } finally {
        active.decrementAndGet();
        exchange.close();
      }
    });
    server.start();
  }

  public FakeFeedServer on(String path, Handler h) {
    handlers.put(path, h);
    return this;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  public long requestsTo(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).count();
  }

  public static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      x.getResponseHeaders().set("Content-Type", type);
    }
    x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    }
  }

  static void redirect(HttpExchange x, int status, String location) throws IOException {
    x.getResponseHeaders().set("Location", location);
    x.sendResponseHeaders(status, -1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
