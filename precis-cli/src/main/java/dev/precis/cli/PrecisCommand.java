package dev.precis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code precis} command. Each subcommand is a class of its own, listed here; a new one
 * ({@code eval}, {@code report}, {@code serve}) is added by writing it and naming it in {@code subcommands}.
 * Subcommands reach the streams through {@code @ParentCommand PrecisCommand parent} and {@link #io()}.
 */
@Command(
    name = "precis",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cited, non-redundant summaries of many news articles about one story.",
    subcommands = {SummarizeCommand.class, ExtractCommand.class, EvalCommand.class, ReportCommand.class,
        ClusterCommand.class, EvalClustersCommand.class, ServeCommand.class, AlgorithmsCommand.class,
        TrainCommand.class, WarmupCommand.class, CommandLine.HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    usageHelpAutoWidth = true)
public final class PrecisCommand implements Callable<Integer> {
  private final Io io;

  @Spec CommandSpec spec;

  public PrecisCommand(Io io) {
    this.io = io;
  }

  public Io io() {
    return io;
  }

  /** {@code precis} without a command. */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (summarize)");
  }
}
