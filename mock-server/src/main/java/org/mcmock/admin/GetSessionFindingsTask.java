package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import org.mcmock.model.Finding;
import org.mcmock.model.SessionFindings;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/sessions/{sid}/findings?severity=&rule=}: one session's findings. */
record GetSessionFindingsTask(SessionStore store) implements AdminTask {

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return FindingsFilter.answer(serveEvent.getRequest(),
        filter -> SessionLookup.withSession(store, pathParams.get("sid"), session -> {
          List<Finding> matching = session.findings().stream().filter(filter).toList();
          return new SessionFindings(session.sid(), matching.size(), SnapshotModel.counts(matching), matching);
        }));
  }
}
