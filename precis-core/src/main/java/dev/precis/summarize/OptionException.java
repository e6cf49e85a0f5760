package dev.precis.summarize;

/**
 * A summarizer option that does not exist or a value it does not accept. The message is one line naming the
 * option (and the summarizer, where known), fit to show a user as it is.
 */
public final class OptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public OptionException(String message) {
    super(message);
  }
}
