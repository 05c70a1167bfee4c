package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.mcmock.model.EventType.BUFFER_START;
import static org.mcmock.model.EventType.PAUSE_START;
import static org.mcmock.model.EventType.PLAY;

import java.util.Optional;

/** Adobe's timelines: no playback events between adBreakStart and adStart (its SDK drops them too). */
final class PlaybackBeforeAdRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.PLAYBACK_BEFORE_AD;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(PLAY, PAUSE_START, BUFFER_START) || !before.adBreakOpen() || before.adStartedInBreak()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " comes between adBreakStart (event " + before.adBreakIndex() + ") and its first adStart: send no"
        + " playback events there; adStart itself puts the player in playing");
  }
}
