package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.http.Answers;

/**
 * {@code POST /__admin/media-collection/reset}: forget all sessions, rejected batches and planned faults, and
 * rewind the clock, so one test's faults cannot reach into the next.
 *
 * @param reset the mock's own reset, the one its JUnit extension and Java API use too
 */
record ResetTask(Runnable reset) implements AdminTask {

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    reset.run();
    return Answers.message(200,
        "All sessions, rejected batches and planned faults forgotten; the clock is back to real time");
  }
}
