package dev.precis.server;

/** A request the server refuses: the HTTP status and a message for the client (sent as {@code {"error": ...}}). */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}
