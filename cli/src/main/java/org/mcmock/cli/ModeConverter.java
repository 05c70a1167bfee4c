package org.mcmock.cli;

import org.mcmock.model.Mode;
import picocli.CommandLine;

/** Reads {@code --mode faithful|strict}, in any case. */
final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
  @Override
  public Mode convert(String value) {
    return Mode.fromLabel(value).orElseThrow(() -> new CommandLine.TypeConversionException(
        "'" + value + "' is not a mode: use faithful or strict"));
  }
}
