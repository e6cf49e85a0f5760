package dev.precis.cli;

import dev.precis.model.Option;
import dev.precis.model.Options;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code precis algorithms}: every summarizer with its options, their types, defaults, accepted values and docs. */
@Command(
    name = "algorithms",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Lists the summarization algorithms (--algorithm NAME) and the options each takes (--option NAME=VALUE on"
          + " summarize, report and eval): name = default, type, the values accepted, and what it does.",
      ""
    })
public final class AlgorithmsCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  @Override
  public Integer call() {
    PrintWriter out = parent.io().out();
    boolean first = true;
    for (Summarizer s : Summarizers.all().values()) {
      if (!first) {
        out.println();
      }
      first = false;
      boolean isDefault = s.name().equals(Summarizers.DEFAULT_ALGORITHM);
      out.println(s.name() + (isDefault ? " (the default)" : "") + ": " + s.description());
      Options options = s.options();
      if (options.declared().isEmpty()) {
        out.println("  no options");
      }
      for (Option<?> o : options.declared()) {
        out.println("  " + o.name() + " = " + o.defaultValue() + "  (" + o.type().label() + ", " + o.range() + ")");
        out.println("      " + o.doc());
      }
    }
    out.flush();
    return Main.OK;
  }
}
