package dev.precis.server.stories;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The {@link StoryEvents} of one server: listeners registered in memory, told on the thread that stored a version. */
public final class StoryEventBus implements StoryEvents {
  private final List<Consumer<Changed>> listeners = new CopyOnWriteArrayList<>();
  private final Consumer<String> log;

  /** @param log where a listener's failure is reported (one line); it never stops the others */
  public StoryEventBus(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public AutoCloseable subscribe(Consumer<Changed> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Tells every listener. */
  void publish(Changed event) {
    for (Consumer<Changed> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        log.accept("a story listener failed on " + event + ": " + e);
      }
    }
  }
}
