package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/journal}: every session with its requests, oldest first, and the
 * sessionStarts refused, in one answer that can be saved to a file and verified later.
 */
final class GetJournalTask implements AdminTask {

  private final SessionStore store;

  GetJournalTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    Map<String, Object> journal = new LinkedHashMap<>();
    journal.put("sessions", store.snapshots(true).stream().map(SessionViews::detail).toList());
    journal.put("refusedSessionStarts", store.refusedStarts().stream().map(SessionViews::refusedStart).toList());
    return Answers.json(200, journal);
  }
}
