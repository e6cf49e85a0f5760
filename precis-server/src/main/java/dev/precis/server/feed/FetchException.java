package dev.precis.server.feed;

/** A fetch that brought no usable answer; the message (stored as the feed's last error) says why. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
