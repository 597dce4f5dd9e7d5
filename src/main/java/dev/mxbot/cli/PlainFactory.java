package dev.mxbot.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * What picocli asks a factory to create on mxbot's command lines, created without picocli's default
 * factory: a command with a constructor without parameters, and the {@link List} a repeatable
 * option or the positional parameters fill. picocli's default factory first looks for Groovy's
 * classes, a failed class lookup in a large jar that cost a cold {@code check} a few milliseconds;
 * anything else still goes to it.
 */
final class PlainFactory implements CommandLine.IFactory {

  static final PlainFactory INSTANCE = new PlainFactory();

  private PlainFactory() {}

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == List.class) {
      return type.cast(new ArrayList<>());
    }
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 0) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance());
        }
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
