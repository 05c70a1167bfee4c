package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/refused-session-starts}: the sessionStarts that opened no session, as the
 * journal's first page lists them, without the sessions (the inspector page polls it).
 */
record ListRefusedStartsTask(SessionStore store) implements AdminTask {

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return Answers.json(200, Map.of("refusedSessionStarts",
        store.refusedStarts().stream().map(SnapshotModel::refusedStart).toList()));
  }
}
