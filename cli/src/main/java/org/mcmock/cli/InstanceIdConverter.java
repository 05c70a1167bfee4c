package org.mcmock.cli;

import org.mcmock.session.SidIssuer;
import picocli.CommandLine;

/** Reads {@code --instance-id a1}: the sids the mock issues start with it. */
final class InstanceIdConverter implements CommandLine.ITypeConverter<SidIssuer> {
  @Override
  public SidIssuer convert(String value) {
    try {
      return SidIssuer.forInstance(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
