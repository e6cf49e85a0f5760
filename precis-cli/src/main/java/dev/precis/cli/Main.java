package dev.precis.cli;

import dev.precis.ingest.InputException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code precis} program. Exit codes: 0 success, 1 internal error (a bug: one line, and the stack trace
 * when the environment variable {@code PRECIS_DEBUG} is set), 2 bad usage or bad input (one line naming it).
 * Output is always UTF-8, whatever the locale.
 */
public final class Main {
  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for a bug. */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code for bad usage or bad input. */
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the program in-process, for tests and embedding: nothing here calls {@link System#exit}. */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return run(args, in, o, e);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** Runs the program in-process on the given streams. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(new Io(in, out, err));
    return cl.execute(args);
  }

  /** The command tree with its error handling, ready to execute. */
  static CommandLine commandLine(Io io) {
    CommandLine cl = new CommandLine(new PrecisCommand(io));
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Help.addAlgorithmFooters(cl);
    cl.setParameterExceptionHandler((ParameterException ex, String[] args) -> {
      String where = ex.getCommandLine().getCommandSpec().qualifiedName();
      io.err().println("precis: " + describe(ex) + " (see '" + where + " --help')");
      io.err().flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof InputException || ex instanceof UserError) {
        io.err().println("precis: " + oneLine(ex.getMessage()));
        io.err().flush();
        return USAGE;
      }
      io.err().println("precis: internal error: " + oneLine(String.valueOf(ex.getMessage()))
          + " (" + ex.getClass().getSimpleName() + "; set PRECIS_DEBUG=1 for details)");
      if (System.getenv("PRECIS_DEBUG") != null) {
        ex.printStackTrace(io.err());
      }
      io.err().flush();
      return INTERNAL_ERROR;
    });
    return cl;
  }

  /** What went wrong in parsing, in one line, with picocli's suggestions for misspelt words. */
  static String describe(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      List<String> suggestions = u.getSuggestions();
      String hint = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
      if (first.startsWith("-") && first.length() > 1) {
        return "unknown option '" + first + "'" + hint;
      }
      if (u.getCommandLine().getParent() == null && !u.getCommandLine().getSubcommands().isEmpty()) {
        return "unknown command '" + first + "'" + hint;
      }
      return "unexpected argument '" + first + "'" + hint;
    }
    String m = oneLine(ex.getMessage());
    m = m.startsWith("error: ") ? m.substring("error: ".length()) : m;
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /** The first line of a message, starting in lower case unless it starts with an acronym. */
  static String oneLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl).strip();
    }
    if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))) {
      m = m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
    return m;
  }
}
