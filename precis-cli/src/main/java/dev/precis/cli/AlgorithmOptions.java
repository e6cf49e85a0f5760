package dev.precis.cli;

import dev.precis.model.OptionException;
import dev.precis.summarize.Summarizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --option NAME=VALUE}: summarizer options set by name, for {@code summarize}, {@code report} and {@code eval}. */
final class AlgorithmOptions {
  @Option(names = "--option", paramLabel = "NAME=VALUE",
      description = "Set an option of the algorithm (repeatable), e.g. --option seeds=5; 'precis algorithms' lists"
          + " each algorithm's options with their types, defaults and accepted values.")
  Map<String, String> values = new LinkedHashMap<>();

  /** {@code summarizer} with these options set, or a usage error naming the option. */
  Summarizer apply(CommandSpec spec, Summarizer summarizer) {
    try {
      return summarizer.with(values);
    } catch (OptionException e) {
      throw new ParameterException(spec.commandLine(), "--option " + e.getMessage());
    }
  }

  /**
   * Each summarizer with the options it declares set (for {@code eval --algorithm all}); an option that none of
   * them declares is a usage error.
   */
  List<Summarizer> applyToEach(CommandSpec spec, List<Summarizer> summarizers) {
    Set<String> used = new HashSet<>();
    List<Summarizer> out = new ArrayList<>();
    for (Summarizer s : summarizers) {
      Map<String, String> own = new LinkedHashMap<>();
      s.options().declared().forEach(o -> {
        if (values.containsKey(o.name())) {
          own.put(o.name(), values.get(o.name()));
          used.add(o.name());
        }
      });
      try {
        out.add(s.with(own));
      } catch (OptionException e) {
        throw new ParameterException(spec.commandLine(), "--option " + e.getMessage());
      }
    }
    for (String name : values.keySet()) {
      if (!used.contains(name)) {
        throw new ParameterException(spec.commandLine(),
            "--option " + name + ": no algorithm has this option (see 'precis algorithms')");
      }
    }
    return out;
  }
}
