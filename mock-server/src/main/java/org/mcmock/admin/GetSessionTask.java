package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/sessions/{sid}}: one session with its events in arrival order. */
final class GetSessionTask implements AdminTask {

  private final SessionStore store;

  GetSessionTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    String sid = pathParams.get("sid");
    return store.find(sid)
        .map(session -> Answers.json(200,
            SessionViews.detail(session.snapshot(store.clock().millis(), store.settings(), true))))
        .orElseGet(() -> Answers.message(404, "No session " + sid + " (never issued, or forgotten after retention)"));
  }
}
