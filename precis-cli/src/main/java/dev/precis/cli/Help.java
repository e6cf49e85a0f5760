package dev.precis.cli;

import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Help text that depends on what is on the class path: the algorithm names and descriptions. */
final class Help {
  private Help() {}

  /** Algorithm names for {@code ${COMPLETION-CANDIDATES}}: {@code default} and every service-loaded one. */
  static final class AlgorithmNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      names.add(Summarizers.DEFAULT);
      names.addAll(Summarizers.all().keySet());
      return names.iterator();
    }
  }

  /** Format names for {@code ${COMPLETION-CANDIDATES}}. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return dev.precis.render.Renderers.names().iterator();
    }
  }

  /** Section key of the algorithm list in the help of {@code precis} and {@code precis summarize}. */
  static final String ALGORITHMS = "algorithms";

  /** Adds the list of algorithms, before the footer, to the help of {@code precis} and {@code precis summarize}. */
  static void addAlgorithmFooters(CommandLine root) {
    addAlgorithms(root);
    CommandLine summarize = root.getSubcommands().get("summarize");
    if (summarize != null) {
      addAlgorithms(summarize);
    }
  }

  private static void addAlgorithms(CommandLine cl) {
    cl.getHelpSectionMap().put(ALGORITHMS, Help::algorithms);
    List<String> keys = new ArrayList<>(cl.getHelpSectionKeys());
    int at = keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING);
    keys.add(at < 0 ? keys.size() : at, ALGORITHMS);
    cl.setHelpSectionKeys(keys);
  }

  /** The algorithm list as a two-column table fitting the help width. */
  static String algorithms(CommandLine.Help help) {
    Map<String, Summarizer> all = Summarizers.all();
    int width = Summarizers.DEFAULT.length();
    for (String name : all.keySet()) {
      width = Math.max(width, name.length());
    }
    int total = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
        new CommandLine.Help.Column(width + 4, 2, CommandLine.Help.Column.Overflow.SPAN),
        new CommandLine.Help.Column(Math.max(20, total - width - 4), 0, CommandLine.Help.Column.Overflow.WRAP));
    String defaultText = all.containsKey(Summarizers.DEFAULT_ALGORITHM)
        ? "the best measured one, now " + Summarizers.DEFAULT_ALGORITHM
        : "would be " + Summarizers.DEFAULT_ALGORITHM + ", which is not in this build";
    table.addRowValues(Summarizers.DEFAULT, defaultText);
    for (Summarizer s : all.values()) {
      table.addRowValues(s.name(), s.description());
    }
    return String.format("%nAlgorithms (--algorithm):%n") + table;
  }

  /**
   * The summarizer an {@code --algorithm} value names ("default" included), or a usage error naming the known
   * ones.
   */
  static Summarizer summarizer(CommandSpec spec, String algorithm) {
    String name = algorithm.strip().toLowerCase(Locale.ROOT);
    if (name.equals(Summarizers.DEFAULT) && !Summarizers.all().containsKey(Summarizers.DEFAULT_ALGORITHM)) {
      throw new ParameterException(spec.commandLine(), "the default algorithm (" + Summarizers.DEFAULT_ALGORITHM
          + ") is not in this build; choose one with --algorithm: "
          + String.join(", ", Summarizers.all().keySet()));
    }
    try {
      return Summarizers.get(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
