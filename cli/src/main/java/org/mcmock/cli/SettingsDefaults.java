package org.mcmock.cli;

import java.time.Duration;
import java.util.Map;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.Durations;
import org.mcmock.config.MockSettings;
import org.mcmock.config.ServerLimits;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of {@link MockCommand}'s options, read from {@link MockSettings#defaults()} and
 * {@link ServerLimits#defaults()}: {@code --help} shows them as {@code ${DEFAULT-VALUE}} and an option not given
 * starts from them, so each default is written once, in the settings' builders.
 */
final class SettingsDefaults implements IDefaultValueProvider {

  private static final Map<String, Object> BY_OPTION = byOption(MockSettings.defaults(), ServerLimits.defaults());

  private static Map<String, Object> byOption(MockSettings settings, ServerLimits limits) {
    return Map.ofEntries(
        Map.entry("--event-timeout", settings.eventTimeout()),
        Map.entry("--playhead-timeout", settings.playheadTimeout()),
        Map.entry("--retention", settings.retention()),
        Map.entry("--max-sessions", settings.maxSessions()),
        Map.entry("--max-events-per-session", settings.maxEventsPerSession()),
        Map.entry("--mode", settings.mode().label()),
        Map.entry("--ping-tolerance", settings.rules().pingTolerance()),
        Map.entry("--ad-ping-interval", settings.rules().adPingInterval()),
        Map.entry("--playhead-tolerance", settings.rules().playheadTolerance()),
        Map.entry("--reorder-window", settings.ordering().reorderWindow()),
        Map.entry("--reorder-events", settings.ordering().reorderEvents()),
        Map.entry("--settle-window", settings.ordering().settleWindow()),
        Map.entry("--journal-entries", MediaCollectionMock.DEFAULT_JOURNAL_ENTRIES),
        Map.entry("--container-threads", limits.threads()),
        Map.entry("--accept-queue", limits.acceptQueue()),
        Map.entry("--header-timeout", limits.headerTimeout()),
        Map.entry("--idle-timeout", limits.idleTimeout()),
        Map.entry("--min-data-rate", limits.minRequestDataRate()),
        Map.entry("--shutdown-grace", limits.shutdownGrace()));
  }

  /** The default as a user would type it ({@code 10m}, {@code 250ms}), or null: the annotation's, if any. */
  @Override
  public String defaultValue(ArgSpec arg) {
    Object value = arg instanceof OptionSpec option ? BY_OPTION.get(option.longestName()) : null;
    if (value instanceof Duration duration) {
      return duration.toMillisPart() == 0 ? Durations.format(duration) : duration.toMillis() + "ms";
    }
    return value == null ? null : value.toString();
  }
}
