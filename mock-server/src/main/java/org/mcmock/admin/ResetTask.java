package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.faults.FaultPlan;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/**
 * {@code POST /__admin/media-collection/reset}: forget all sessions, rejected batches and planned faults, and
 * rewind the clock, so one test's faults cannot reach into the next.
 */
final class ResetTask implements AdminTask {

  private final SessionStore store;
  private final FaultPlan faults;

  ResetTask(SessionStore store, FaultPlan faults) {
    this.store = store;
    this.faults = faults;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    store.reset();
    store.clock().reset();
    faults.clear();
    return Answers.message(200,
        "All sessions, rejected batches and planned faults forgotten; the clock is back to real time");
  }
}
