package org.mcmock.admin;

import org.mcmock.http.Answers;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/journal?limit=100&cursor=...}: sessions with their requests, in the
 * order they were opened, a page at a time, and (on the first page) the sessionStarts refused; the pages
 * together can be saved to a file and verified later.
 */
final class GetJournalTask implements StreamedAnswer {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final SessionStore store;

  GetJournalTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public Body prepare(AdminQuery query) {
    Page page = Page.of(query, DEFAULT_LIMIT, MAX_LIMIT);
    return json -> {
      json.writeStartObject();
      json.writeNumberField("limit", page.limit());
      SessionPages.write(store, page, true, "sessions", SnapshotModel::detail, json);
      json.writeArrayFieldStart("refusedSessionStarts");
      if (page.first()) {
        for (RefusedStart start : store.refusedStarts()) {
          Answers.JSON.writeValue(json, SnapshotModel.refusedStart(start));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    };
  }
}
