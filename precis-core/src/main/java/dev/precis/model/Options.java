package dev.precis.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values of one algorithm's options (a summarizer's, a story clusterer's): every declared {@link Option} with
 * a value it accepts. Immutable; {@link #with} gives a copy with some values changed. As a name-value map
 * ({@link #asMap}) the values read back through {@link #with(Map)} to equal options, which is how a request or a
 * configuration file sets them.
 */
public final class Options {
  private final String owner;
  private final List<Option<?>> declared;
  private final Map<String, Object> values;

  private Options(String owner, List<Option<?>> declared, Map<String, Object> values) {
    this.owner = owner;
    this.declared = declared;
    this.values = values;
  }

  /**
   * Every option of {@code declared} at its default.
   *
   * @param owner the summarizer's name, for messages
   */
  public static Options defaults(String owner, List<Option<?>> declared) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Option<?> option : declared) {
      if (values.put(option.name(), option.defaultValue()) != null) {
        throw new IllegalArgumentException(owner + " declares option " + option.name() + " twice");
      }
    }
    return new Options(owner, List.copyOf(declared), Collections.unmodifiableMap(values));
  }

  /** The options a summarizer takes, in the order they are listed. */
  public List<Option<?>> declared() {
    return declared;
  }

  /** The value of {@code option}, which must be one of {@link #declared}. */
  @SuppressWarnings("unchecked")
  public <T> T get(Option<T> option) {
    if (!declared.contains(option)) {
      throw new IllegalArgumentException(owner + " has no option " + option.name());
    }
    return (T) values.get(option.name());
  }

  /**
   * These options with {@code option} set to {@code value}.
   *
   * @throws OptionException when the value is out of the option's range
   */
  public <T> Options with(Option<T> option, T value) {
    get(option);
    return copyWith(Map.of(option.name(), prefixed(() -> option.check(value))));
  }

  /**
   * These options with the ones named in {@code byName} set from their text, the others unchanged.
   *
   * @throws OptionException for a name this summarizer does not declare or a value its option does not accept
   */
  public Options with(Map<String, String> byName) {
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : byName.entrySet()) {
      Option<?> option = find(e.getKey());
      changed.put(option.name(), prefixed(() -> option.parse(e.getValue())));
    }
    return copyWith(changed);
  }

  private Option<?> find(String name) {
    for (Option<?> option : declared) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    List<String> names = new ArrayList<>(values.keySet());
    throw new OptionException(owner + " has no option '" + name + "'" + (names.isEmpty() ? " (it takes none)"
        : "; its options: " + String.join(", ", names)));
  }

  private Object prefixed(Supplier<Object> parse) {
    try {
      return parse.get();
    } catch (OptionException e) {
      throw new OptionException(owner + ": " + e.getMessage());
    }
  }

  private Options copyWith(Map<String, Object> changed) {
    if (changed.isEmpty()) {
      return this;
    }
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.putAll(changed);
    return new Options(owner, declared, Collections.unmodifiableMap(copy));
  }

  /**
   * {@code other} when it holds values of the same declared options as these (so a summarizer can accept it),
   * an {@link OptionException} otherwise.
   */
  public Options requireSameKind(Options other) {
    if (other.declared != declared && !other.declared.equals(declared)) {
      throw new OptionException("options of " + other.owner + " cannot configure " + owner);
    }
    return other;
  }

  /** Every value by option name, in declared order, as text that {@link #with(Map)} reads back. */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Option<?> option : declared) {
      out.put(option.name(), String.valueOf(values.get(option.name())));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Options other && declared.equals(other.declared) && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return owner + asMap();
  }
}
