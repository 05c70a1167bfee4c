package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A page of {@code GET /__admin/media-collection/journal}, or the pages together as a saved journal
 * ({@link JournalPages#collect}).
 *
 * @param limit sessions per page asked for; null in a saved journal
 * @param sessions sessions with their events, in the order they were opened
 * @param next the cursor of the next page, null after the last
 * @param refusedSessionStarts the sessionStarts refused, on the first page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalPage(Integer limit, List<Session> sessions, String next,
    List<RefusedSessionStart> refusedSessionStarts) {

  public JournalPage {
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
    refusedSessionStarts = refusedSessionStarts == null ? List.of() : List.copyOf(refusedSessionStarts);
  }
}
