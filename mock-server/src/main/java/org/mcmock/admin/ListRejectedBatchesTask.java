package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/rejected-batches}: downloaded batches refused whole, with every reason. */
final class ListRejectedBatchesTask implements AdminTask {

  private final SessionStore store;

  ListRejectedBatchesTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    var batches = store.rejectedBatches().stream().map(SessionViews::rejectedBatch).toList();
    return Answers.json(200, SessionViews.list("batches", batches));
  }
}
