package dev.precis.server.web;

import dev.precis.server.stories.StoryEvents;
import dev.precis.server.stories.StoryViews;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The story pages' live refresh: server-sent events {@code version} with the story's latest version, one when a page
 * connects (so a version stored between the page and its connection is not missed) and one per new version.
 * Events are written on one thread of this class's own, never on the thread that reports a change (listeners
 * must not block); a comment every {@code heartbeat} finds the pages that went away.
 */
final class LiveRefresh implements AutoCloseable {
  private final StoryViews views;
  private final Consumer<String> log;
  private final Map<SseClient, Long> clients = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread t = new Thread(task, "precis-live-refresh");
    t.setDaemon(true);
    return t;
  });
  private final AutoCloseable subscription;

  LiveRefresh(StoryViews views, StoryEvents events, Duration heartbeat, Consumer<String> log) {
    this.views = views;
    this.log = log;
    this.subscription = events.subscribe(this::changed);
    sender.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A page connects to {@code /stories/{id}/events}. */
  void connect(SseClient client) {
    long id = WebPages.storyId(client.ctx().pathParam("id"));
    Optional<StoryViews.Version> v = id < 0 ? Optional.empty() : views.latest(id);
    if (v.isEmpty()) {
      client.sendEvent("gone", "no such story");
      client.close();
      return;
    }
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.put(client, id);
    send(client, views.latest(id).orElse(v.get()).version()); // read again: a version stored meanwhile counts
  }

  private void changed(StoryEvents.Changed c) {
    clients.forEach((client, id) -> {
      if (id == c.storyId()) {
        send(client, c.version());
      }
    });
  }

  private void send(SseClient client, int version) {
    try {
      sender.execute(() -> {
        if (!client.terminated()) {
          client.sendEvent("version", String.valueOf(version));
        }
      });
    } catch (RejectedExecutionException e) {
      // closing: the page will reconnect to the next server
    }
  }

  private void heartbeat() {
    clients.keySet().forEach(client -> {
      if (client.terminated()) {
        clients.remove(client);
      } else {
        client.sendComment("");
      }
    });
  }

  /** Stops sending and closes every page's connection. */
  @Override
  public void close() {
    try {
      subscription.close();
    } catch (Exception e) {
      log.accept("live refresh: " + e);
    }
    sender.shutdownNow();
    clients.keySet().forEach(SseClient::close);
    clients.clear();
  }
}
