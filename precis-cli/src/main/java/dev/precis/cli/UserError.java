package dev.precis.cli;

/** A mistake of the user's that a command finds while running; printed as one line, exit code 2. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message, null, false, false);
  }
}
