package org.mcmock.admin;

import org.mcmock.http.Answers;
import org.mcmock.session.RefusedStart;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/journal?limit=100&cursor=...}: sessions with their requests, in the
 * order they were opened, a page at a time, and (on the first page) the sessionStarts refused; the pages
 * together can be saved to a file and verified later.
 */
record GetJournalTask(SessionStore store) implements StreamedAnswer {

  static final Page.Limits LIMITS = new Page.Limits(100, 1000);

  @Override
  public Body prepare(AdminQuery query) {
    Page page = LIMITS.of(query);
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
