package dev.precis.ingest;

/**
 * A problem with the user's input: a missing path, an empty directory, a file that is empty, binary, not text
 * or too big, an unreadable data file. The message is one line that names the input and says what is wrong,
 * ready to print after the program's name, e.g. {@code no such file: foo/bar.txt} or
 * {@code foo/a.txt: empty file}.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
