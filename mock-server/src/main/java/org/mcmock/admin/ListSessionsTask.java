package org.mcmock.admin;

import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/sessions?limit=1000&cursor=...}: retained sessions with their state and
 * counts, a page at a time; {@code total} counts them all.
 */
record ListSessionsTask(SessionStore store) implements StreamedAnswer {

  static final Page.Limits LIMITS = new Page.Limits(1000, 10_000);

  @Override
  public Body prepare(AdminQuery query) {
    Page page = LIMITS.of(query);
    return json -> {
      store.sweep();
      json.writeStartObject();
      json.writeNumberField("total", store.size());
      json.writeNumberField("limit", page.limit());
      SessionPages.write(store, page, false, "sessions", SnapshotModel::overview, json);
      json.writeEndObject();
    };
  }
}
