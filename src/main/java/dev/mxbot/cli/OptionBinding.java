package dev.mxbot.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Where picocli reads and writes one option of a command written in code: a field of the command,
 * through a getter and a setter (picocli's interfaces have generic methods, which a lambda cannot
 * implement). The field keeps its own initial value: picocli sets it only when the option is given,
 * as for an annotated field whose initial value it reads.
 */
final class OptionBinding<T> implements IGetter, ISetter {

  private final Supplier<T> getter;
  private final Consumer<T> setter;

  OptionBinding(Supplier<T> getter, Consumer<T> setter) {
    this.getter = getter;
    this.setter = setter;
  }

  /** An option of type {@code type} bound to this field. */
  OptionSpec.Builder option(String name, Class<?> type) {
    return OptionSpec.builder(name).type(type).getter(this).setter(this).hasInitialValue(false);
  }

  /** A list of strings, option {@code name} repeated, bound to this field. */
  OptionSpec.Builder repeatable(String name) {
    return option(name, List.class).auxiliaryTypes(String.class);
  }

  /** The positional parameters, one or more strings, bound to this field. */
  PositionalParamSpec.Builder oneOrMore() {
    return PositionalParamSpec.builder()
        .arity("1..*")
        .required(true)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .getter(this)
        .setter(this)
        .hasInitialValue(false);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get() {
    return (V) getter.get();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V set(V value) {
    V previous = (V) getter.get();
    setter.accept((T) value);
    return previous;
  }
}
