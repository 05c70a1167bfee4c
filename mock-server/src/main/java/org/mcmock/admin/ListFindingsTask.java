package org.mcmock.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.mcmock.http.Answers;
import org.mcmock.model.Finding;
import org.mcmock.model.SessionFindings;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/findings?severity=error&rule=PING_GAP&limit=1000&cursor=...}: findings
 * across every retained session, oldest session first, each naming its session. A page ends with the session
 * that reached {@code limit}; {@code total} and {@code counts} count the matching findings of all sessions.
 */
final class ListFindingsTask implements StreamedAnswer {

  static final Page.Limits LIMITS = new Page.Limits(1000, 10_000);
  /** Sessions looked at per step of the walk: only their references are held at once. */
  private static final int STEP = 256;

  private final SessionStore store;

  ListFindingsTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public Body prepare(AdminQuery query) {
    FindingsFilter filter = FindingsFilter.of(query);
    Page page = LIMITS.of(query);
    return json -> write(filter, page, json);
  }

  /** One walk over all sessions: the page's findings are written, all matching ones counted. */
  private void write(FindingsFilter filter, Page page, JsonGenerator json) throws IOException {
    Map<String, Integer> counts = SnapshotModel.counts(List.of());
    int written = 0;
    Long next = null;
    long lastOnPage = -1;
    json.writeStartObject();
    json.writeArrayFieldStart("findings");
    List<SessionStore.Listed> step = store.page(0, STEP);
    while (!step.isEmpty()) {
      for (SessionStore.Listed item : step) {
        SessionSnapshot session = SessionPages.snapshot(store, item, false);
        for (Finding finding : session.findings()) {
          if (!filter.test(finding)) {
            continue;
          }
          counts.merge(finding.severity().label(), 1, Integer::sum);
          boolean onPage = item.position() > page.after() && (written < page.limit() || item.position() == lastOnPage);
          if (onPage) {
            Answers.JSON.writeValue(json, new SessionFindings.Named(session.sid(), finding));
            written++;
            lastOnPage = item.position();
          } else if (item.position() > page.after() && next == null) {
            next = lastOnPage;
          }
        }
      }
      step = store.page(step.get(step.size() - 1).position(), STEP);
    }
    json.writeEndArray();
    json.writeObjectField("next", next == null ? null : Page.cursor(next));
    json.writeNumberField("total", counts.values().stream().mapToInt(Integer::intValue).sum());
    json.writeObjectField("counts", counts);
    json.writeNumberField("limit", page.limit());
    json.writeEndObject();
  }
}
