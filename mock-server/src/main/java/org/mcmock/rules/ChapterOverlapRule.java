package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import java.util.Optional;
import org.mcmock.model.EventType;

/** Chapters cannot overlap: close the current one before the next chapterStart. */
final class ChapterOverlapRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.CHAPTER_OVERLAP;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(EventType.CHAPTER_START) || !before.chapterOpen()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " starts a chapter while the one from event " + before.chapterIndex() + " is open: chapters cannot"
        + " overlap; send chapterComplete (or chapterSkip) first, or Adobe miscounts both chapters");
  }
}
