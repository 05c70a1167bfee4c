package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/sessions}: every retained session with its state and counts. */
final class ListSessionsTask implements AdminTask {

  private final SessionStore store;

  ListSessionsTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    var sessions = store.snapshots().stream().map(SessionViews::overview).toList();
    return Answers.json(200, SessionViews.list("sessions", sessions));
  }
}
