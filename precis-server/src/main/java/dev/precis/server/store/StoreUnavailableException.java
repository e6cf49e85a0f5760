package dev.precis.server.store;

/**
 * The store cannot take a write (or a read) now, for a reason outside the program: another process holds the
 * database lock, the disk is full, the file is read-only or cannot be written. Nothing was changed; the caller
 * may retry later (the HTTP layer answers 503). The message says what happened in words a user understands.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
