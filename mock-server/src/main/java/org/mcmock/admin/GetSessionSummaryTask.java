package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.model.SessionSummary;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/sessions/{sid}/summary}: ads, chapters, time played by ts,
 * pauses, buffering, errors, completion, and whether the session was live or downloaded.
 */
record GetSessionSummaryTask(SessionStore store) implements AdminTask {

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return SessionLookup.withSession(store, pathParams.get("sid"),
        session -> new SessionSummary(session.sid(), SnapshotModel.summary(session)));
  }
}
