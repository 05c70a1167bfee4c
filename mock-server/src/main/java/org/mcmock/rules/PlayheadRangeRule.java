package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/**
 * The playhead is a content position: 0 to media.length for VOD (during ads it stays on the content's
 * position), the second of the day for live streams.
 */
final class PlayheadRangeRule implements SessionRule {

  static final double SECONDS_PER_DAY = 86_400;

  private final RuleSettings settings;

  PlayheadRangeRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleId id() {
    return RuleId.PLAYHEAD_RANGE;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    double playhead = event.playhead();
    if (Double.isNaN(playhead)) {
      return Optional.empty();
    }
    MediaFacts media = event.is(EventType.SESSION_START) ? MediaFacts.of(event.params()) : before.media();
    String problem = problem(playhead, media);
    if (problem == null) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " has playhead " + number(playhead) + ", " + problem);
  }

  private String problem(double playhead, MediaFacts media) {
    if (media.live()) {
      return playhead < 0 || playhead >= SECONDS_PER_DAY
          ? "outside [0, 86400): for a live stream the playhead is the current second of the day" : null;
    }
    if (playhead < 0) {
      return "below 0: the playhead is the position in the content, in seconds";
    }
    double limit = media.length() + settings.playheadTolerance().toMillis() / 1000.0;
    if (!Double.isNaN(media.length()) && playhead > limit) {
      return "beyond media.length " + number(media.length()) + ": the playhead is the position in the content"
          + " (during ads it stays where the content paused)";
    }
    return null;
  }

  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
