package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mcmock.http.Answers;
import org.mcmock.rules.Finding;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/findings?severity=error&rule=PING_GAP}: findings across every
 * retained session, oldest session first, each naming its session.
 */
final class ListFindingsTask implements AdminTask {

  private final SessionStore store;

  ListFindingsTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    return FindingsFilter.answer(serveEvent.getRequest(), this::list);
  }

  private ResponseDefinition list(FindingsFilter filter) {
    List<Finding> matching = new ArrayList<>();
    List<Map<String, Object>> views = new ArrayList<>();
    for (SessionSnapshot session : store.snapshots()) {
      for (Finding finding : session.findings()) {
        if (filter.test(finding)) {
          matching.add(finding);
          Map<String, Object> view = SessionViews.fields("sid", session.sid());
          view.putAll(SessionViews.finding(finding));
          views.add(view);
        }
      }
    }
    Map<String, Object> body = SessionViews.fields("total", views.size(), "counts", SessionViews.counts(matching));
    body.put("findings", views);
    return Answers.json(200, body);
  }
}
