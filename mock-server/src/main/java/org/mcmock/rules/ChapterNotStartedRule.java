package org.mcmock.rules;

import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.mcmock.model.EventType.CHAPTER_COMPLETE;
import static org.mcmock.model.EventType.CHAPTER_SKIP;

import java.util.Optional;

/** chapterComplete and chapterSkip close the chapter chapterStart opened. */
final class ChapterNotStartedRule implements SessionRule {

  @Override
  public RuleId id() {
    return RuleId.CHAPTER_NOT_STARTED;
  }

  @Override
  public Optional<Finding> check(Timeline before, RuleEvent event) {
    if (!event.is(CHAPTER_COMPLETE, CHAPTER_SKIP) || before.chapterOpen()) {
      return Optional.empty();
    }
    return found(event, Wording.describe(before, event)
        + " closes a chapter, but none is open: send chapterStart when the chapter begins, or Adobe ignores it");
  }
}
