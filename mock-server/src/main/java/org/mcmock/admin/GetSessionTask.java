package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/sessions/{sid}}: one session with its events in ts order, each with its arrival. */
record GetSessionTask(SessionStore store) implements AdminTask {

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return SessionLookup.withSession(store, pathParams.get("sid"), true, SnapshotModel::detail);
  }
}
