package dev.precis.summarize;

import dev.precis.model.Options;
import java.util.function.Function;

/**
 * A summarizer with {@link Options}: holds their values and makes configured copies with the constructor it is
 * given, so each implementation only declares its options and reads their values.
 */
abstract class ConfigurableSummarizer implements Summarizer {
  private final Options options;
  private final Function<Options, Summarizer> copy;

  /**
   * @param options the values this instance runs with
   * @param copy makes an instance of the same class from other values of the same options
   */
  ConfigurableSummarizer(Options options, Function<Options, Summarizer> copy) {
    this.options = options;
    this.copy = copy;
  }

  @Override
  public final Options options() {
    return options;
  }

  @Override
  public final Summarizer withOptions(Options options) {
    return copy.apply(this.options.requireSameKind(options));
  }
}
