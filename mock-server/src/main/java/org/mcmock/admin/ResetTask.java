package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/** {@code POST /__admin/media-collection/reset}: forget all sessions and rejected batches, and rewind the clock. */
final class ResetTask implements AdminTask {

  private final SessionStore store;

  ResetTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    store.reset();
    return Answers.message(200, "All sessions and rejected batches forgotten; the clock is back to real time");
  }
}
