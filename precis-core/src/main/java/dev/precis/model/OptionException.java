package dev.precis.model;

/**
 * An option that does not exist or a value it does not accept. The message is one line naming the option (and the
 * algorithm, where known), fit to show a user as it is.
 */
public final class OptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public OptionException(String message) {
    super(message);
  }
}
