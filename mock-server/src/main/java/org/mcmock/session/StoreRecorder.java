package org.mcmock.session;

import java.util.List;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Finding;
import org.mcmock.model.Mode;

/**
 * Hears every call that changed what a {@link SessionStore} holds, with the arrival time the store used, in an
 * order that replays to the same store: calls on one session are reported one at a time, in the order the
 * session took them. A journal file appends them; replaying them through the same public methods (clock pinned
 * to {@code at}, sids kept with {@link SessionStore#withSid}) restores the sessions.
 */
public interface StoreRecorder {

  StoreRecorder NONE = new StoreRecorder() {};

  /** {@link SessionStore#open} opened session {@code sid}. */
  default void opened(String sid, IncomingEvent start, String late, long at) {}

  /** {@link SessionStore#recordDownloaded} recorded session {@code sid}. */
  default void downloaded(String sid, List<IncomingEvent> batch, List<Finding> batchFindings, long at) {}

  /** {@link SessionStore#offer} took the event (whatever its outcome, unless the store was full). */
  default void offered(String sid, IncomingEvent event, String late, long at) {}

  /** {@link SessionStore#inject} was called. */
  default void injected(String sid, IncomingEvent event, int status, String injected, long at) {}

  default void rejectedBatch(RejectedBatch batch) {}

  default void refusedStart(RefusedStart start) {}

  default void modeSwitched(Mode mode, long at) {}

  default void reset(long at) {}
}
