package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import org.mcmock.model.Finding;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/sessions/{sid}/findings?severity=&rule=}: one session's findings. */
final class GetSessionFindingsTask implements AdminTask {

  private final SessionStore store;

  GetSessionFindingsTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return FindingsFilter.answer(serveEvent.getRequest(),
        filter -> SessionViews.withSession(store, pathParams.get("sid"), session -> {
          List<Finding> matching = session.findings().stream().filter(filter).toList();
          Map<String, Object> body = SessionViews.fields("sid", session.sid(), "total", matching.size(),
              "counts", SessionViews.counts(matching));
          body.put("findings", matching.stream().map(SessionViews::finding).toList());
          return body;
        }));
  }
}
